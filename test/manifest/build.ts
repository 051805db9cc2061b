/**
 * What the manifest test needs from the build: webpack.config.js's own page list and copy patterns (the
 * ones its plugins are built from), so the checks see the pages the build really writes and the manifest
 * transform it really applies. The plugins themselves are not loaded: nothing here needs them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ManifestContext } from "./checks";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const MANIFEST_PATH = join(ROOT, "manifest.xml");
export const ASSETS_DIR = join(ROOT, "assets");

interface CopyPattern {
  from: string;
  to?: string;
  transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}
export interface ConfigModule {
  DEV_URL: string;
  productionUrl: (value?: string) => string;
  PAGES: { filename: string; template: string; chunks: string[] }[];
  copyPatterns: (dev: boolean, prodUrl: string) => CopyPattern[];
}

// A computed specifier: the config is plain JS without type declarations.
export const loadConfig = (): Promise<ConfigModule> => import(pathToFileURL(join(ROOT, "webpack.config.js")).href);

/** manifest.xml as the build writes it to dist/, through the config's own copy pattern. */
export async function builtManifest(mode: "production" | "development", xml = readFileSync(MANIFEST_PATH, "utf8")): Promise<string> {
  const config = await loadConfig();
  const dev = mode === "development";
  const pattern = config.copyPatterns(dev, dev ? config.DEV_URL : config.productionUrl()).find((p) => p.from === "manifest.xml");
  if (!pattern) throw new Error("webpack.config.js does not copy manifest.xml");
  return (pattern.transform ? pattern.transform(Buffer.from(xml), MANIFEST_PATH) : xml).toString();
}

/** The context the checks run in: the build's pages plus everything in assets/ (its README aside). */
export function contextFor(baseUrl: string, pages: string[]): ManifestContext {
  const assets = readdirSync(ASSETS_DIR).filter((f) => f !== "README.md");
  return {
    baseUrl,
    served: new Set([...pages, ...assets.map((f) => `assets/${f}`)]),
    read: (path) => (path.startsWith("assets/") && assets.includes(path.slice(7)) ? readFileSync(join(ASSETS_DIR, path.slice(7))) : null),
  };
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** The code without comments, so that a comment mentioning Office.js is not taken for a use of it. */
const codeOf = (file: string) => readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^"']*from\s+["']([^"']+)["']/gm)].map((m) => m[1]);

describe("one pure engine, thin doors (DESIGN.md)", () => {
  it("src/engine imports only itself, the templates and jsep", () => {
    for (const file of sources("src/engine")) {
      for (const spec of importsOf(file)) expect(spec.startsWith(".") || spec === "jsep", `${file} imports ${spec}`).toBe(true);
      expect(codeOf(file), file).not.toMatch(/\b(document|window|process|Buffer|Office|Excel)\./);
    }
  });

  it("src/files and src/xlsx run in a browser: no Node APIs", () => {
    for (const file of [...sources("src/files"), ...sources("src/xlsx")]) {
      for (const spec of importsOf(file)) expect(spec.startsWith("node:") || ["fs", "path", "zlib", "os"].includes(spec), `${file} imports ${spec}`).toBe(false);
      expect(codeOf(file), file).not.toMatch(/\b(process|Buffer)\./);
    }
  });
});

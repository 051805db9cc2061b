import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "src/templates/form";
const sources = readdirSync(DIR).filter((n) => n.endsWith(".ts")).map((n) => join(DIR, n));
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^"';]*from\s+["']([^"']+)["']/gm)].map((m) => m[1]);

describe("src/templates/form runs wherever the engine runs (DESIGN.md)", () => {
  it("imports only itself, the built-in form files and jsep", () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      for (const spec of importsOf(file)) {
        expect(spec === "jsep" || spec.startsWith("./") || /^\.\.\/forms\/[\w-]+\.json$/.test(spec), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it("uses no Node, DOM or Office API", () => {
    for (const file of sources) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/\b(document|window|process|Buffer|Office|Excel)\.|["']node:/);
    }
  });
});

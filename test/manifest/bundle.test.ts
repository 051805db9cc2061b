import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { measureBundle, scriptsOf } from "../../bench/bundle";

const dist = mkdtempSync(join(tmpdir(), "tong-hop-dist-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function put(file: string, text: string) {
  mkdirSync(join(dist, file, ".."), { recursive: true });
  writeFileSync(join(dist, file), text);
}

describe("bench/bundle.ts", () => {
  it("finds a page's local scripts, not Microsoft's office.js", () => {
    const html = `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script defer="defer" src="taskpane.1a2b.js"></script><script src='./vendors.js?v=1'></script><script>inline()</script>`;
    expect(scriptsOf(html)).toEqual(["taskpane.1a2b.js", "vendors.js"]);
    // As html-webpack-plugin's minifier writes it: no quotes.
    const minified = "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.b0c9.js></script>";
    expect(scriptsOf(minified)).toEqual(["taskpane.b0c9.js"]);
  });

  it("splits what taskpane.html loads from the other pages' scripts and the lazy chunks", () => {
    const big = "const x = 1;\n".repeat(500);
    put("taskpane.html", `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="taskpane.js"></script><script defer src="react.js"></script>`);
    put("commands.html", `<script defer src="commands.js"></script>`);
    put("taskpane.js", big);
    put("react.js", "react();");
    put("commands.js", "commands();");
    put("files-worker.js", big + big);
    put("assets/icon-16.png", "not js");
    const sizes = measureBundle(dist);
    const kind = Object.fromEntries(sizes.files.map((f) => [f.file, f.kind]));
    expect(kind).toEqual({ "taskpane.js": "initial", "react.js": "initial", "commands.js": "page", "files-worker.js": "lazy" });
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(sizes.initialJsRaw).toBe(big.length + "react();".length);
    expect(sizes.initialJsGzip).toBe(gz(big) + gz("react();"));
    expect(sizes.lazyJsGzip).toBe(gz(big + big));
  });

  it("says when there is nothing to measure", () => {
    expect(() => measureBundle(join(dist, "nowhere"))).toThrow(/npm run build/);
  });
});

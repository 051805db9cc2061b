/**
 * cli/zlib.ts useNodeZlib: the CLI's readers inflate with Node's zlib (SheetJS through its use_zlib hook,
 * and the entries our checks read). Same bytes as the JavaScript inflaters, so every file reads to the
 * same result, a damaged entry included; and no deprecation warning reaches the user's terminal.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { readWorkbook } from "../../src/files/index";
import { nodeReadOptions, useNodeZlib } from "../../src/cli/zlib";

const DIRS = ["examples/units", "test/fixtures/reports"];
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => /\.(xlsx|xlsm|xlsb|ods)$/.test(f)).map((f) => join(d, f)));

/** A sample whose sheet part is cut short and zipped again: the entry is honest but its XML is damaged. */
function truncatedSheet(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync("examples/units/04-xo-so.xlsx")));
  const sheet = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
  parts[sheet] = parts[sheet].subarray(0, parts[sheet].length >> 1);
  return zipSync(parts);
}

describe("native zlib in the CLI's readers", () => {
  it("reads every zipped sample and fixture, and a damaged sheet, to the same result as the JavaScript inflaters", () => {
    expect(files.length).toBeGreaterThan(5);
    const inputs = [...files.map((f) => new Uint8Array(readFileSync(f))), truncatedSheet()];
    const read = () => inputs.map((b, i) => readWorkbook(b, `f${i}.xlsx`, undefined, nodeReadOptions));
    const before = read();
    const warn = vi.spyOn(process, "emitWarning");
    // SheetJS says "cannot use native zlib" on the console when its hook refuses what it is given.
    const error = vi.spyOn(console, "error");
    useNodeZlib();
    const after = read();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(after).toEqual(before);
  });
});

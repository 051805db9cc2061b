import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileCheck } from "../../src/engine/check";
import type { Grid } from "../../src/engine/grid";
import { checkFileBytes } from "../../src/files/checkFile";
import { readWorkbook } from "../../src/files/index";
import { BCXDD } from "../../src/templates/bcxdd";

export const EXAMPLES = "examples/units";
export const ROSTER = "examples/danh-sach-don-vi.csv";
export const hasSoffice = existsSync("/usr/bin/soffice");
// In CI, LibreOffice is installed by .ci/run: its tests must run there, never skip quietly.
if (process.env.CI && !hasSoffice) throw new Error("LibreOffice (soffice) is required in CI");

export function checkFile(path: string): FileCheck {
  return checkFileBytes(new Uint8Array(readFileSync(path)), path, BCXDD, statSync(path).mtimeMs);
}

export function exampleChecks(): FileCheck[] {
  return readdirSync(EXAMPLES).sort().map((f) => checkFile(join(EXAMPLES, f)));
}

export function gridsOf(bytes: Uint8Array, name = "x.xlsx"): Grid[] {
  const read = readWorkbook(bytes, name);
  if (!read.ok) throw new Error(read.reason.en);
  return read.grids;
}

/** Has LibreOffice open `bytes` and save them again as .xlsx; formulas are recalculated on the way. */
export function resaveWithLibreOffice(bytes: Uint8Array, name = "book.xlsx"): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-lo-"));
  const src = join(dir, "in");
  execFileSync("mkdir", ["-p", src]);
  writeFileSync(join(src, name), bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(tmpdir(), "tonghop-lo-test-profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, join(src, name)], { stdio: "ignore", timeout: 180_000 });
  return new Uint8Array(readFileSync(join(dir, name)));
}

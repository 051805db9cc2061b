/**
 * The seed files the fuzzer mutates: the real workbooks of the examples and the test fixtures
 * (made by LibreOffice, Excel and other producers; see their READMEs).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

const FOLDERS = ["examples/units", "test/fixtures/files", "test/fixtures/reports"];
/** Notes and scripts that sit beside the fixtures. */
const NOT_WORKBOOKS = /\.(md|sh|py)$/i;

export interface SeedFile {
  /** Path from the repository root, as shown in reports. */
  path: string;
  bytes: Uint8Array;
  kind: "zip" | "csv" | "other";
}

export function loadCorpus(root = REPO): SeedFile[] {
  const files: SeedFile[] = [];
  for (const folder of FOLDERS) {
    const dir = join(root, folder);
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (!statSync(full).isFile() || NOT_WORKBOOKS.test(name)) continue;
      const bytes = new Uint8Array(readFileSync(full));
      const kind = bytes[0] === 0x50 && bytes[1] === 0x4b ? "zip" : /\.csv$/i.test(name) ? "csv" : "other";
      files.push({ path: relative(root, full), bytes, kind });
    }
  }
  return files;
}

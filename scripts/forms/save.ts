import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx/index";

export type Target = "xlsx" | "xls" | "ods" | "csv";

/** LibreOffice's filters: Excel 2007+ .xlsx, BIFF8 .xls, ODF .ods, and CSV in UTF-8 with commas (raw values). */
const FILTER: Record<Target, string> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  xls: "xls:MS Excel 97",
  ods: "ods",
  csv: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
};

export interface Job {
  /** File name without extension. */
  name: string;
  target: Target;
  sheets: SheetSpec[];
  /** Folder the saved file goes to. */
  dest: string;
}

/**
 * Writes each workbook with our renderer, then has LibreOffice open and save it in its target format, one
 * soffice call per format (about a second each instead of one per file), so that every file is one real
 * spreadsheet software wrote. A CSV gets the UTF-8 BOM Excel's "CSV UTF-8" writes.
 */
export function saveAll(jobs: Job[]): string[] {
  const work = mkdtempSync(join(tmpdir(), "tonghop-forms-"));
  const saved: string[] = [];
  try {
    for (const target of ["xlsx", "xls", "ods", "csv"] as Target[]) {
      const mine = jobs.filter((j) => j.target === target);
      if (!mine.length) continue;
      const src = join(work, `src-${target}`);
      const out = join(work, `out-${target}`);
      mkdirSync(src);
      mkdirSync(out);
      for (const j of mine) writeFileSync(join(src, `${j.name}.xlsx`), renderWorkbook(j.sheets));
      execFileSync(
        "soffice",
        ["-env:UserInstallation=file:///tmp/lo-forms", "--headless", "--convert-to", FILTER[target], "--outdir", out, ...mine.map((j) => join(src, `${j.name}.xlsx`))],
        { stdio: "ignore", timeout: 300_000 },
      );
      const made = new Set(readdirSync(out));
      for (const j of mine) {
        const file = `${j.name}.${target}`;
        if (!made.has(file)) throw new Error(`LibreOffice did not write ${file}`);
        mkdirSync(j.dest, { recursive: true });
        if (target === "csv") {
          const body = readFileSync(join(out, file));
          writeFileSync(join(j.dest, file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
        } else renameSync(join(out, file), join(j.dest, file));
        saved.push(join(j.dest, file));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return saved;
}

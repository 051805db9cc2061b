import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetSpec } from "../../src/engine/sheetspec";
import { renderWorkbook } from "../../src/xlsx/index";
import { sameContent } from "./sameContent";

export type Target = "xlsx" | "xls" | "ods" | "csv";

/** LibreOffice's filters: Excel 2007+ .xlsx, BIFF8 .xls, ODF .ods, and CSV in UTF-8 with commas (raw values). */
export const FILTER: Record<Target, string> = {
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
 * spreadsheet software wrote. A CSV gets the UTF-8 BOM Excel's "CSV UTF-8" writes. Every workbook is rendered
 * and converted before `beforeWrite` clears the destinations, so a failure leaves the old files in place; a file
 * that differs from the one it replaces only in LibreOffice's save time keeps its old bytes.
 */
export function saveAll(jobs: Job[], beforeWrite: () => void = () => {}): string[] {
  const work = mkdtempSync(join(tmpdir(), "tonghop-forms-"));
  const saved: string[] = [];
  try {
    const made: { job: Job; from: string }[] = [];
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
      const written = new Set(readdirSync(out));
      for (const j of mine) {
        if (!written.has(`${j.name}.${target}`)) throw new Error(`LibreOffice did not write ${j.name}.${target}`);
        made.push({ job: j, from: join(out, `${j.name}.${target}`) });
      }
    }
    const before = new Map(made.map(({ job }) => join(job.dest, `${job.name}.${job.target}`)).filter(existsSync).map((p) => [p, readFileSync(p)]));
    beforeWrite();
    for (const { job, from } of made) {
      const to = join(job.dest, `${job.name}.${job.target}`);
      mkdirSync(job.dest, { recursive: true });
      const bytes = job.target === "csv" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(from)]) : readFileSync(from);
      const old = before.get(to);
      writeFileSync(to, old && sameContent(old, bytes) ? old : bytes);
      saved.push(to);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return saved;
}

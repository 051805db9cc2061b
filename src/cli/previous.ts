/**
 * `--previous FILE_OR_FOLDER` (issue 11): earlier periods, as our own consolidated workbook of that period or
 * as that period's unit files. Read here, in the command's own thread: they are a handful of files the user
 * names, each held to the same size limit as a report, and a consolidated workbook is recognised by its data
 * tables, which only reading its grids shows. Each file given this way is read once, as what it is, and is
 * never also one of this period's reports (main.ts takes them out of the inputs, as it does the roster).
 */
import type { FormSet } from "../engine/batch";
import type { Lang } from "../engine/findings";
import { snapshotsOfChecks, type Snapshot } from "../engine/history";
import { readEarlierWorkbook } from "../engine/history/workbook";
import type { FileCheck } from "../engine/check";
import { DEFAULT_LIMITS } from "../files/types";
import { UsageError } from "./errors";
import { expandInputs, readInput, type InputFile } from "./io";

const TEXT = {
  vi: {
    none: (p: string) => `Kỳ trước (--previous): không tìm thấy ${p}`,
    noPeriod: (p: string) => `Kỳ trước (--previous): ${p} không có báo cáo nào xác định được kỳ, hoặc không phải sổ tổng hợp của Tổng hợp.`,
    skipped: (p: string, why: string) => `Kỳ trước (--previous): bỏ qua ${p}: ${why}`,
  },
  en: {
    none: (p: string) => `Earlier period (--previous): not found: ${p}`,
    noPeriod: (p: string) => `Earlier period (--previous): ${p} holds no report whose period is known, nor is it a Tổng hợp consolidated workbook.`,
    skipped: (p: string, why: string) => `Earlier period (--previous): skipping ${p}: ${why}`,
  },
} as const;

/** The files each `--previous` path stands for (a folder: the workbooks directly inside it). */
export function previousFiles(paths: readonly string[], lang: Lang): InputFile[][] {
  return paths.map((p) => {
    const { files, missing } = expandInputs([p]);
    if (missing.length) throw new UsageError(TEXT[lang].none(p));
    return files;
  });
}

/**
 * The earlier periods the paths hold. A consolidated workbook gives the periods its data tables list; unit
 * files are grouped by the period each names. A file that cannot be read is skipped with a note on stderr
 * (last quarter's folder may still hold the copy that was refused then); a path that yields nothing is an error.
 */
export async function readPrevious(paths: readonly string[], files: readonly InputFile[][], set: FormSet, lang: Lang, note: (s: string) => void): Promise<Snapshot[]> {
  const out: Snapshot[] = [];
  for (let i = 0; i < paths.length; i++) {
    const checks: FileCheck[] = [];
    const found: Snapshot[] = [];
    for (const f of files[i]) {
      if (f.problem) {
        note(TEXT[lang].skipped(f.path, f.problem[lang]));
        continue;
      }
      const bytes = f.size > DEFAULT_LIMITS.maxBytes ? null : readInput(f.path, DEFAULT_LIMITS.maxBytes);
      if (!(bytes instanceof Uint8Array)) {
        note(TEXT[lang].skipped(f.path, bytes ? bytes.problem[lang] : `> ${DEFAULT_LIMITS.maxBytes} B`));
        continue;
      }
      // The reader (SheetJS, 1.4 MB) is imported only here: every other command starts without it.
      const [{ readWorkbookAsync }, { nodeReadOptions }] = await Promise.all([import("../files/index"), import("./zlib")]);
      const read = await readWorkbookAsync(bytes, f.path, undefined, nodeReadOptions);
      if (!read.ok) {
        note(TEXT[lang].skipped(f.path, read.reason[lang]));
        continue;
      }
      const earlier = readEarlierWorkbook(read.grids, f.path, set, f.modified);
      if (earlier.kind === "consolidation") found.push(...earlier.snapshots);
      else checks.push(earlier.check);
    }
    found.push(...snapshotsOfChecks(checks, paths[i]));
    if (!found.length) throw new UsageError(TEXT[lang].noPeriod(paths[i]));
    out.push(...found);
  }
  return out;
}

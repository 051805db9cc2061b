/**
 * `tonghop template learn BLANK.xlsx [--sheet NAME] --out FORM.json` (issue 10): learns a committee's own form
 * from its blank sheet, prints the review list (what each row and column was taken for, the rules, what the
 * user should confirm), and writes the template, which `--form FORM.json` then uses everywhere. The input file
 * is only read. The template is checked with the same loader as any template file before it is written, so a
 * file this command writes always loads.
 */
import { basename } from "node:path";
import type { Command } from "commander";
import { Option } from "commander";
import type { Lang } from "../engine/findings";
import { learnForm, type LearnResult } from "../engine/forms/learn";
import { review } from "../engine/forms/learn/review";
import { DEFAULT_LIMITS } from "../files/types";
import { formatProblems, loadForm } from "../templates/form";
import { UsageError } from "./errors";
import { readInput, sameFile } from "./io";
import { LEARN_TEXT } from "./learnText";
import { writeOutput } from "./output";
import { CLI_TEXT } from "./text";
import { existsSync, statSync } from "node:fs";

interface Io {
  out(s: string): void;
}

interface LearnOptions {
  sheet?: string;
  out?: string;
  json?: boolean;
  force?: boolean;
  lang?: string;
}

const NOTE_MARK = "(tonghop template learn)";

export function addLearnCommand(template: Command, io: Io, setExit: (code: number) => void, langOf: (v: string | undefined) => Lang): void {
  // `template` has its own --out, --force and --lang: options after `learn` must be learn's. Commander splits
  // the words at the first command of each level, so both the program and `template` stop at their subcommand
  // (the program's own options, -V and -h, come first anyway).
  template.parent?.enablePositionalOptions();
  template.enablePositionalOptions();
  template
    .command("learn")
    .description(LEARN_TEXT.vi.description)
    .argument("<file>", "trang tính mẫu (.xlsx .xls .ods) / the blank form's workbook")
    .option("--sheet <name>", "trang tính chứa biểu (mặc định: trang đầu tiên có bảng) / the sheet (default: the first with a table)")
    .option("--out <file>", "tệp mẫu biểu .json cần ghi / the template file to write")
    .option("--json", "in kết quả dạng JSON / print JSON")
    .option("--force", "cho phép ghi đè tệp đã có / allow replacing an existing file")
    .addOption(new Option("--lang <lang>", "ngôn ngữ / language: vi | en").default("vi"))
    .action(async (file: string, opts: LearnOptions) => {
      const lang = langOf(opts.lang);
      const t = LEARN_TEXT[lang];
      const bytes = readInput(file, DEFAULT_LIMITS.maxBytes);
      if (!(bytes instanceof Uint8Array)) throw new UsageError(CLI_TEXT[lang].cannotRead(file, bytes.problem[lang]));
      // The reader (SheetJS, 1.4 MB) is imported only here: every other command starts without it.
      const { readWorkbookAsync } = await import("../files/index");
      const book = await readWorkbookAsync(bytes, basename(file));
      if (!book.ok) throw new UsageError(CLI_TEXT[lang].cannotRead(file, book.reason[lang]));
      const { sheet, result } = learnFromBook(book.grids, opts.sheet, lang);
      // The same check as any template file given to --form: what this command writes always loads.
      const loaded = loadForm(JSON.parse(JSON.stringify(result.form)));
      if (!loaded.ok) throw new UsageError(t.broken(formatProblems(loaded.problems, lang)));
      if (opts.out) {
        guardTemplateOutput(opts.out, file, Boolean(opts.force), lang);
        writeOutput({ path: opts.out, option: "--out" }, new TextEncoder().encode(`${JSON.stringify(result.form, null, 2)}\n`), lang);
      }
      io.out(opts.json ? JSON.stringify(learnJson(file, sheet, result, opts.out, lang), null, 2) : learnText(sheet, result, opts.out, lang));
      setExit(0);
    });
}

function learnFromBook(grids: import("../engine/grid").Grid[], wanted: string | undefined, lang: Lang): { sheet: string; result: LearnResult } {
  const t = LEARN_TEXT[lang];
  if (wanted !== undefined) {
    const grid = grids.find((g) => g.name.normalize("NFC") === wanted.normalize("NFC"));
    if (!grid) throw new UsageError(t.noSheet(wanted, grids.map((g) => g.name)));
    const r = learnForm(grid);
    if (!r.ok) throw new UsageError(t.noForm(r[lang]));
    return { sheet: grid.name, result: r };
  }
  for (const grid of grids) {
    const r = learnForm(grid);
    if (r.ok) return { sheet: grid.name, result: r };
  }
  throw new UsageError(t.noForm(t.noFormAnySheet));
}

/** Never the input itself; an existing file only when it is a template this command wrote, or with --force. */
function guardTemplateOutput(out: string, input: string, force: boolean, lang: Lang): void {
  if (sameFile(out, input)) throw new UsageError(CLI_TEXT[lang].refuseInput(input, "--out"));
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new UsageError(CLI_TEXT[lang].outputIsFolder(out));
  if (force) return;
  const bytes = readInput(out, 4 * 2 ** 20);
  let ours = false;
  try {
    const json = bytes instanceof Uint8Array ? (JSON.parse(new TextDecoder().decode(bytes)) as { notes?: unknown }) : null;
    ours = Array.isArray(json?.notes) && json.notes.some((n) => typeof n === "string" && n.includes(NOTE_MARK));
  } catch {
    ours = false;
  }
  if (!ours) throw new UsageError(LEARN_TEXT[lang].refuseForeign(out));
}

function learnText(sheet: string, result: LearnResult, out: string | undefined, lang: Lang): string {
  const t = LEARN_TEXT[lang];
  const r = review(result, lang);
  const lines = [t.learned(result.form.title, result.form.id, sheet, result.form.columns.length, result.form.rows.length, r.rules.length), ""];
  const pad = (s: string, n: number) => s.padEnd(n);
  const width = Math.max(...r.rows.map((x) => x.code.length), ...r.columns.map((x) => x.code.length)) + 2;
  lines.push(`${t.columns}:`, ...r.columns.map((c) => `  ${pad(c.code, width)}${c.text}`), "");
  lines.push(`${t.rows}:`, ...r.rows.map((c) => `  ${pad(c.code, width)}${c.text}`), "");
  lines.push(`${t.rules}:`, ...r.rules.map((x) => `  ${pad(x.id, 12)}${x.expr}${x.columns ? `  [${x.columns.join(", ")}]` : ""}`), "");
  if (r.questions.length) lines.push(`${t.questions(r.questions.length)}:`, ...r.questions.map((q, i) => `  ${i + 1}. ${q}`));
  else lines.push(t.noQuestions);
  lines.push("", `${t.notes}:`, ...r.notes.map((n) => `  - ${n}`));
  if (out) lines.push("", t.written(out));
  return `${lines.join("\n")}\n`;
}

function learnJson(file: string, sheet: string, result: LearnResult, out: string | undefined, lang: Lang) {
  const r = review(result, lang);
  return {
    file,
    sheet,
    out: out ?? null,
    form: result.form,
    rules: r.rules,
    questions: result.questions.map((q) => ({ kind: q.kind, row: q.row ?? null, column: q.column ?? null, sheetRow: q.sheetRow ?? null, cell: q.cell ?? null, message: q[lang] })),
    notes: r.notes,
    places: result.places,
  };
}

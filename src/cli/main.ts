import { Command, CommanderError, Option } from "commander";
import { basename } from "node:path";
import { unreadableFile, type FileCheck } from "../engine/check";
import { batchJson, batchSheets, batchSummary, consolidateBatch } from "../engine/batch";
import { formBlankSheet, formSheetName } from "../engine/forms/sheets";
import type { RosterUnit } from "../engine/consolidate/units";
import type { Lang } from "../engine/findings";
import { validationJson } from "../engine/json";
import { findingsSheet } from "../engine/sheets/checks";
import { formSheet } from "../engine/sheets/form";
import { DEFAULT_LIMITS } from "../files/types";
import { messages } from "../files/messages";
import { BCXDD, allIndicators } from "../templates/bcxdd";
import { foldText } from "../engine/text";
import { BCXDD_FORM_ID } from "../engine/forms/checkWorkbook";
import { renderWorkbook } from "../xlsx/index";
import { defaultReadWorkers, startReadPool, type ReadPool, type ReadPoolOptions } from "./boundedRead";
import { NODE_ZIP } from "./deflate";
import { UsageError } from "./errors";
import { expandInputs, pathEntry, readInput, withoutFiles, type InputFile } from "./io";
import { guardOutput, writeOutput, type OutputTarget } from "./output";
import { progressBar } from "./progress";
import { addSigningOptions, signingOf, type SigningOptions } from "./signing";
import { COLOUR, PLAIN, renderBatch, renderValidation, type FormName } from "./render";
import { chooseForms, collect, type FormChoice } from "./formOption";
import { formList, renderFormList } from "./formsList";
import { HELP_TEXT, HELP_AFTER, styleTitle, translateError } from "./commanderText";
import { CLI_TEXT } from "./text";
import { previousFiles, readPrevious } from "./previous";
import { blankLastYear } from "../engine/history/fill";
import { addLearnCommand } from "./learn";
import { ByteBudget } from "./byteBudget";
import { jsonPieces } from "./jsonPieces";

const template = BCXDD;
const MAX_BYTES = DEFAULT_LIMITS.maxBytes;
/** Bytes of files read ahead and not yet answered, at most (one file always goes, whatever its size). */
const READ_AHEAD_BYTES = 64 * 2 ** 20;

interface Io {
  out(s: string): void;
  /**
   * A long document in pieces, each written as it comes, then a line end (see jsonPieces.ts). Optional:
   * without it the pieces are joined and given to `out`.
   */
  outPieces?(pieces: Iterable<string>): void;
  err(s: string): void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
}

function langOf(value: string | undefined): Lang {
  if (value === undefined || value === "vi") return "vi";
  if (value === "en") return "en";
  throw new UsageError(CLI_TEXT.vi.badLang);
}

/** What tests may change about the run; the command line itself cannot. */
export interface RunOptions {
  /** The reading workers' bounds (and, for tests, the module they run). */
  read?: ReadPoolOptions;
}

/** `--json`: the document exactly as JSON.stringify(value, null, 2) writes it, in pieces when the door takes them. */
function printJson(io: Io, value: unknown): void {
  if (io.outPieces) io.outPieces(jsonPieces(value));
  else io.out([...jsonPieces(value)].join(""));
}

/**
 * Runs `f` with a pool of reading workers (boundedRead.ts) for `jobs` files, and always ends the
 * workers afterwards, so the process exits by itself whatever happens. The command goes on as soon as
 * `f` is done: a worker takes some 30–60 ms to tear its heap down, time the main thread spends on what
 * was read. The ending goes into `ending`, which `run` waits for before it returns.
 */
async function withReadPool<T>(jobs: number, options: ReadPoolOptions | undefined, ending: Promise<void>[], f: (pool: ReadPool) => Promise<T>): Promise<T> {
  const pool = startReadPool({ ...options, workers: Math.max(1, Math.min(jobs, options?.workers ?? defaultReadWorkers(jobs))) });
  try {
    return await f(pool);
  } finally {
    ending.push(pool.close());
  }
}

/**
 * One path → its check. Never throws for the file's sake: a path that cannot be read, a file over the
 * size limit (refused on its size, without reading it whole), a file the reader refuses, and one that
 * takes the reader too long or too much memory (boundedRead.ts) all end as FILE_UNREADABLE.
 */
async function checkOne(f: InputFile, pool: ReadPool): Promise<FileCheck> {
  if (f.problem) return unreadableFile(f.path, f.problem, f.modified);
  if (f.size > MAX_BYTES) return unreadableFile(f.path, messages.tooManyBytes(f.size, MAX_BYTES).reason, f.modified);
  const bytes = readInput(f.path, MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) return unreadableFile(f.path, bytes.problem, f.modified);
  return pool.check(bytes, f.path, f.modified);
}

/**
 * Every file's check, in the input order. As many files are handed over at once as keep the pool's
 * workers busy (each lane reads a file's bytes only when it is about to hand them over), and each
 * check lands at its file's index, so the order workers finish in changes nothing.
 */
async function checkAll(files: InputFile[], lang: Lang, io: Io, pool: ReadPool): Promise<FileCheck[]> {
  const bar = progressBar(files.length, CLI_TEXT[lang].reading, io.stderrIsTty);
  const checks = new Array<FileCheck>(files.length);
  let next = 0;
  let done = 0;
  const budget = new ByteBudget(READ_AHEAD_BYTES);
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      bar.tick(done, basename(files[i].path));
      // Bytes held from reading a file until its check comes back (ByteBudget); a path that will not
      // be read holds none.
      const size = files[i].problem || files[i].size > MAX_BYTES ? 0 : files[i].size;
      await budget.take(size);
      try {
        checks[i] = await checkOne(files[i], pool);
      } finally {
        budget.give(size);
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.capacity, files.length) }, lane));
  bar.done();
  return checks;
}

/**
 * The files to check. A path that cannot be read is one more file with its finding, and the others go
 * on; only when nothing named exists at all (a mistyped name, most likely) is it a usage error.
 */
function inputsOf(args: string[], lang: Lang): InputFile[] {
  if (!args.length) throw new UsageError(CLI_TEXT[lang].noFiles);
  const { files, missing } = expandInputs(args);
  if (missing.length === args.length) throw new UsageError(missing.map(CLI_TEXT[lang].notFound).join("\n"));
  if (!files.length) throw new UsageError(CLI_TEXT[lang].noFiles);
  return files;
}

/** The roster, read by the same bounded workers as the units' files. */
async function loadRoster(path: string, lang: Lang, pool: ReadPool): Promise<RosterUnit[]> {
  const t = CLI_TEXT[lang];
  const entry = pathEntry(path);
  if (entry.problem) throw new UsageError(t.cannotRead(path, entry.problem[lang]));
  if (entry.size > MAX_BYTES) throw new UsageError(t.cannotRead(path, messages.tooManyBytes(entry.size, MAX_BYTES).reason[lang]));
  const bytes = readInput(path, MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) throw new UsageError(t.cannotRead(path, bytes.problem[lang]));
  const roster = await pool.roster(bytes, path);
  if (!roster.ok) throw new UsageError(t.rosterProblem(roster.reason[lang]));
  return roster.units;
}

/**
 * The units' files: every input but the files given as options (`--roster`, `--form FILE.json`), each read
 * once as what it is, never also as a unit's report.
 */
function reportsOf(args: string[], lang: Lang, optionFiles: readonly string[]): InputFile[] {
  const files = withoutFiles(inputsOf(args, lang), optionFiles);
  if (!files.length) throw new UsageError(CLI_TEXT[lang].noFiles);
  return files;
}

/** The reading workers' options, with the forms chosen (boundedRead.ts hands them to every worker). */
const readOptions = (options: RunOptions, choice: FormChoice): ReadPoolOptions => ({ ...options.read, forms: { extra: choice.extra, only: choice.only } });

/** A form's name as printed on it (`Biểu số 1-BTCTW`), for the text output. */
const formNameOf = (choice: FormChoice): FormName => (id) => choice.set.forms.find((f) => f.id === id)?.marker ?? id;

/** `template`'s default output for one form other than BC-XDĐ: `bieu-1-btctw-mau.xlsx`. */
const blankFileName = (id: string) =>
  `${foldText(formSheetName({ id }))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}-mau.xlsx`;

/** The `Kiểm tra` sheet for the files validated, as a small workbook to send back to the units. */
function findingsWorkbook(checks: FileCheck[], lang: Lang): { bytes: Uint8Array; rows: number } {
  // A workbook of other forms only: its unit as its first form names it.
  const unitOf = new Map(checks.map((c) => [c.file, c.report?.unit.name ?? c.forms?.[0]?.unit.name ?? ""]));
  const findings = checks.flatMap((c) => c.findings.map((f) => ({ ...f, file: f.file ?? c.file })));
  const sheet = findingsSheet(findings, (file) => (file ? (unitOf.get(file) ?? "") : ""), lang);
  return { bytes: renderWorkbook([sheet], NODE_ZIP), rows: findings.length };
}

/** `ending` collects the read pools still ending (withReadPool), for the caller to wait for. */
export function buildProgram(io: Io, setExit: (code: number) => void, options: RunOptions = {}, ending: Promise<void>[] = []): Command {
  const style = () => (io.stdoutIsTty && !process.env.NO_COLOR ? COLOUR : PLAIN);
  const langOption = () => new Option("--lang <lang>", "ngôn ngữ / language: vi | en").default("vi");
  const formOption = (description: string) => new Option("--form <id|file.json>", description).argParser(collect);
  const FORM_RUN = "chỉ biểu này (mã, xem tonghop forms), hoặc thêm mẫu biểu từ tệp .json; lặp lại được / only this form (an id), or add a template file; repeatable";
  const program = new Command("tonghop")
    .description("Tổng hợp — kiểm tra và tổng hợp báo cáo công tác xây dựng Đảng (BC-XDĐ) và các biểu thống kê (Biểu số N-BTCTW).\nChecks and consolidates party-building reports and the statistical forms.")
    .version("0.1.0", "-V, --version", HELP_TEXT.version)
    .helpOption("-h, --help", HELP_TEXT.help)
    .helpCommand("help [command]", HELP_TEXT.helpCommand)
    .configureHelp({ styleTitle })
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(translateError(message)) })
    .exitOverride()
    .showHelpAfterError();

  program
    .command("validate")
    .description("Kiểm tra từng báo cáo (.xlsx .xls .ods .csv) / validate each report")
    .argument("<files...>", "tệp hoặc thư mục / files or folders")
    .option("--json", "in kết quả dạng JSON / print JSON")
    .option("--report <file>", "ghi các phát hiện thành sổ .xlsx (trang Kiểm tra) để gửi lại đơn vị / write the findings as a workbook")
    .option("--force", "cho phép ghi đè tệp đã có không do Tổng hợp tạo ra / allow overwriting a file not made by Tổng hợp")
    .addOption(formOption(FORM_RUN))
    .addOption(langOption())
    .action(async (args: string[], opts: { json?: boolean; report?: string; force?: boolean; lang?: string; form?: string[] }) => {
      const lang = langOf(opts.lang);
      const choice = chooseForms(opts.form, lang);
      const formFiles = [...choice.files.values()];
      const files = reportsOf(args, lang, formFiles);
      const target: OutputTarget | null = opts.report ? { path: opts.report, option: "--report" } : null;
      if (target) guardOutput(target, [...files, ...formFiles], Boolean(opts.force), lang);
      const checks = await withReadPool(files.length, readOptions(options, choice), ending, (pool) => checkAll(files, lang, io, pool));
      if (opts.json) printJson(io, validationJson(checks, lang));
      else io.out(renderValidation(checks, lang, style(), formNameOf(choice)));
      if (target) {
        const report = findingsWorkbook(checks, lang);
        writeOutput(target, report.bytes, lang);
        if (!opts.json) io.out(CLI_TEXT[lang].reportWritten(target.path, report.rows));
      }
      setExit(checks.some((c) => c.findings.some((f) => f.severity === "error")) ? 1 : 0);
    });

  addSigningOptions(program
    .command("consolidate"))
    .description("Tổng hợp báo cáo của các đơn vị thành một bảng / consolidate the units' reports")
    .argument("<files...>", "tệp hoặc thư mục / files or folders")
    .option("--roster <file>", "danh sách đơn vị (.xlsx .xls .ods .csv) / roster of units")
    .option("--out <file>", "tệp kết quả / output workbook", "tong-hop.xlsx")
    .option("--force", "cho phép ghi đè tệp đã có không do Tổng hợp tạo ra / allow overwriting a file not made by Tổng hợp")
    .option("--json", "in kết quả dạng JSON / print JSON")
    .addOption(formOption(FORM_RUN))
    .addOption(new Option("--previous <file|folder>", "kỳ trước: sổ tổng hợp của kỳ đó, hoặc thư mục báo cáo của các đơn vị kỳ đó; lặp lại được / an earlier period: its consolidated workbook or its units' files; repeatable").argParser(collect))
    .addOption(langOption())
    .action(async (args: string[], opts: { roster?: string; out: string; force?: boolean; json?: boolean; lang?: string; form?: string[]; previous?: string[] } & SigningOptions) => {
      const lang = langOf(opts.lang);
      const signing = signingOf(opts);
      const choice = chooseForms(opts.form, lang);
      // A roster (or template file) kept in the folder of reports is read once, as what it is, never as a unit's report.
      // Earlier periods' files too (issue 11): a file given as --previous, or a folder's file, is never also this
      // period's report, nor is the folder itself (a sub-folder of the inputs would be listed as unreadable).
      const previous = opts.previous ?? [];
      const previousEach = previousFiles(previous, lang);
      const optionFiles = [...(opts.roster ? [opts.roster] : []), ...choice.files.values(), ...previous, ...previousEach.flat().map((f) => f.path)];
      const files = reportsOf(args, lang, optionFiles);
      const target: OutputTarget = { path: opts.out, option: "--out" };
      guardOutput(target, [...files, ...optionFiles], Boolean(opts.force), lang);
      const rosterPath = opts.roster;
      const { roster, checks } = await withReadPool(files.length + (rosterPath ? 1 : 0), readOptions(options, choice), ending, async (pool) => {
        // The roster first: a roster that cannot be used stops the command before any file is read.
        const roster = rosterPath ? await loadRoster(rosterPath, lang, pool) : null;
        return { roster, checks: await checkAll(files, lang, io, pool) };
      });
      const history = previous.length ? await readPrevious(previous, previousEach, choice.set, lang, io.err) : undefined;
      const batch = consolidateBatch(checks, choice.set, { roster, history });
      const summary = batchSummary(batch, choice.set, lang, { parent: signing.parent });
      writeOutput(target, renderWorkbook(batchSheets(batch, choice.set, lang, summary, signing), NODE_ZIP), lang);
      if (opts.json) printJson(io, batchJson(batch, opts.out, lang, summary));
      else {
        const names = new Map([...allIndicators(template), ...template.clusterRows].map((i) => [i.code, i.name]));
        io.out(renderBatch(batch, opts.out, lang, style(), names, formNameOf(choice)));
      }
      setExit(batch.findings.some((f) => f.severity === "error") ? 1 : 0);
    });

  const templateCommand = program
    .command("template")
    .description("Tạo biểu mẫu trống cho đơn vị điền (mặc định BC-XDĐ) / write a blank form (BC-XDĐ by default)")
    .option("--out <file>", "tệp kết quả / output workbook (mặc định / default: bc-xdd-mau.xlsx; --form BTCTW-1: bieu-1-btctw-mau.xlsx; nhiều biểu / several: bieu-mau.xlsx)")
    .option("--force", "cho phép ghi đè tệp đã có không do Tổng hợp tạo ra / allow overwriting a file not made by Tổng hợp")
    .addOption(formOption("biểu cần tạo (mã, xem tonghop forms, hoặc tệp mẫu biểu .json); lặp lại để có nhiều trang / the form to write (an id or a template file); repeat for one sheet each"))
    .addOption(new Option("--previous <file|folder>", "cùng kỳ năm trước: điền cột \"Cùng kỳ năm trước\" từ sổ tổng hợp hoặc báo cáo kỳ đó / the same period a year earlier: fills that column").argParser(collect))
    .addOption(langOption())
    .action(async (opts: { out?: string; force?: boolean; lang?: string; form?: string[]; previous?: string[] }) => {
      const lang = langOf(opts.lang);
      const choice = chooseForms(opts.form, lang, true);
      const ids = choice.named.length ? choice.named : [BCXDD_FORM_ID];
      const out = opts.out ?? (ids.length > 1 ? "bieu-mau.xlsx" : ids[0] === BCXDD_FORM_ID ? "bc-xdd-mau.xlsx" : blankFileName(ids[0]));
      const target: OutputTarget = { path: out, option: "--out" };
      const previous = opts.previous ?? [];
      const previousEach = previousFiles(previous, lang);
      guardOutput(target, [...choice.files.values(), ...previousEach.flat()], Boolean(opts.force), lang);
      // Issue 11: with the same period a year earlier, its figures fill the "Cùng kỳ năm trước" column.
      const history = previous.length ? await readPrevious(previous, previousEach, choice.set, lang, io.err) : [];
      const blankOf = (id: string) => {
        const form = choice.set.forms.find((f) => f.id === id)!;
        return formBlankSheet(form, lang, blankLastYear(form, history) ?? undefined);
      };
      // BC-XDĐ's blank is today's (src/engine/sheets/form.ts); any other form's is drawn in its own layout.
      const sheets = ids.map((id) => (id === BCXDD_FORM_ID ? formSheet(template) : blankOf(id)));
      writeOutput(target, renderWorkbook(sheets, NODE_ZIP), lang);
      io.out(CLI_TEXT[lang].written(out));
      setExit(0);
    });
  // `template learn`: a committee's own form from its blank sheet (issue 10).
  addLearnCommand(templateCommand, io, setExit, langOf);

  program
    .command("forms")
    .description("Liệt kê các biểu Tổng hợp nhận biết / list the forms Tổng hợp knows")
    .option("--json", "in kết quả dạng JSON / print JSON")
    .addOption(formOption("thêm mẫu biểu từ tệp .json; lặp lại được / add a template file; repeatable"))
    .addOption(langOption())
    .action((opts: { json?: boolean; lang?: string; form?: string[] }) => {
      const lang = langOf(opts.lang);
      const choice = chooseForms(opts.form, lang);
      const list = formList(choice.set, choice.files).filter((f) => choice.only === undefined || f.id === choice.only);
      if (opts.json) printJson(io, { forms: list });
      else io.out(renderFormList(list, lang, style()));
      setExit(0);
    });
  program.addHelpText("afterAll", HELP_AFTER);
  return program;
}

/**
 * Runs the command line; returns the exit code instead of exiting, so tests can call it. Returns only
 * once every reading worker it started has ended.
 */
export async function run(argv: string[], io: Io, options: RunOptions = {}): Promise<number> {
  let code = 0;
  const ending: Promise<void>[] = [];
  const program = buildProgram(io, (c) => (code = c), options, ending);
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version" ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await Promise.all(ending);
  }
}


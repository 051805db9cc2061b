import { Command, CommanderError, Option } from "commander";
import { basename } from "node:path";
import { unreadableFile, type FileCheck } from "../engine/check";
import { consolidate } from "../engine/consolidate/consolidate";
import { readRoster } from "../engine/consolidate/roster";
import type { RosterUnit } from "../engine/consolidate/units";
import type { Lang } from "../engine/findings";
import { consolidationJson, validationJson } from "../engine/json";
import { consolidationSheets } from "../engine/sheets/consolidation";
import { formSheet } from "../engine/sheets/form";
import { checkFileBytes } from "../files/checkFile";
import { readWorkbook } from "../files/index";
import { BCXDD, allIndicators } from "../templates/bcxdd";
import { renderWorkbook } from "../xlsx/index";
import { nodeDeflate, nodeReadOptions } from "./zlib";
import { expandInputs, readBytes, sameFile, writeAtomically, type InputFile } from "./io";
import { progressBar } from "./progress";
import { COLOUR, PLAIN, renderConsolidation, renderValidation } from "./render";
import { HELP_TEXT, styleTitle, translateError } from "./commanderText";
import { CLI_TEXT } from "./text";

/** Usage errors and outputs that cannot be written: exit 2 (1 is kept for "an error-level finding"). */
class UsageError extends Error {}

const template = BCXDD;

interface Io {
  out(s: string): void;
  err(s: string): void;
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
}

function langOf(value: string | undefined): Lang {
  if (value === undefined || value === "vi") return "vi";
  if (value === "en") return "en";
  throw new UsageError(CLI_TEXT.vi.badLang);
}

function checkAll(files: InputFile[], lang: Lang, io: Io): FileCheck[] {
  const bar = progressBar(files.length, CLI_TEXT[lang].reading, io.stderrIsTty);
  const checks = files.map((f, i) => {
    bar.tick(i, basename(f.path));
    const bytes = readBytes(f.path);
    if ("error" in bytes) {
      return unreadableFile(f.path, { vi: `không mở được tệp (${bytes.error})`, en: `cannot open the file (${bytes.error})` }, f.modified);
    }
    return checkFileBytes(bytes, f.path, template, f.modified, undefined, nodeReadOptions);
  });
  bar.done();
  return checks;
}

function inputsOf(args: string[], lang: Lang): InputFile[] {
  if (!args.length) throw new UsageError(CLI_TEXT[lang].noFiles);
  const { files, missing } = expandInputs(args);
  if (missing.length) throw new UsageError(missing.map(CLI_TEXT[lang].notFound).join("\n"));
  if (!files.length) throw new UsageError(CLI_TEXT[lang].noFiles);
  return files;
}

function loadRoster(path: string, lang: Lang): RosterUnit[] {
  const bytes = readBytes(path);
  if ("error" in bytes) throw new UsageError(CLI_TEXT[lang].cannotRead(path, bytes.error));
  const read = readWorkbook(bytes, path, undefined, nodeReadOptions);
  if (!read.ok) throw new UsageError(CLI_TEXT[lang].rosterProblem(read.reason[lang]));
  const roster = readRoster(read.grids[0]);
  if (!roster.ok) throw new UsageError(CLI_TEXT[lang].rosterProblem(roster.reason[lang]));
  return roster.units;
}

function write(path: string, bytes: Uint8Array, lang: Lang) {
  try {
    writeAtomically(path, bytes);
  } catch (e) {
    throw new UsageError(CLI_TEXT[lang].cannotWrite(path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const style = () => (io.stdoutIsTty && !process.env.NO_COLOR ? COLOUR : PLAIN);
  const langOption = () => new Option("--lang <lang>", "ngôn ngữ / language: vi | en").default("vi");
  const program = new Command("tonghop")
    .description("Tổng hợp — kiểm tra và tổng hợp báo cáo công tác xây dựng Đảng (BC-XDĐ).\nChecks and consolidates party-building reports.")
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
    .addOption(langOption())
    .action((args: string[], opts: { json?: boolean; lang?: string }) => {
      const lang = langOf(opts.lang);
      const checks = checkAll(inputsOf(args, lang), lang, io);
      io.out(opts.json ? JSON.stringify(validationJson(checks, lang), null, 2) : renderValidation(checks, lang, style()));
      setExit(checks.some((c) => c.findings.some((f) => f.severity === "error")) ? 1 : 0);
    });

  program
    .command("consolidate")
    .description("Tổng hợp báo cáo của các đơn vị thành một bảng / consolidate the units' reports")
    .argument("<files...>", "tệp hoặc thư mục / files or folders")
    .option("--roster <file>", "danh sách đơn vị (.xlsx .xls .ods .csv) / roster of units")
    .option("--out <file>", "tệp kết quả / output workbook", "tong-hop.xlsx")
    .option("--json", "in kết quả dạng JSON / print JSON")
    .addOption(langOption())
    .action((args: string[], opts: { roster?: string; out: string; json?: boolean; lang?: string }) => {
      const lang = langOf(opts.lang);
      const files = inputsOf(args, lang);
      const clash = files.find((f) => sameFile(f.path, opts.out)) ?? (opts.roster && sameFile(opts.roster, opts.out) ? { path: opts.roster } : null);
      if (clash) throw new UsageError(CLI_TEXT[lang].refuseInput(clash.path));
      const roster = opts.roster ? loadRoster(opts.roster, lang) : null;
      const checks = checkAll(files, lang, io);
      const result = consolidate(checks, template, { roster });
      write(opts.out, renderWorkbook(consolidationSheets(result, template, lang), { compress: nodeDeflate }), lang);
      const names = new Map([...allIndicators(template), ...template.clusterRows].map((i) => [i.code, i.name]));
      io.out(opts.json ? JSON.stringify(consolidationJson(result, opts.out, lang), null, 2) : renderConsolidation(result, opts.out, lang, style(), names));
      setExit(result.findings.some((f) => f.severity === "error") ? 1 : 0);
    });

  program
    .command("template")
    .description("Tạo biểu mẫu BC-XDĐ trống cho đơn vị điền / write a blank BC-XDĐ form")
    .option("--out <file>", "tệp kết quả / output workbook", "bc-xdd-mau.xlsx")
    .addOption(langOption())
    .action((opts: { out: string; lang?: string }) => {
      const lang = langOf(opts.lang);
      write(opts.out, renderWorkbook([formSheet(template)], { compress: nodeDeflate }), lang);
      io.out(CLI_TEXT[lang].written(opts.out));
      setExit(0);
    });
  return program;
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
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
  }
}


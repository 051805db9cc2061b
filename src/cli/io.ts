import { randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Localized } from "../engine/findings";
import { ACCEPTED_EXTENSIONS, fileExtension } from "../files/extensions";
import { PATH_REASONS } from "./text";

/**
 * One path to check: a regular file to read, or a path that cannot be read and why (it becomes that
 * file's FILE_UNREADABLE finding, and the batch goes on).
 */
export type InputFile =
  | {
      /** As the user named it (or as found inside a named folder). */
      path: string;
      modified: number | null;
      size: number;
      /** Which file it is, as it was listed. */
      id: FileId;
      problem?: undefined;
    }
  | { path: string; modified: number | null; problem: Localized; id?: undefined };

/**
 * Which file a path names: its device and inode, the same through a link or any spelling of the path
 * (relative, absolute, `./`, `..`). Taken once, when the path is listed, so that telling a batch's
 * files from the output or the roster costs no further look at the disk.
 */
export type FileId = string;

/** The identity of a file from its stats. */
export const fileId = (stats: Stats): FileId => `${stats.dev}:${stats.ino}`;

/** The identity of the file at `path` (links followed); null when there is nothing to see there. */
export function fileIdOf(path: string): FileId | null {
  try {
    return fileId(statSync(path));
  } catch {
    return null;
  }
}

/** What a path is, without opening it: a FIFO would block a read forever, a folder cannot be read. */
function classify(path: string): { stats: Stats } | { problem: Localized } {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return { problem: PATH_REASONS.noPermission };
    // stat follows links; lstat tells a link to nothing from nothing at all.
    try {
      if (lstatSync(path).isSymbolicLink()) return { problem: PATH_REASONS.danglingLink };
    } catch {
      /* not even a link */
    }
    return { problem: code === "ENOENT" || code === "ENOTDIR" ? PATH_REASONS.missing : PATH_REASONS.ioError(code ?? "?") };
  }
  return { stats };
}

/**
 * One path as a file to read, or why it cannot be (a folder included: it is not expanded here).
 * `inFolder`: found inside a folder the user named, where a sub-folder's reason says how to read it.
 */
export function pathEntry(path: string, inFolder = false): InputFile {
  const c = classify(path);
  if ("problem" in c) return { path, modified: null, problem: c.problem };
  const { stats } = c;
  if (stats.isDirectory()) return { path, modified: stats.mtimeMs, problem: inFolder ? PATH_REASONS.subfolder : PATH_REASONS.folder };
  if (!stats.isFile()) return { path, modified: stats.mtimeMs, problem: PATH_REASONS.notRegular };
  return { path, modified: stats.mtimeMs, size: stats.size, id: fileId(stats) };
}

/** Folder entries in the order a Vietnamese reader expects (`localeCompare(…, "vi")`, made once). */
let viOrder: Intl.Collator | undefined;
const byVietnameseName = (a: string, b: string) => (viOrder ??= new Intl.Collator("vi")).compare(a, b);

/**
 * Files named on the command line; a folder stands for the workbooks directly inside it, sorted.
 * Nothing is opened here. `missing`: named paths that do not exist at all (the caller decides whether
 * that is a usage error or one finding among others).
 */
export function expandInputs(args: string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const c = classify(arg);
    if ("problem" in c) {
      if (c.problem === PATH_REASONS.missing) missing.push(arg);
      files.push({ path: arg, modified: null, problem: c.problem });
      continue;
    }
    if (!c.stats.isDirectory()) {
      files.push(pathEntry(arg));
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      files.push({ path: arg, modified: null, problem: code === "EACCES" || code === "EPERM" ? PATH_REASONS.noPermission : PATH_REASONS.ioError(code ?? "?") });
      continue;
    }
    const wanted = names.filter((n) => ACCEPTED_EXTENSIONS.includes(fileExtension(n)) && !n.startsWith("~$"));
    for (const n of wanted.sort(byVietnameseName)) files.push(pathEntry(join(arg, n), true));
  }
  return { files, missing };
}

/** A read error as the reason of a finding. */
function readProblem(e: unknown): Localized {
  const code = (e as NodeJS.ErrnoException).code ?? "?";
  if (code === "EACCES" || code === "EPERM") return PATH_REASONS.noPermission;
  if (code === "ENOENT") return PATH_REASONS.missing;
  if (code === "EISDIR") return PATH_REASONS.folder;
  return PATH_REASONS.ioError(code);
}

/**
 * A regular file's bytes, or why not. Reads through one descriptor and checks, on that descriptor,
 * that it is still a regular file (a path swapped for a FIFO between the listing and the read would
 * otherwise block) and no bigger than `maxBytes` plus one byte: a file over the limit is never read
 * whole, the caller refuses it on its size.
 */
export function readInput(path: string, maxBytes: number): Uint8Array | { problem: Localized } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever (no effect on files).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: readProblem(e) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: PATH_REASONS.folder };
    if (!st.isFile()) return { problem: PATH_REASONS.notRegular };
    const want = Math.min(st.size, maxBytes + 1);
    const out = new Uint8Array(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, out, got, want - got, got);
      if (n === 0) break; // the file shrank while we read it
      got += n;
    }
    return got === want ? out : out.subarray(0, got);
  } catch (e) {
    return { problem: readProblem(e) };
  } finally {
    closeSync(fd);
  }
}

/** Whether two paths name the same file: the same path, or (when both exist) the same inode. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const id = fileIdOf(a);
  return id !== null && id === fileIdOf(b);
}

/**
 * `files` without the ones that are one of `paths` (the roster, a template file, an earlier period's
 * files): a roster kept in the folder of reports is read once, as the roster, and is never also a
 * unit's report (it would be listed as FORM_NOT_FOUND). The same file: the same absolute path, or the
 * same identity (FileId).
 */
export function withoutFiles(files: InputFile[], paths: readonly string[]): InputFile[] {
  if (!paths.length) return files;
  const names = new Set(paths.map((p) => resolve(p)));
  const ids = new Set(paths.map(fileIdOf).filter((id) => id !== null));
  return files.filter((f) => !names.has(resolve(f.path)) && !(f.id !== undefined && ids.has(f.id)));
}

/**
 * Writes through a temporary file beside the target and a rename, so a crash never leaves half a
 * workbook under the name, and a failed write leaves whatever was there untouched.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  try {
    const fd = openSync(tmp, "wx"); // "wx": never write into a file that is already there
    created = true;
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd); // the bytes are on disk before the name points at them
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    if (created) rmSync(tmp, { force: true });
    throw e;
  }
}

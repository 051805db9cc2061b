import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ACCEPTED_EXTENSIONS, fileExtension } from "../files/index";

export interface InputFile {
  /** As the user named it (or as found inside a named folder). */
  path: string;
  modified: number | null;
}

/** Files named on the command line; a folder stands for the workbooks directly inside it, sorted. */
export function expandInputs(args: string[]): { files: InputFile[]; missing: string[] } {
  const files: InputFile[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const names = readdirSync(arg).filter((n) => ACCEPTED_EXTENSIONS.includes(fileExtension(n)) && !n.startsWith("~$"));
      for (const n of names.sort((a, b) => a.localeCompare(b, "vi"))) {
        const p = join(arg, n);
        files.push({ path: p, modified: safeMtime(p) });
      }
    } else files.push({ path: arg, modified: st.mtimeMs });
  }
  return { files, missing };
}

function safeMtime(p: string): number | null {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return null;
  }
}

export function readBytes(path: string): Uint8Array | { error: string } {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

export function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a workbook under the name. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

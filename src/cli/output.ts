import { statSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../engine/findings";
import { UsageError } from "./errors";
import { fileId, fileIdOf, readInput, writeAtomically, type FileId } from "./io";
import { isOurWorkbook } from "./ownership";
import { CLI_TEXT } from "./text";

/** Our own results stay well below this; a bigger existing file is not read to find out whose it is. */
const MAX_OWN_BYTES = 256 * 1024 * 1024;

export interface OutputTarget {
  path: string;
  /** The option that named it, for the messages: "--out", "--report". */
  option: string;
}

/** An input as guardOutput sees it: a path, with its identity when it was listed (io.ts InputFile). */
export type InputRef = string | { path: string; id?: FileId };

/**
 * Refuses, before any work is done, an output that would replace one of the inputs (even with
 * --force), a folder or something that is not a regular file, or an existing file this tool did not
 * make (see ownership.ts) unless `force`. A path that does not exist yet is fine.
 */
export function guardOutput(target: OutputTarget, inputs: readonly InputRef[], force: boolean, lang: Lang): void {
  const t = CLI_TEXT[lang];
  let st: Stats | undefined;
  try {
    st = statSync(target.path);
  } catch {
    /* nothing there (or nothing we can see): only an input of the same path is the output */
  }
  // The same path, or, when the output exists, the same file (FileId; an input listed without one is looked at now).
  const name = resolve(target.path);
  const id = st ? fileId(st) : null;
  const isOutput = (input: InputRef) => {
    const { path, id: known } = typeof input === "string" ? { path: input, id: undefined } : input;
    return resolve(path) === name || (id !== null && (known ?? fileIdOf(path)) === id);
  };
  const clash = inputs.find(isOutput);
  if (clash !== undefined) throw new UsageError(t.refuseInput(typeof clash === "string" ? clash : clash.path, target.option));
  if (!st) return; // the write itself will say what goes wrong
  if (st.isDirectory()) throw new UsageError(t.outputIsFolder(target.path));
  if (!st.isFile()) throw new UsageError(t.outputNotFile(target.path));
  if (force) return;
  const bytes = st.size <= MAX_OWN_BYTES ? readInput(target.path, MAX_OWN_BYTES) : null;
  if (!(bytes instanceof Uint8Array) || !isOurWorkbook(bytes)) throw new UsageError(t.refuseForeign(target.path, target.option));
}

/** Writes the output atomically; a failure is a usage error (exit 2) saying why. */
export function writeOutput(target: OutputTarget, bytes: Uint8Array, lang: Lang): void {
  try {
    writeAtomically(target.path, bytes);
  } catch (e) {
    throw new UsageError(CLI_TEXT[lang].cannotWrite(target.path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

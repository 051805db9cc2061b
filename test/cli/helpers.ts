import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";

/** Runs the command in-process, as bin/tonghop.js does, capturing what it prints. */
export async function tonghop(...args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += `${s}\n`), err: (s) => (err += s), stdoutIsTty: false, stderrIsTty: false });
  return { code, out, err };
}

export const tmp = () => mkdtempSync(join(tmpdir(), "tonghop-cli-"));

export const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

/** SHA-256 of every regular file under `dir` (recursively), by path. */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) Object.assign(out, hashes(p));
    else if (st?.isFile()) out[p] = sha(p);
  }
  return out;
}

export const EXAMPLES = "examples/units";
export const ROSTER = "examples/danh-sach-don-vi.csv";
export const CLEAN = join(EXAMPLES, "01-cap-nuoc.xlsx");
export const AGRIBANK = join(EXAMPLES, "05-agribank.xls");
export const FILES_FIXTURES = "test/fixtures/files";

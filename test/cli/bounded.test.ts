/**
 * The CLI reads each file in a worker with a time and a memory bound (src/cli/boundedRead.ts):
 * through the pool a file gives exactly the check it gives in-process; a file that hangs the reader
 * or makes it run out of memory ends as FILE_UNREADABLE saying so, a fresh worker takes the next
 * file, the batch is consolidated without it, and the process still exits by itself.
 * The bounds are tested on a worker that certainly misbehaves (hostileReadWorker.ts), with small
 * bounds, and once on a real hostile .xlsb.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultReadWorkers, READ_TIMEOUT_MS, readTimeoutMs, startReadPool, type ReadPoolOptions } from "../../src/cli/boundedRead";
import { run } from "../../src/cli/main";
import { nodeReadOptions } from "../../src/cli/zlib";
import type { FileCheck } from "../../src/engine/check";
import { checkFileBytesAsync } from "../../src/files/checkFile";
import { messages } from "../../src/files/messages";
import { BCXDD } from "../../src/templates/bcxdd";
import { mdbCount } from "../support/xlsb";
import { CLEAN, EXAMPLES, FILES_FIXTURES, ROSTER, tmp } from "./helpers";

const HOSTILE = new URL("./hostileReadWorker.ts", import.meta.url);
/**
 * Small, but with room for a real file read cold by a fresh worker on a loaded machine (about 0.15 s
 * alone, several times that while the whole suite runs): those files must not be stopped.
 */
const TIMEOUT_MS = 3000;
const hostile: ReadPoolOptions = { workerModule: HOSTILE, timeoutMs: TIMEOUT_MS, timeoutMsPerMb: 0, maxOldGenerationMb: 32 };

const tooSlow = messages.tooSlow(TIMEOUT_MS / 1000).reason;
const readerDied = messages.readerDied().reason;

/** Every workbook we have: the samples, the files layer's fixtures (all kinds, broken ones too), the layouts. */
function allFixtures(): string[] {
  const dirs = [EXAMPLES, FILES_FIXTURES, "test/fixtures/reports"];
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((n) => /\.(xlsx|xlsm|xlsb|xls|ods|csv)$/i.test(n))
      .sort()
      .map((n) => join(d, n)),
  );
}

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** The CLI in-process, as helpers.tonghop, with the reading pool's options. */
async function tonghopWith(read: ReadPoolOptions, ...args: string[]) {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => (out += `${s}\n`), err: (s) => (err += s), stdoutIsTty: false, stderrIsTty: false }, { read });
  return { code, out, err };
}

interface JsonUnit {
  file: string;
  status: string;
  usedInTotals: boolean;
}
interface JsonFinding {
  file: string;
  rule: string;
  message: string;
}

/** The samples that read as ok, each a different unit: copies of them never clash as duplicates. */
const GOOD = ["01-cap-nuoc.xlsx", "02-dien-luc.xlsx", "03-bhxh.xlsx", "04-xo-so.xlsx", "06-duoc-pham.xls", "08-quy-dau-tu.ods"];
/** Names the hostile worker misbehaves on (hostileReadWorker.ts); what they hold does not matter. */
const MISBEHAVES = /treo|tran-bo-nho|loi/;

/**
 * A folder of files named `names` (the CLI reads a folder in name order, so the names set the order):
 * each file read for real is a copy of the next good sample.
 */
function folderOf(names: string[]): string {
  const dir = tmp();
  let next = 0;
  for (const name of names) copyFileSync(MISBEHAVES.test(name) ? CLEAN : join(EXAMPLES, GOOD[next++]), join(dir, name));
  return dir;
}

describe("FileCheck through the worker", () => {
  const files = allFixtures();

  it("has many kinds of files to compare (Excel 95, .xlsb, .ods, CSV in UTF-16, encrypted, broken)", () => {
    expect(files.length).toBeGreaterThan(40);
    for (const name of ["don-vi-95.xls", "bao-cao.xlsb", "don-vi.ods", "csv-utf16le.csv", "mat-khau.xlsx", "cut.xlsx"]) {
      expect(files.map((f) => f.split("/").pop())).toContain(name);
    }
  });

  it("survives structured clone unchanged (plain data only: findings, report, Localized texts)", async () => {
    for (const path of files) {
      const check = await checkFileBytesAsync(bytesOf(path), path, BCXDD, statSync(path).mtimeMs, undefined, nodeReadOptions);
      const copy = structuredClone(check);
      expect(copy, path).toStrictEqual(check);
      expect(JSON.stringify(copy), path).toBe(JSON.stringify(check));
    }
  });

  it("is exactly the in-process check for every fixture, in the input order, with two workers", async () => {
    const pool = startReadPool({ workers: 2 });
    try {
      // All at once: answers come back in whatever order the workers finish, each to its own file.
      const viaPool = await Promise.all(files.map((path) => pool.check(bytesOf(path), path, statSync(path).mtimeMs)));
      const inProcess: FileCheck[] = [];
      for (const path of files) inProcess.push(await checkFileBytesAsync(bytesOf(path), path, BCXDD, statSync(path).mtimeMs, undefined, nodeReadOptions));
      expect(viaPool.map((c) => c.file)).toEqual(files);
      for (const [i, check] of viaPool.entries()) {
        expect(check, files[i]).toStrictEqual(inProcess[i]);
        expect(JSON.stringify(check), files[i]).toBe(JSON.stringify(inProcess[i]));
      }
      // The Excel 95 file is read (code pages loaded in the worker), not refused.
      expect(viaPool[files.findIndex((f) => f.endsWith("don-vi-95.xls"))].unreadable).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it("gives the roster's units as reading it in-process does", async () => {
    const pool = startReadPool({ workers: 1 });
    try {
      const roster = await pool.roster(bytesOf(ROSTER), ROSTER);
      expect(roster.ok).toBe(true);
      if (roster.ok) expect(roster.units.length).toBeGreaterThan(5);
      const notRoster = await pool.roster(bytesOf(CLEAN), CLEAN);
      expect(notRoster.ok).toBe(false);
    } finally {
      await pool.close();
    }
  });
});

describe("a file that hangs the reader", () => {
  it("ends as FILE_UNREADABLE (too slow) within the bound; a fresh worker reads the next files; the others are consolidated", async () => {
    // Each hang with a good file behind it: that one was already queued in the stopped worker.
    const names = ["01-a.xlsx", "02-treo.xlsx", "03-b.xlsx", "04-treo.xlsx", "05-c.xlsx"];
    const dir = folderOf(names);
    const out = join(tmp(), "tong-hop.xlsx");
    const start = performance.now();
    const r = await tonghopWith({ ...hostile, workers: 1 }, "consolidate", "--json", "--out", out, dir);
    const ms = performance.now() - start;
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    const status = new Map<string, string>(doc.units.filter((u: JsonUnit) => u.file).map((u: JsonUnit) => [u.file.split("/").pop(), u.status]));
    expect(status.get("02-treo.xlsx")).toBe("unreadable");
    expect(status.get("04-treo.xlsx")).toBe("unreadable");
    for (const good of ["01-a.xlsx", "03-b.xlsx", "05-c.xlsx"]) expect(status.get(good), good).toBe("ok");
    expect(doc.units.filter((u: JsonUnit) => u.usedInTotals)).toHaveLength(3);
    for (const hung of ["02-treo.xlsx", "04-treo.xlsx"]) {
      const f: JsonFinding[] = doc.findings.filter((x: JsonFinding) => x.file.endsWith(hung));
      expect(f).toHaveLength(1);
      expect(f[0].rule).toBe("FILE_UNREADABLE");
      expect(f[0].message).toBe(`Không đọc được tệp: ${tooSlow.vi}`);
    }
    // Two hangs stopped at the bound, and two worker restarts: not an endless wait.
    expect(ms).toBeGreaterThanOrEqual(2 * TIMEOUT_MS);
    expect(ms).toBeLessThan(20_000);
    expect(statSync(out).size).toBeGreaterThan(0);
  });

  it("says so in English with --lang en, in validate too", async () => {
    const dir = folderOf(["01-treo.xlsx", "02-a.xlsx"]);
    const r = await tonghopWith({ ...hostile, workers: 2 }, "validate", "--json", "--lang", "en", dir);
    const files = JSON.parse(r.out).files as { file: string; status: string; findings: { message: string }[] }[];
    expect(files.map((f) => [f.file.split("/").pop(), f.status])).toEqual([
      ["01-treo.xlsx", "unreadable"],
      ["02-a.xlsx", "ok"],
    ]);
    expect(files[0].findings[0].message).toBe(`The file cannot be read: ${tooSlow.en}`);
  });

  it("stops a roster that hangs the reader: a usage error naming the roster, exit 2", async () => {
    const dir = folderOf(["01-a.xlsx"]);
    const roster = join(tmp(), "treo-danh-sach.csv");
    copyFileSync(ROSTER, roster);
    const r = await tonghopWith(hostile, "consolidate", "--roster", roster, "--out", join(tmp(), "out.xlsx"), dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Danh sách đơn vị: ${tooSlow.vi}\n`);
  });
});

describe("the time bound", () => {
  it("is 20 s for any file, plus 3 s a MB: a big file within the limits is slow without being hostile", () => {
    expect(READ_TIMEOUT_MS).toBe(20_000);
    expect(readTimeoutMs(9_000)).toBe(20_026);
    expect(readTimeoutMs(25 * 2 ** 20)).toBe(95_000);
    expect(readTimeoutMs(2 ** 20, { timeoutMs: 500, timeoutMsPerMb: 1000 })).toBe(1500);
  });

  it("grows with the file: a 1 MB file that hangs is stopped at its own bound, and the message says so", async () => {
    const dir = folderOf(["01-a.xlsx"]);
    writeFileSync(join(dir, "02-treo-lon.xlsx"), new Uint8Array(2 ** 20)); // 1 MB: the hostile worker hangs on its name
    // 1.5 s for the small good file: room for a cold worker on a loaded machine (0.5 s was not, at
    // a load average of 15 on 2 cores); 2.5 s for the 1 MB one.
    const options = { ...hostile, timeoutMs: 1500, timeoutMsPerMb: 1000 };
    const bound = readTimeoutMs(2 ** 20, options);
    const start = performance.now();
    const r = await tonghopWith(options, "validate", "--json", dir);
    expect(performance.now() - start).toBeGreaterThanOrEqual(bound);
    const files = JSON.parse(r.out).files as { status: string; findings: { message: string }[] }[];
    expect(files.map((f) => f.status)).toEqual(["ok", "unreadable"]);
    expect(files[1].findings[0].message).toBe(`Không đọc được tệp: ${messages.tooSlow(bound / 1000).reason.vi}`);
    expect(messages.tooSlow(bound / 1000).reason.vi).toContain("quá 3 giây"); // 2.5 s, said in whole seconds
  });
});

describe("a file that makes the reader run out of memory", () => {
  it("ends as FILE_UNREADABLE (too much memory), and the batch goes on with a fresh worker", async () => {
    const dir = folderOf(["01-a.xlsx", "02-tran-bo-nho.xlsx", "03-b.xlsx"]);
    const r = await tonghopWith({ ...hostile, workers: 1 }, "validate", "--json", dir);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.out).files as { file: string; status: string; findings: { rule: string; message: string }[] }[];
    expect(files.map((f) => [f.file.split("/").pop(), f.status])).toEqual([
      ["01-a.xlsx", "ok"],
      ["02-tran-bo-nho.xlsx", "unreadable"],
      ["03-b.xlsx", "ok"],
    ]);
    expect(files[1].findings).toEqual([expect.objectContaining({ rule: "FILE_UNREADABLE", message: `Không đọc được tệp: ${readerDied.vi}` })]);
  });
});

describe("the pool", () => {
  it("has one worker for a few files, and one per core (at most four) for a batch", () => {
    expect(defaultReadWorkers(1)).toBe(1);
    expect(defaultReadWorkers(19)).toBe(1);
    expect(defaultReadWorkers(20)).toBe(Math.min(4, availableParallelism()));
    expect(defaultReadWorkers(1000)).toBe(Math.min(4, availableParallelism()));
  });

  it("keeps the input order when a later file finishes first (two workers)", async () => {
    // The first file takes 1.5 s in one worker; the other worker reads the last ones meanwhile.
    const names = ["01-cham.xlsx", "02-a.xlsx", "03-b.xlsx", "04-c.xlsx", "05-d.xlsx"];
    const dir = folderOf(names);
    // The default time bound: the slow files are slow, not stuck.
    const viaPool = await tonghopWith({ workerModule: HOSTILE, workers: 2 }, "validate", "--json", dir);
    const inOrder = JSON.parse(viaPool.out).files.map((f: { file: string }) => f.file.split("/").pop());
    expect(inOrder).toEqual(names);
    // And the whole output is the one the real worker gives: the delays changed nothing.
    const real = await tonghopWith({ workers: 2 }, "validate", "--json", dir);
    expect(viaPool.out).toBe(real.out);
  });

  it("passes a bug of ours on, as reading in-process did, instead of blaming the file", async () => {
    const dir = folderOf(["01-a.xlsx", "loi.xlsx"]);
    await expect(tonghopWith(hostile, "validate", dir)).rejects.toThrow("a bug in the reader");
  });

  it("fails plainly when its worker cannot start", async () => {
    const pool = startReadPool({ workers: 1, workerModule: new URL("./no-such-worker.ts", import.meta.url) });
    try {
      await expect(pool.check(bytesOf(CLEAN), CLEAN, null)).rejects.toThrow(/the file reader failed: /);
    } finally {
      await pool.close();
    }
  });

  it("reads the real .xlsb with a BrtMdb count of 2^31 − 1 as FILE_UNREADABLE, however it is stopped, and reads the next file", async () => {
    const dir = folderOf(["01-a.xlsx"]);
    writeFileSync(join(dir, "00-mdb.xlsb"), mdbCount(0x7fff_ffff));
    const start = performance.now();
    const r = await tonghopWith({ workers: 1, timeoutMs: 3000, maxOldGenerationMb: 128 }, "validate", "--json", dir);
    expect(performance.now() - start).toBeLessThan(20_000);
    const files = JSON.parse(r.out).files as { file: string; status: string }[];
    expect(files.map((f) => [f.file.split("/").pop(), f.status])).toEqual([
      ["00-mdb.xlsb", "unreadable"],
      ["01-a.xlsx", "ok"],
    ]);
  });

  it("lets the command exit by itself (no worker left running), also after a hang", () => {
    const dir = folderOf(["01-a.xlsx", "02-treo.xlsx", "03-b.xlsx"]);
    // The real command, as users run it.
    const real = spawnSync(process.execPath, ["bin/tonghop.js", "validate", "--json", join(dir, "01-a.xlsx"), join(dir, "03-b.xlsx")], { encoding: "utf8", timeout: 30_000 });
    expect(real.signal).toBeNull();
    expect(real.status).toBe(0);
    expect(JSON.parse(real.stdout).files).toHaveLength(2);
    // The same entry with the hanging worker and small bounds: a worker left behind would keep it alive.
    const script = `
      import { register } from "tsx/esm/api";
      register();
      const { run } = await import(${JSON.stringify(new URL("../../src/cli/main.ts", import.meta.url).href)});
      const code = await run(["validate", "--json", ${JSON.stringify(dir)}], { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), stdoutIsTty: false, stderrIsTty: false },
        { read: { workerModule: new URL(${JSON.stringify(HOSTILE.href)}), timeoutMs: ${TIMEOUT_MS}, timeoutMsPerMb: 0, workers: 1 } });
      process.exitCode = code;
    `;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(child.signal, child.stderr).toBeNull();
    expect(child.status, child.stderr).toBe(1);
    const statuses = JSON.parse(child.stdout).files.map((f: { status: string }) => f.status);
    expect(statuses).toEqual(["ok", "unreadable", "ok"]);
  });
});

/**
 * The built command (scripts/build-cli.mjs, run by npm's `prepare`): plain JavaScript that gives
 * exactly what the sources give, reads through its own built worker (no tsx anywhere, so the
 * bounds still hold on a file that hangs the reader), and lists the sources it was made from, which
 * bin/tonghop.js compares with the build's age before using it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/main";
import { VALUE_OPTIONS } from "../../src/cli/prestart";
import { EXAMPLES, FILES_FIXTURES, ROSTER, tmp, tonghop } from "./helpers";

// Inside the repository, so the one module left out of the bundle (SheetJS's code pages, for Excel
// 95 files) resolves from node_modules as it does for build/cli.
const OUT = join("test", ".out", "build-cli");

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync(process.execPath, ["scripts/build-cli.mjs", OUT]);
}, 60_000);

/** The built command as a user runs it, with tsx out of reach: a built file that needs it fails. */
function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(OUT, "tonghop.mjs"), ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the built command", () => {
  it("is plain JavaScript files (the command, its worker, the start of its workers) and the list of their sources", () => {
    for (const f of ["tonghop.mjs", "read-worker.mjs", "prestart.mjs", "inputs.json"]) expect(existsSync(join(OUT, f)), f).toBe(true);
    const { sources } = JSON.parse(readFileSync(join(OUT, "inputs.json"), "utf8")) as { sources: string[] };
    for (const s of ["src/cli/main.ts", "src/cli/readWorker.ts", "src/engine/check.ts", "src/files/sheetjs.ts", "src/xlsx/index.ts"]) expect(sources).toContain(s);
    expect(sources.some((s) => s.includes("node_modules"))).toBe(false);
    for (const f of ["tonghop.mjs", "read-worker.mjs", "prestart.mjs"]) expect(readFileSync(join(OUT, f), "utf8")).not.toMatch(/from "tsx|\.ts"\)/);
  });

  describe("with its reading workers started ahead, as bin/tonghop.js runs it", () => {
    /** bin/tonghop.js's two steps, on the test's build: workers first (prestart.mjs), then the command. */
    const RUN_AHEAD = `const [dir, ...argv] = process.argv.slice(1);
const { prestartReadWorkers } = await import(dir + "/prestart.mjs");
prestartReadWorkers(new URL(dir + "/read-worker.mjs"), argv);
process.argv = [process.argv[0], "tonghop", ...argv];
await import(dir + "/tonghop.mjs");`;
    const ahead = (...args: string[]) => {
      const dir = new URL(`file://${join(process.cwd(), OUT)}`).href;
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", RUN_AHEAD, dir, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    /** 24 copies of the samples: enough for two workers (prestart.ts, defaultReadWorkers). */
    const many = () => {
      const dir = tmp();
      for (let i = 0; i < 3; i++) for (const f of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, f), join(dir, `${i}-${f}`));
      expect(readdirSync(dir).length).toBeGreaterThanOrEqual(20);
      return dir;
    };

    it("consolidates many files to the same JSON and workbook as without them, and exits by itself", () => {
      const units = many();
      const out = join(tmp(), "out");
      mkdirSync(out);
      const [a, b] = [join(out, "a.xlsx"), join(out, "b.xlsx")];
      const viaAhead = ahead("consolidate", "--json", "--out", a, units);
      const viaBuild = built("consolidate", "--json", "--out", b, units);
      expect(viaAhead.err).toBe("");
      expect(viaAhead.code).toBe(viaBuild.code);
      expect(viaAhead.out.replaceAll(a, "OUT")).toBe(viaBuild.out.replaceAll(b, "OUT"));
      expect(readFileSync(a)).toEqual(readFileSync(b));
    });

    it("hands the forms of --form to workers started before the option was read", () => {
      const units = "examples/bieu-thong-ke/units";
      const viaAhead = ahead("validate", "--json", "--form", "BTCTW-1", units);
      const viaBuild = built("validate", "--json", "--form", "BTCTW-1", units);
      expect(viaAhead.code).toBe(viaBuild.code);
      expect(viaAhead.out).toBe(viaBuild.out);
      expect(JSON.parse(viaAhead.out).files.some((f: { forms?: unknown[] }) => f.forms?.length)).toBe(true);
    });

    it("knows every option of consolidate and validate that takes a value (prestart.ts counts the inputs without them)", () => {
      const program = buildProgram({ out() {}, err() {}, stdoutIsTty: false, stderrIsTty: false }, () => {});
      const withValues = program.commands
        .filter((c) => c.name() === "consolidate" || c.name() === "validate")
        .flatMap((c) => c.options.filter((o) => o.required || o.optional).map((o) => o.long!));
      expect(new Set(withValues)).toEqual(VALUE_OPTIONS);
    });

    it("exits at once when the command reads nothing (--help, a usage error, an output it may not write)", () => {
      expect(ahead("consolidate", "--help").code).toBe(0);
      expect(ahead("consolidate", "--out", "x.xlsx").code).toBe(2);
      // Workers were started for the folder's files; the command refuses to write over an input.
      const units = many();
      const refused = ahead("consolidate", "--out", join(units, readdirSync(units)[0]), units);
      expect(refused.code).toBe(2);
    });
  });

  it("consolidates the samples with their roster to the same JSON as the sources, byte for byte", async () => {
    const a = join(tmp(), "tong-hop.xlsx");
    const b = join(tmp(), "tong-hop.xlsx");
    const viaBuild = built("consolidate", "--json", "--roster", ROSTER, "--out", a, EXAMPLES);
    const viaSources = await tonghop("consolidate", "--json", "--roster", ROSTER, "--out", b, EXAMPLES);
    expect(viaBuild.err).toBe("");
    expect(viaBuild.code).toBe(viaSources.code);
    expect(viaBuild.out.replaceAll(a, "OUT")).toBe(viaSources.out.replaceAll(b, "OUT"));
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it("validates every kind of file the samples hold (.xlsx, .xls, .ods) as the sources do, reads Excel 95, and answers --help and usage errors", async () => {
    const viaBuild = built("validate", "--json", EXAMPLES);
    const viaSources = await tonghop("validate", "--json", EXAMPLES);
    expect(viaBuild.out).toBe(viaSources.out);
    // Excel 95: the code pages, the one module left out of the bundle, load from node_modules.
    const old = built("validate", "--json", join(FILES_FIXTURES, "don-vi-95.xls"));
    expect(JSON.parse(old.out).files[0].status).not.toBe("unreadable");
    const help = built("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("Cách dùng / Usage: tonghop");
    expect(built("consolidate").code).toBe(2);
  });
});

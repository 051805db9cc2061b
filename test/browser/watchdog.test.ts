/**
 * The files worker's watchdog (src/taskpane/workerClient.ts) in Chromium, with a real Worker: a copy of
 * the production build whose files worker spins for ever once it starts reading one file, as SheetJS does
 * on a file crafted against it (none is known to get past our checks any more, hence the altered copy).
 * The page's clock is Playwright's, so the 20 s bound is fast-forwarded rather than waited for.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "../../src/files/messages";
import { READ_TIMEOUT_MS } from "../../src/taskpane/workerClient";
import { gridsOf } from "../support/files";
import { hasChromium } from "./support/browser";
import { servedFor } from "./support/pane";

const CULPRIT = "treo.xlsx";
const GOOD = ["examples/units/02-dien-luc.xlsx", "examples/units/09-bql-kcn.ods"];
const COPY = "test/.out/dist-hang";

/**
 * Put before the worker's own code: the first message listener, it learns each file's name; once the
 * worker says it is reading the culprit, it never returns, like SheetJS spinning.
 */
const SPIN = `(() => {
  const names = new Map();
  self.addEventListener("message", (e) => { if (e.data && e.data.type === "check") for (const f of e.data.files) names.set(f.id, f.name); });
  const post = self.postMessage.bind(self);
  self.postMessage = (m, t) => { post(m, t); if (m && m.type === "reading" && names.get(m.file) === ${JSON.stringify(CULPRIT)}) for (;;) {} };
})();
`;

/** dist/ copied, with SPIN prepended to the files worker's entry chunk (the one that answers `reading`). */
function spinningBuild(): string {
  rmSync(COPY, { recursive: true, force: true });
  cpSync("dist", COPY, { recursive: true });
  const entry = readdirSync(COPY).filter((f) => f.endsWith(".js") && readFileSync(join(COPY, f), "utf8").includes('type:"reading"'));
  if (entry.length !== 1) throw new Error(`expected one files-worker chunk, found ${entry.join(", ") || "none"}`);
  const path = join(COPY, entry[0]);
  writeFileSync(path, SPIN + readFileSync(path, "utf8"));
  return COPY;
}

describe.skipIf(!hasChromium)("the task pane's watchdog, in Chromium with a real Worker", () => {
  const s = servedFor(
    () => ({ kind: "browser" }),
    async (served) => {
      await served.page.goto(`${served.origin}/taskpane.html`);
      await served.page.getByTestId("banner-browser").waitFor({ timeout: 20_000 });
      await served.page.clock.install();
    },
    spinningBuild,
  );

  it("stops a worker stuck in one file, lists that file as unreadable, and reads the others in a fresh worker", async () => {
    const { page } = s;
    const row = (name: string) => page.locator('[data-testid="file-row"]', { hasText: name });
    const file = (name: string, path: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(path) });
    await page.getByTestId("files").setInputFiles([
      file("02-dien-luc.xlsx", GOOD[0]),
      file(CULPRIT, "examples/units/03-bhxh.xlsx"),
      file("09-bql-kcn.ods", GOOD[1]),
    ]);
    // The first file is read, then the worker spins in the culprit: the last file waits behind it.
    await expect.poll(() => row("02-dien-luc.xlsx").getAttribute("data-status"), { timeout: 30_000 }).toBe("hợp lệ");
    expect(await row(CULPRIT).getAttribute("data-status")).toBe("đang đọc");
    expect(await row("09-bql-kcn.ods").getAttribute("data-status")).toBe("đang đọc");

    await page.clock.fastForward(READ_TIMEOUT_MS + 1000);
    await expect.poll(() => row(CULPRIT).getAttribute("data-status"), { timeout: 30_000 }).toBe("không đọc được");
    expect(await row(CULPRIT).getByTestId("file-note").textContent()).toContain(messages.tooSlow(READ_TIMEOUT_MS / 1000).reason.vi);
    await expect.poll(() => row("09-bql-kcn.ods").getAttribute("data-status"), { timeout: 30_000 }).toBe("hợp lệ");
    expect(await row("02-dien-luc.xlsx").getAttribute("data-status")).toBe("hợp lệ");

    // The consolidation, made by the fresh worker, has both units and says why the culprit is missing.
    const download = page.waitForEvent("download");
    await page.getByTestId("consolidate").click();
    const grids = gridsOf(new Uint8Array(readFileSync((await (await download).path())!)));
    const checks = grids.find((g) => g.name === "Kiểm tra")!;
    const text = checks.cells.map((r) => r.map((c) => String(c?.v ?? "")).join(" | "));
    expect(text.some((line) => line.includes(CULPRIT) && line.includes("FILE_UNREADABLE"))).toBe(true);
    const units = grids.find((g) => g.name === "Đơn vị")!;
    expect(units.cells.flat().filter((c) => String(c?.v ?? "").match(/\.(xlsx|ods)$/)).map((c) => c?.v)).toEqual(expect.arrayContaining(["02-dien-luc.xlsx", "09-bql-kcn.ods"]));
    expect(s.errors).toEqual([]);
  }, 120_000);
});

import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { STRINGS } from "../../src/taskpane/i18n";
import { detectHost, loadingPage, OFFICE_JS, officeLoaded, READY_TIMEOUT_IN_OFFICE_MS, READY_TIMEOUT_MS, readyTimeout } from "../../src/taskpane/host";

const excel = { run: () => undefined };

describe("where the pane runs", () => {
  it("no Office global (office.js blocked or offline): the browser, in Vietnamese, at once", async () => {
    await expect(detectHost({}, 50)).resolves.toEqual({ mode: "browser", lang: "vi" });
  });

  it("Office without onReady: the browser", async () => {
    await expect(detectHost({ Office: {} }, 50)).resolves.toEqual({ mode: "browser", lang: "vi" });
  });

  it("onReady says no host (a page opened in a browser): the browser", async () => {
    const Office = { onReady: () => Promise.resolve({ host: null }) };
    await expect(detectHost({ Office }, 1000)).resolves.toEqual({ mode: "browser", lang: "vi" });
  });

  it("onReady never answers: the browser, after the timeout", async () => {
    vi.useFakeTimers();
    try {
      const Office = { onReady: () => new Promise(() => undefined) };
      let result: unknown = null;
      void detectHost({ Office }, 3000).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(2999);
      expect(result).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toEqual({ mode: "browser", lang: "vi" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("onReady throws: the browser", async () => {
    const Office = {
      onReady: () => {
        throw new Error("office.js half loaded");
      },
    };
    await expect(detectHost({ Office }, 1000)).resolves.toEqual({ mode: "browser", lang: "vi" });
  });

  it("Excel, in the display language of Office", async () => {
    const office = (lang: string) => ({ onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: lang } });
    await expect(detectHost({ Office: office("vi-VN"), Excel: excel }, 1000)).resolves.toEqual({ mode: "excel", lang: "vi" });
    await expect(detectHost({ Office: office("en-US"), Excel: excel }, 1000)).resolves.toEqual({ mode: "excel", lang: "en" });
  });

  it("Excel through the callback form of onReady (older office.js returns nothing)", async () => {
    const Office = { onReady: (cb: (i: { host: string }) => void) => void setTimeout(() => cb({ host: "Excel" }), 5), context: { displayLanguage: "de-DE" } };
    await expect(detectHost({ Office, Excel: excel }, 1000)).resolves.toEqual({ mode: "excel", lang: "en" });
  });

  it("a host other than Excel, or Excel's API missing: the browser", async () => {
    const word = { onReady: () => Promise.resolve({ host: "Word" }), context: { displayLanguage: "vi-VN" } };
    await expect(detectHost({ Office: word, Excel: excel }, 1000)).resolves.toMatchObject({ mode: "browser" });
    const noApi = { onReady: () => Promise.resolve({ host: "Excel" }) };
    await expect(detectHost({ Office: noApi }, 1000)).resolves.toMatchObject({ mode: "browser" });
  });
});

describe("how long to wait for office.js", () => {
  it("waits long when Office opened the page (its _host_Info in the address), briefly in a plain browser", () => {
    expect(readyTimeout("https://localhost:3000/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0")).toBe(READY_TIMEOUT_IN_OFFICE_MS);
    expect(readyTimeout("https://host/taskpane.html#_host_Info=Excel$Web$16.01$en-US")).toBe(READY_TIMEOUT_IN_OFFICE_MS);
    expect(readyTimeout("https://localhost:3000/taskpane.html")).toBe(READY_TIMEOUT_MS);
    expect(readyTimeout("https://host/taskpane.html?q=x_host_Info=1")).toBe(READY_TIMEOUT_MS);
    expect(READY_TIMEOUT_IN_OFFICE_MS).toBeGreaterThan(READY_TIMEOUT_MS);
  });
});

/** A page whose office.js tag and window are plain event targets, as `loadingPage` finds them. */
function fakePage(readyState: DocumentReadyState = "interactive", withScript = true) {
  const officeScript = withScript ? new EventTarget() : null;
  const window = new EventTarget();
  return { page: { readyState, officeScript, window }, officeScript, window };
}

/** Whether the promise has settled after the pending microtasks have run. */
async function settledNow(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe("waiting for an office.js loaded async", () => {
  it("is over at once when Office is already there, when the page has loaded, or when there is no office.js tag", async () => {
    expect(await settledNow(officeLoaded({ Office: {} }, fakePage().page))).toBe(true);
    // The window's load event waits for async scripts: a complete page has run (or lost) office.js.
    expect(await settledNow(officeLoaded({}, fakePage("complete").page))).toBe(true);
    expect(await settledNow(officeLoaded({}, fakePage("interactive", false).page))).toBe(true);
  });

  it("waits for the script's load, its error, or the window's load, and for nothing else", async () => {
    for (const [event, on] of [
      ["load", "script"],
      ["error", "script"],
      ["load", "window"],
    ] as const) {
      const f = fakePage();
      const loaded = officeLoaded({}, f.page);
      expect(await settledNow(loaded)).toBe(false);
      f.officeScript!.dispatchEvent(new Event("progress"));
      expect(await settledNow(loaded)).toBe(false);
      (on === "script" ? f.officeScript! : f.window).dispatchEvent(new Event(event));
      expect(await settledNow(loaded), `${on} ${event}`).toBe(true);
    }
  });

  it("a held office.js: detectHost shows nothing but waiting until its timeout, then the browser", async () => {
    vi.useFakeTimers();
    try {
      const f = fakePage();
      let result: unknown = null;
      void detectHost({}, 3000, officeLoaded({}, f.page)).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(2999);
      expect(result).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toEqual({ mode: "browser", lang: "vi" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("office.js arriving late, inside Excel: onReady is asked once it has loaded, within the same timeout", async () => {
    vi.useFakeTimers();
    try {
      const f = fakePage();
      const scope: { Office?: unknown; Excel?: unknown } = {};
      let result: unknown = null;
      void detectHost(scope, 3000, officeLoaded(scope, f.page)).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(1500);
      // The script runs: it defines Office and Excel, then fires its load event.
      Object.assign(scope, { Office: { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "en-GB" } }, Excel: excel });
      f.officeScript!.dispatchEvent(new Event("load"));
      await vi.advanceTimersByTimeAsync(0);
      expect(result).toEqual({ mode: "excel", lang: "en" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("office.js failing to load (blocked, offline): the browser as soon as the error comes, not after the timeout", async () => {
    const f = fakePage();
    const host = detectHost({}, 60_000, officeLoaded({}, f.page));
    expect(await settledNow(host)).toBe(false);
    f.officeScript!.dispatchEvent(new Event("error"));
    await expect(host).resolves.toEqual({ mode: "browser", lang: "vi" });
  });

  it("the slow part counts against the timeout: a script that loads late leaves onReady only the time left", async () => {
    vi.useFakeTimers();
    try {
      const f = fakePage();
      const scope: { Office?: unknown; Excel?: unknown } = {};
      let result: unknown = null;
      void detectHost(scope, 3000, officeLoaded(scope, f.page)).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(2500);
      Object.assign(scope, { Office: { onReady: () => new Promise(() => undefined) }, Excel: excel });
      f.officeScript!.dispatchEvent(new Event("load"));
      await vi.advanceTimersByTimeAsync(499);
      expect(result).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toEqual({ mode: "browser", lang: "vi" });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("finding office.js in the page", () => {
  it("is the script whose src is the CDN's office.js, as taskpane.html names it", () => {
    const html = readFileSync("src/taskpane/taskpane.html", "utf8");
    const tag = /<script\b[^>]*office\.js[^>]*>/.exec(html)?.[0] ?? "";
    expect(tag).toContain(`src="${OFFICE_JS}"`);
    // Not parser-blocking: the page (and its "Đang kết nối với Excel…") shows while office.js loads.
    expect(tag).toMatch(/\basync\b/);
    const doc = { scripts: [{ src: "https://x/other.js" }, { src: OFFICE_JS }], readyState: "loading", defaultView: null } as unknown as Document;
    expect(loadingPage(doc).officeScript).toBe((doc.scripts as unknown as object[])[1]);
    expect(loadingPage(doc).readyState).toBe("loading");
  });
});

describe("the page before its script runs", () => {
  it("already says it is connecting to Excel, in the pane's own words in both languages", () => {
    const html = readFileSync("src/taskpane/taskpane.html", "utf8");
    const root = /<div id="root">([\s\S]*?)<\/div><\/div>/.exec(html)?.[1] ?? "";
    expect(root).toContain('data-testid="connecting"');
    expect(root).toContain(`<p lang="vi"`);
    expect(root).toContain(`>${STRINGS.vi.connecting}</p>`);
    expect(root).toContain(`>${STRINGS.en.connecting}</p>`);
    expect(root).toContain(`>${STRINGS.vi.appTitle}</h1>`);
  });
});

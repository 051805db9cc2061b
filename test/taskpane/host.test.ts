import { describe, expect, it, vi } from "vitest";
import { detectHost, READY_TIMEOUT_IN_OFFICE_MS, READY_TIMEOUT_MS, readyTimeout } from "../../src/taskpane/host";

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

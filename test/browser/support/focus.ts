import type { Page } from "playwright-core";

type FocusWindow = { __focusLost?: string[] };

/**
 * From now on, records every time the keyboard's focus ends on the page's body (or nowhere): after a
 * focused element loses it, the page gets a moment to put it somewhere, then is checked.
 */
export async function watchFocusLoss(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as FocusWindow;
    w.__focusLost = [];
    const name = (el: EventTarget | null) =>
      el instanceof HTMLElement ? `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.textContent?.trim().slice(0, 30) ?? ""}]` : String(el);
    document.addEventListener(
      "focusout",
      (e) => {
        const from = name(e.target);
        setTimeout(() => {
          const now = document.activeElement;
          if (!now || now === document.body) w.__focusLost!.push(from);
        }, 100);
      },
      true,
    );
  });
}

export function focusLosses(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as FocusWindow).__focusLost ?? []);
}

/** What has the focus: its test id, else its tag and text; `body` when nothing does. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    const h = el as HTMLElement;
    return h.dataset.testid ?? `${h.tagName.toLowerCase()}:${h.textContent?.trim().slice(0, 40)}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times: fails, naming the
 * way it went, if it never does or if the focus ever lands on the body on the way.
 */
export async function tabUntil(page: Page, matches: (el: { testid: string | null; sheet: string | null; text: string }) => boolean, back = false, max = 60): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body) return null;
      return { testid: a.dataset.testid ?? null, sheet: a.dataset.sheet ?? null, text: a.textContent?.trim() ?? "" };
    });
    if (!el) throw new Error(`the focus fell to the body after: ${path.join(" → ")}`);
    path.push(el.testid ?? el.text.slice(0, 30));
    if (matches(el)) return;
  }
  throw new Error(`never reached the element: ${path.join(" → ")}`);
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.1 levels A and AA: what Microsoft's add-in validation and the issue ask of the pane. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The one rule switched off: axe reports Fluent's focus-trap sentinels (tabster's `aria-hidden` dummy
 * inputs, which move focus on and never keep it) as focusable content inside `aria-hidden`. A known
 * false positive of axe; every other rule runs.
 */
export const SUPPRESSED = ["aria-hidden-focus"];

/** One axe result, reduced to what a failing assertion should show: the rule and where. */
export interface AxeItem {
  rule: string;
  target: string;
  summary: string;
}

export interface AxeOutcome {
  violations: AxeItem[];
  /** axe's "needs review": rules it could not decide alone. */
  incomplete: AxeItem[];
}

/**
 * Waits for the page's finite animations and transitions to end: a button that has just become enabled
 * fades to its colour, and axe measuring it halfway reports a contrast the user never has to read.
 * Endless ones (spinners, an indeterminate progress bar) are not waited for.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** axe-core's browser build, read once. */
let axeSource: string | null = null;

/**
 * Runs axe on the page as it is now. axe-core is put into the page once and run there directly: the
 * @axe-core/playwright builder injects its 550 kB again at every run, seven times slower here, and this
 * suite runs axe some fifty times.
 */
export async function scan(page: Page): Promise<AxeOutcome> {
  if (!(await page.evaluate(() => "axe" in globalThis))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(axeSource);
  }
  await settled(page);
  const options: RunOptions = {
    runOnly: { type: "tag", values: WCAG_21_AA },
    rules: Object.fromEntries(SUPPRESSED.map((rule) => [rule, { enabled: false }])),
    // Only violations and needs-review items are wanted: axe then keeps one example of each pass, not all.
    resultTypes: ["violations", "incomplete"],
  };
  const result = await page.evaluate((o) => (globalThis as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, o), options);
  const flat = (items: Result[]): AxeItem[] =>
    items.flatMap((r) =>
      r.nodes.map((n) => ({ rule: r.id, target: n.target.map(String).join(" "), summary: (n.failureSummary ?? r.help).replace(/\s+/g, " ").slice(0, 300) })),
    );
  return { violations: flat(result.violations), incomplete: flat(result.incomplete) };
}

/**
 * A needs-review item checked by hand: the rule, a pattern of its target (CSS selector as axe prints it),
 * and why it is not a problem.
 */
export interface Reviewed {
  rule: string;
  target: RegExp;
  reason: string;
}

export const WIDTHS = [320, 450] as const;
export const LANGS = ["vi", "en"] as const;

/**
 * Axe on the page as it is, in both languages and at both widths (the narrowest task pane and a usual
 * one): every violation, and every needs-review item not in `reviewed`, labelled with where it was seen.
 * Leaves the page in Vietnamese at 450 px.
 */
export async function scanViews(page: Page, state: string, reviewed: readonly Reviewed[]): Promise<string[]> {
  const found: string[] = [];
  for (const lang of LANGS) {
    await page.getByTestId(`lang-${lang}`).click();
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: "attached" });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const { violations, incomplete } = await scan(page);
      const unexplained = incomplete.filter((i) => !reviewed.some((r) => r.rule === i.rule && r.target.test(i.target)));
      for (const v of violations) found.push(`${state} [${lang} ${width}px] violation ${v.rule} at ${v.target}: ${v.summary}`);
      for (const v of unexplained) found.push(`${state} [${lang} ${width}px] needs review ${v.rule} at ${v.target}: ${v.summary}`);
    }
  }
  await page.getByTestId("lang-vi").click();
  await page.setViewportSize({ width: 450, height: 900 });
  return found;
}

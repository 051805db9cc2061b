import { AxeBuilder } from "@axe-core/playwright";
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

/** Runs axe on the page as it is now. */
export async function scan(page: Page): Promise<AxeOutcome> {
  // Only violations and needs-review items are wanted: axe then keeps one example of each pass, not all.
  // `options` first: it replaces the whole options object, rules switched off included.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations", "incomplete"] }).withTags(WCAG_21_AA).disableRules(SUPPRESSED).analyze();
  const flat = (items: typeof result.violations): AxeItem[] =>
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

/**
 * Issue 12: English counts agree with their noun ("1 warning", never "1 warnings"). Every English text
 * that takes numbers is called with each count at 1 and at 2.
 */
import { describe, expect, it } from "vitest";
import { en } from "../../src/taskpane/i18n/en";

type Fn = (...args: unknown[]) => string;

/** Every function among the English texts, by its path. */
function functions(obj: object, prefix = ""): [string, Fn][] {
  return Object.entries(obj).flatMap(([k, v]): [string, Fn][] => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "function") return [[path, v as Fn]];
    return v && typeof v === "object" ? functions(v, path) : [];
  });
}

/** `1 warnings`, `1 errors`, `1 findings`…: a count of one before a plural noun. */
const ONE_PLURAL = /(?<![\d.,/])\b1 (?:[a-z]+ )?(?!is\b|was\b|as\b|has\b|this\b|its\b)[a-z]*[^s]s\b/;

describe("English plurals", () => {
  it("say `1 warning`, `1 error`, `1 finding`, `1 file`, `1 unit`: no count of one before a plural", () => {
    const wrong: string[] = [];
    for (const [path, fn] of functions(en)) {
      const text = fn(...Array.from({ length: fn.length }, () => 1));
      if (ONE_PLURAL.test(text)) wrong.push(`${path}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("and the plural from two on", () => {
    expect(en.consolidatedUnits(2, 2, 2)).toMatch(/^2 units in the totals; 2 errors, 2 warnings/);
    expect(en.consolidatedUnits(1, 1, 1)).toMatch(/^1 unit in the totals; 1 error, 1 warning /);
    expect(en.reportOpened(1)).toContain("(1 finding)");
    expect(en.reportDownloaded("x.xlsx", 2)).toContain("(2 findings;");
    expect(en.filesRead(1, "valid: 1")).toBe("Read 1 file: valid: 1.");
    expect(en.severityCount.warning(1)).toBe("1 warning");
  });
});

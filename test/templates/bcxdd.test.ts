import jsep from "jsep";
import { describe, expect, it } from "vitest";
import { allIndicators, BCXDD } from "../../src/templates/bcxdd";
import { builtInForm, type FormTemplate } from "../../src/templates/form";

/**
 * src/templates/forms/BC-XDD.json describes the same form as today's src/templates/bcxdd.ts, which the engine
 * still uses: one change on either side without the other fails here.
 */
const form = builtInForm("BC-XDD") as FormTemplate;
const figureRows = form.rows.filter((r) => r.kind !== "heading");

describe("BC-XDD.json and bcxdd.ts", () => {
  it("share id, version and title", () => {
    expect([form.id, form.version, form.title]).toEqual([BCXDD.id, BCXDD.version, BCXDD.title]);
  });

  it("have the same indicators, in order, with code, numbering, name, aliases and unit", () => {
    const fromTs = allIndicators(BCXDD).map((i) => ({ code: i.code, numbering: i.stt, label: i.name, aliases: i.aliases, unit: i.unit }));
    const fromJson = figureRows.map((r) => ({ code: r.code, numbering: r.numbering, label: r.label, aliases: r.aliases ?? [], unit: r.unit }));
    expect(fromJson).toEqual(fromTs);
  });

  it("have the same kind, value type, plan flag and aggregation per indicator", () => {
    const fromTs = allIndicators(BCXDD).map((i) => [i.code, i.kind, i.value, i.plan, i.agg]);
    const fromJson = figureRows.map((r) => [r.code, r.timing, r.kind, r.plan, r.aggregate ?? { kind: "sum" }]);
    expect(fromJson).toEqual(fromTs);
  });

  it("put each indicator under its section's heading", () => {
    const fromTs = BCXDD.sections.map((s) => [s.stt, s.title, s.indicators.map((i) => i.code)]);
    const fromJson = form.rows.filter((r) => r.kind === "heading").map((h) => [h.code, h.label, form.rows.filter((r) => r.under === h.code).map((r) => r.code)]);
    expect(fromJson).toEqual(fromTs);
  });

  it("name each column role with the same header variants", () => {
    for (const [role, variants] of Object.entries(BCXDD.columns)) {
      const c = form.columns.find((x) => x.role === role);
      expect(c?.code, role).toBe(role);
      expect([c?.label, ...(c?.labelVariants ?? [])], role).toEqual(variants);
    }
    expect(form.columns.filter((c) => c.printed !== false)).toHaveLength(Object.keys(BCXDD.columns).length);
  });

  it("state the same cross-row rules: each indicator code X becomes row(\"X\"), read in the same column", () => {
    // Written through jsep on both sides, so spacing or parentheses cannot hide a difference.
    const generic = (expr: string) => JSON.stringify(jsep(expr.replace(/\b[A-Z][A-Z0-9_]*\b/g, (code) => `row("${code}")`)));
    const fromTs = BCXDD.rules.map((r) => [r.id, r.severity, generic(r.expr), [r.column], r.anchor]);
    const fromJson = (form.rules ?? []).map((r) => [r.id, r.severity, JSON.stringify(jsep(r.expr)), r.columns, r.anchor]);
    expect(fromJson).toEqual(fromTs);
  });

  it("keep the metadata labels, footer markers and cluster rows", () => {
    expect(form.meta).toEqual(BCXDD.meta);
    expect(form.footerMarkers).toEqual(BCXDD.footerMarkers);
    expect(form.clusterRows).toEqual(BCXDD.clusterRows.map((c) => ({ code: c.code, label: c.name, unit: c.unit })));
  });

  it("compute completion from the year-to-date figure, else the period's (FORM.md)", () => {
    expect(form.columns.find((c) => c.code === "pct")?.formula).toBe('col("figure") * 100 / col("plan")');
    expect(form.columns.find((c) => c.code === "figure")).toMatchObject({ printed: false, formula: 'coalesce(col("ytd"), col("actual"))' });
  });
});

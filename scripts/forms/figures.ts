import { childGroups, type FormTemplate } from "../../src/templates/form";
import { binomial, multinomial, type Rng } from "./random";

/** A form's figures: row code → column code → number; a missing key is a cell with no figure. */
export type Figures = Record<string, Record<string, number | undefined>>;

/** A unit's workbook: form id → its figures. */
export type FormSet = Record<string, Figures>;

/**
 * What a profile says about a form's rows: the chance that a member falls in a category of a partition, or has
 * the trait of a *Trong đó* row. Rows a profile does not name weigh 0 in a partition (nobody there) and have
 * the trait with probability 0.
 */
export type Weights = Record<string, number>;

export function figure(f: Figures, row: string, col: string): number | undefined {
  return f[row]?.[col];
}

export function setFigure(f: Figures, row: string, col: string, v: number | undefined): void {
  (f[row] ??= {})[col] = v;
}

/**
 * Fills the rows below the given totals, in one value column, the way people are counted: each partition
 * group assigns every member of the parent to one child (so it sums exactly), each *Trong đó* child is a
 * binomial draw from its parent, each disjoint-subset group assigns members to one level or none. Groups are
 * processed once their parent has a figure, so a partition of a partition (II.1.a → II.1.a.DN → QL/NV/CN)
 * follows. Rows that belong to no group, and groups whose children all have figures, keep what `f` holds.
 */
export function fillGroups(form: FormTemplate, f: Figures, col: string, weights: Weights, r: Rng): void {
  const groups = childGroups(form);
  const done = new Set<number>();
  for (let pass = 0; pass < 10 && done.size < groups.length; pass++) {
    groups.forEach((g, i) => {
      if (done.has(i)) return;
      const parent = figure(f, g.parent, col);
      if (parent === undefined) return;
      done.add(i);
      // Children given beforehand (a TCCS's own type under section III) are kept as they are.
      if (g.children.every((c) => figure(f, c.code, col) !== undefined)) return;
      const w = g.children.map((c) => weights[c.code] ?? 0);
      if (g.relation === "partition") {
        const counts = multinomial(r, parent, w.some((x) => x > 0) ? w : w.map(() => 1));
        g.children.forEach((c, k) => setFigure(f, c.code, col, counts[k]));
      } else if (g.relation === "subset") {
        g.children.forEach((c, k) => setFigure(f, c.code, col, binomial(r, parent, w[k])));
      } else {
        const none = Math.max(0, 1 - w.reduce((s, x) => s + x, 0));
        const counts = multinomial(r, parent, [...w, none]);
        g.children.forEach((c, k) => setFigure(f, c.code, col, counts[k]));
      }
    });
  }
}

/** The midpoints of the age bands, for an average age consistent with the bands. */
const BAND_MIDPOINTS: Record<string, number> = {
  T1830: 26.5, T3135: 33, T3640: 38, T4145: 43, T4650: 48, T5155: 53, T5660: 58, TREN60: 64,
};

/** `II.2.TBQ` from the age bands of the same column, to one decimal as units print it; none without members. */
export function averageAge(f: Figures, col: string, r: Rng): number | undefined {
  let n = 0;
  let sum = 0;
  for (const [band, mid] of Object.entries(BAND_MIDPOINTS)) {
    const k = figure(f, `II.2.${band}`, col) ?? 0;
    n += k;
    sum += k * (mid + (r.next() - 0.5) * 2);
  }
  return n ? Math.round((sum / n) * 10) / 10 : undefined;
}

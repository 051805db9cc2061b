/**
 * What the formulas a blank carries say about its structure. Each formula of a figure cell is read
 * (excelFormula.ts) and placed:
 * - over cells of its own row → a column formula (`=D8+E8` in column C: `col("3") == col("4") + col("5")`,
 *   `SUM_COLS`; `=C8/D8*100`: a ratio column);
 * - over cells of its own column → a row formula (`=SUM(C8:C12)`, `=C8+C9-C10`, `=C10/C8*100`).
 * A column or row takes the formula most of its cells carry; others are reported, never silently dropped.
 */
import { a1, type Grid } from "../../grid";
import { formulaShape, keyCell, type Linear } from "./excelFormula";

export interface FormulaFindings {
  /** Column code → its formula in the template's notation, and whether it is a ratio. */
  columns: Map<string, { expr: string; ratio: boolean; cells: number; of: number }>;
  /** Row code → its formula: over row codes, the columns it was seen in, and its parts when a plain sum. */
  rows: Map<string, { expr: string; ratio: boolean; columns: string[]; sumOf?: string[] }>;
  /** Cells whose formula the learner could not place (another sheet, a function it does not know, a mix). */
  unread: string[];
}

interface Tally {
  expr: string;
  ratio: boolean;
  where: string[];
  sumOf?: string[];
}

/**
 * `rowAt`: sheet row → row code (body rows only); `colAt`: sheet column → column code (figure columns only).
 */
export function readFormulas(grid: Grid, rowAt: Map<number, string>, colAt: Map<number, string>): FormulaFindings {
  const byColumn = new Map<string, Map<string, Tally>>();
  const formulaCells = new Map<string, number>();
  const byRow = new Map<string, Map<string, Tally>>();
  const unread: string[] = [];
  const vote = (map: Map<string, Map<string, Tally>>, owner: string, t: Omit<Tally, "where">, where: string) => {
    let tallies = map.get(owner);
    if (!tallies) map.set(owner, (tallies = new Map()));
    const found = tallies.get(t.expr);
    if (found) found.where.push(where);
    else tallies.set(t.expr, { ...t, where: [where] });
  };

  for (const [r, rowCode] of rowAt) {
    for (const [c, colCode] of colAt) {
      const f = grid.cells[r]?.[c]?.f;
      if (!f) continue;
      formulaCells.set(colCode, (formulaCells.get(colCode) ?? 0) + 1);
      const shape = formulaShape(f);
      const cells = shape ? (shape.kind === "linear" ? [...shape.terms.keys()] : [...shape.num.keys(), ...shape.den.keys()]).map(keyCell) : [];
      const sameRow = cells.length > 0 && cells.every((x) => x.r === r && x.c !== c && colAt.has(x.c));
      const sameCol = cells.length > 0 && cells.every((x) => x.c === c && x.r !== r && rowAt.has(x.r));
      if (!shape || (!sameRow && !sameCol)) {
        unread.push(a1(r, c));
        continue;
      }
      const name = sameRow ? (k: string) => `col("${colAt.get(keyCell(k).c)}")` : (k: string) => `row("${rowAt.get(keyCell(k).r)}")`;
      const order = sameRow ? (k: string) => keyCell(k).c : (k: string) => keyCell(k).r;
      if (shape.kind === "linear") {
        const plain = [...shape.terms.values()].every((v) => v === 1);
        const sumOf = sameCol && plain ? [...shape.terms.keys()].sort((a, b) => order(a) - order(b)).map((k) => rowAt.get(keyCell(k).r)!) : undefined;
        vote(sameRow ? byColumn : byRow, sameRow ? colCode : rowCode, { expr: linearText(shape.terms, name, order), ratio: false, sumOf }, sameRow ? rowCode : colCode);
      } else {
        vote(sameRow ? byColumn : byRow, sameRow ? colCode : rowCode, { expr: ratioText(shape.num, shape.den, shape.scale, name, order), ratio: true }, sameRow ? rowCode : colCode);
      }
    }
  }

  const columns: FormulaFindings["columns"] = new Map();
  for (const [code, tallies] of byColumn) {
    const best = [...tallies.values()].sort((a, b) => b.where.length - a.where.length)[0];
    columns.set(code, { expr: best.expr, ratio: best.ratio, cells: best.where.length, of: formulaCells.get(code) ?? 0 });
  }
  const rows: FormulaFindings["rows"] = new Map();
  for (const [code, tallies] of byRow) {
    const best = [...tallies.values()].sort((a, b) => b.where.length - a.where.length)[0];
    rows.set(code, { expr: best.expr, ratio: best.ratio, columns: best.where, sumOf: best.sumOf });
  }
  return { columns, rows, unread };
}

function linearText(terms: Linear, name: (k: string) => string, order: (k: string) => number): string {
  const parts = [...terms].sort((a, b) => order(a[0]) - order(b[0]));
  return parts
    .map(([k, v], i) => {
      const abs = Math.abs(v);
      const term = abs === 1 ? name(k) : `${abs} * ${name(k)}`;
      if (i === 0) return v < 0 ? `-${term}` : term;
      return `${v < 0 ? "-" : "+"} ${term}`;
    })
    .join(" ");
}

/** `num / den * scale`, a common factor of the numerator moved into the scale (`C8*100/D8`). */
function ratioText(num: Linear, den: Linear, scale: number, name: (k: string) => string, order: (k: string) => number): string {
  const coefs = [...num.values()];
  let n = num;
  let s = scale;
  if (coefs.every((v) => v === coefs[0]) && coefs[0] !== 1) {
    s *= coefs[0];
    n = new Map([...num].map(([k]) => [k, 1]));
  }
  const wrap = (m: Linear) => (m.size > 1 ? `(${linearText(m, name, order)})` : linearText(m, name, order));
  const scaled = Number.isInteger(s) ? String(s) : String(Number(s.toPrecision(12)));
  return s === 1 ? `${wrap(n)} / ${wrap(den)}` : `${wrap(n)} * ${scaled} / ${wrap(den)}`;
}

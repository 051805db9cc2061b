import { nameKey, validTableName } from "./names";

/**
 * Table names are unique in the whole workbook. A re-run's table must take the name of the table it
 * replaces (formulas and PivotTables refer to it), which is only free once the old sheet is gone;
 * a user's table of that name is never touched, so ours becomes `Name_2`.
 */

/** How many names (`Name`, `Name_2`…) are looked up in the first sync for each wanted one. */
const PROBED_NAMES = 5;

interface Candidate {
  name: string;
  key: string;
  table: Excel.Table;
}

/** The candidates of each wanted name, looked up in the first sync. */
export type TableProbe = Map<string, Candidate[]>;

export function probeTables(context: Excel.RequestContext, wanted: readonly string[]): TableProbe {
  const probe: TableProbe = new Map();
  for (const w of wanted) {
    const base = validTableName(w);
    if (probe.has(nameKey(base))) continue;
    const list: Candidate[] = [];
    for (let n = 1; n <= PROBED_NAMES; n++) {
      const name = n === 1 ? base : `${base}_${n}`;
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      table.worksheet.load("id");
      list.push({ name, key: nameKey(name), table });
    }
    probe.set(nameKey(base), list);
  }
  return probe;
}

export interface TableNaming {
  /** The name the table keeps. */
  final: string;
  /** The name it bears while the old table of that name still exists. */
  build: string;
}

/**
 * The wanted name unless a table that stays (one not on a sheet being replaced) holds it, then
 * `_2`, `_3`…. `claimed` collects the names given out in this write, so two specs never share one.
 */
export function chooseTableName(probe: TableProbe, wanted: string, replacedSheetIds: ReadonlySet<string>, claimed: Set<string>, tag: string): TableNaming {
  const base = validTableName(wanted);
  const holder = (c: Candidate): "none" | "stays" | "replaced" =>
    c.table.isNullObject ? "none" : replacedSheetIds.has(c.table.worksheet.id) ? "replaced" : "stays";
  const pick = (probe.get(nameKey(base)) ?? []).find((c) => !claimed.has(c.key) && holder(c) !== "stays");
  // Every probed name is held by a table that stays: a random tag makes a clash unlikely.
  const final = pick ? pick.name : `${base}_${tag}`;
  claimed.add(nameKey(final));
  const build = pick && holder(pick) === "replaced" ? `${final}_${tag}` : final;
  return { final, build };
}

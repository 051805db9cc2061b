import type { SheetSpec } from "../engine/sheetspec";
import { buildSheets, rollBack } from "./build";
import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";
import { nameKey, freeSheetName, temporarySheetNames } from "./names";
import { retargetSheetRefs } from "./sheetRefs";
import { idList, loadSetting, OWN_SHEETS_KEY, saveSetting, settingValue } from "./ownSheets";
import { PIVOT_SHEET, pivotStep } from "./pivot";
import { planWrites } from "./plan";
import { runExcel } from "./run";
import { apiSupported, FEATURE_SET } from "./support";
import { chooseTableName, probeTables } from "./tableNames";

export interface WriteOutcome {
  /** The names the sheets were given, in the specs' order. */
  sheets: string[];
  pivot: "created" | "unsupported" | "failed" | "none";
  syncs: number;
}

/**
 * Writes a consolidation's sheets as the add-in's own, replacing the previous run's:
 *  1. one sync to learn the sheets, which of them are ours (by id, in the settings) and the tables;
 *  2. the new sheets built under temporary names, in as few requests as their bytes need;
 *  3. one sync that deletes the old own sheets (only those), gives the new ones their names — or
 *     `Tổng hợp (2)` when a user's sheet bears the name —, records their ids and shows the first;
 *  4. when asked and supported, one sync for the PivotTable, whose failure undoes nothing else.
 * If 2 or 3 fails, the new sheets are deleted and the workbook is as it was.
 */
export interface WriteOptions {
  /** The `Dữ liệu` table's name: add a PivotTable over it (ExcelApi 1.8). */
  pivotFrom?: string;
  /** Bytes a request may carry; `REQUEST_LIMIT` (4 MB) unless a host needs less (and for tests). */
  requestLimit?: number;
}

export async function writeConsolidation(specs: SheetSpec[], options: WriteOptions = {}): Promise<WriteOutcome> {
  // Nothing to write must not delete the previous result (nor, with it, possibly the last sheet).
  if (specs.length === 0) throw new ExcelDoorError("InvalidArgument", MESSAGES.invalidArgument());
  return runExcel(async (door) => {
    const { context } = door;
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id,items/position,items/visibility");
    const ownSetting = loadSetting(context, OWN_SHEETS_KEY);
    const probe = probeTables(context, specs.flatMap((s) => (s.table ? [s.table.name] : [])));
    await door.sync();

    const ownIds = new Set(idList(settingValue(ownSetting)));
    const existing = [...worksheets.items];
    const oldOwn = existing.filter((s) => ownIds.has(s.id));
    const replacedIds = new Set(oldOwn.map((s) => s.id));
    const tag = Math.floor(Math.random() * 46656).toString(36);

    const pivotSpec = options.pivotFrom ? specs.findIndex((s) => s.table?.name === options.pivotFrom) : -1;
    const pivotWanted = options.pivotFrom !== undefined;
    const pivotPossible = pivotWanted && apiSupported(FEATURE_SET.pivotTables) && pivotSpec >= 0;

    const temporary = temporarySheetNames(specs.length + (pivotPossible ? 1 : 0), new Set(existing.map((s) => nameKey(s.name))));
    const claimed = new Set<string>();
    const tables = new Map<number, { final: string; build: string }>();
    specs.forEach((s, i) => {
      if (s.table) tables.set(i, chooseTableName(probe, s.table.name, replacedIds, claimed, tag));
    });

    // Formulas over another new sheet name it by its temporary name, which follows it through the rename.
    const plan = planWrites(retargetSheetRefs(specs, temporary), {
      sheetNames: temporary,
      tableNames: new Map([...tables].map(([i, t]) => [i, t.build])),
      validations: apiSupported(FEATURE_SET.dataValidation),
      limit: options.requestLimit,
    });
    const built = await buildSheets(door, temporary, plan.batches);

    // The names the new sheets take once the old own ones are gone; a user's sheet keeps its name.
    const taken = new Set(existing.filter((s) => !replacedIds.has(s.id)).map((s) => nameKey(s.name)));
    const finalNames = specs.map((s) => {
      const name = freeSheetName(s.name, taken);
      taken.add(nameKey(name));
      return name;
    });
    if (pivotPossible) {
      const name = freeSheetName(PIVOT_SHEET, taken);
      taken.add(nameKey(name));
      finalNames.push(name);
    }
    try {
      built.sheets[0]?.activate();
      for (const old of oldOwn) old.delete();
      built.sheets.forEach((sheet, i) => {
        sheet.name = finalNames[i];
      });
      for (const [i, t] of tables) {
        const table = built.tables.get(i);
        if (table && t.build !== t.final) table.name = t.final;
      }
      saveSetting(context, OWN_SHEETS_KEY, built.sheets.map((s) => s.id));
      await door.sync();
    } catch (e) {
      throw await rollBack(door, built.sheets, temporary, e);
    }

    let pivot: WriteOutcome["pivot"] = pivotWanted ? "unsupported" : "none";
    if (pivotWanted && apiSupported(FEATURE_SET.pivotTables)) {
      const own = built.sheets.slice(0, specs.length).map((s) => s.id);
      pivot = await pivotStep(door, built.sheets[specs.length], built.tables.get(pivotSpec), own);
    }
    return { sheets: finalNames.slice(0, specs.length), pivot, syncs: door.syncs };
  });
}

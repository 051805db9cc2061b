import type { SheetSpec } from "../engine/sheetspec";
import { buildSheets } from "./build";
import { freeSheetName, nameKey } from "./names";
import { planWrites } from "./plan";
import { runExcel } from "./run";
import { apiSupported, FEATURE_SET } from "./support";
import { chooseTableName, probeTables } from "./tableNames";

/**
 * Adds one sheet drawn from `spec` (the blank form) under the first free name — `BC-XDĐ`,
 * `BC-XDĐ (2)`… — and shows it. It is the user's to fill in, so it is not recorded as the add-in's
 * own and no later run deletes it. Returns the name used.
 */
export async function insertSheet(spec: SheetSpec): Promise<string> {
  return runExcel(async (door) => {
    const worksheets = door.context.workbook.worksheets;
    worksheets.load("items/name");
    const probe = probeTables(door.context, spec.table ? [spec.table.name] : []);
    await door.sync();

    const name = freeSheetName(spec.name, new Set(worksheets.items.map((s) => nameKey(s.name))));
    const tableName = spec.table ? chooseTableName(probe, spec.table.name, new Set(), new Set(), Math.floor(Math.random() * 46656).toString(36)).final : undefined;
    const plan = planWrites([spec], {
      sheetNames: [name],
      tableNames: tableName ? new Map([[0, tableName]]) : undefined,
      validations: apiSupported(FEATURE_SET.dataValidation),
    });
    await buildSheets(door, [name], plan.batches, (sheets) => sheets[0].activate());
    return name;
  });
}

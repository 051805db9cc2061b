import { runExcel } from "./run";

/**
 * The add-in's own state in `workbook.settings` (saved with the workbook): which sheets it wrote
 * (by id, so a sheet the user renamed is still ours and a user's sheet that bears our name is
 * never taken for ours), and which cells it highlighted with what fill they had.
 */
export const OWN_SHEETS_KEY = "TongHop.ownSheets";
export const HIGHLIGHTS_KEY = "TongHop.highlights";

export interface SheetRef {
  id: string;
  name: string;
  own: boolean;
  visible: boolean;
}

/** Queues a read of one setting; read it with `settingValue` after the sync. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  return setting;
}

/** The setting's value (parsed too when some other writer stored it as JSON text); undefined when absent. */
export function settingValue(setting: Excel.Setting): unknown {
  if (setting.isNullObject) return undefined;
  const value: unknown = setting.value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Stored as the value itself (an array, an object): Excel keeps settings as JSON and gives them back parsed. */
export function saveSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, value);
}

/** Sheet ids from a setting, ignoring anything that is not a non-empty string. */
export function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string" && x !== "") : [];
}

/** Every sheet of the workbook in tab order, saying which ones the add-in wrote (1 sync). */
export async function listSheets(): Promise<SheetRef[]> {
  return runExcel(async (door) => {
    const sheets = door.context.workbook.worksheets;
    sheets.load("items/name,items/id,items/position,items/visibility");
    const own = loadSetting(door.context, OWN_SHEETS_KEY);
    await door.sync();
    const ids = new Set(idList(settingValue(own)));
    return [...sheets.items]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ id: s.id, name: s.name, own: ids.has(s.id), visible: s.visibility === "Visible" }));
  });
}

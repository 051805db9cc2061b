import { loadSetting, saveSetting, settingValue } from "./ownSheets";
import { runExcel } from "./run";

/**
 * A committee's own form templates (issue 10), kept in `workbook.settings` so that they travel with the
 * workbook: whoever opens it with the add-in gets the same forms offered. Stored as plain JSON (the template
 * file's content); the page checks every one with the template loader before using it, since a workbook
 * from elsewhere may carry anything under this key.
 *
 * Size: Excel on the web keeps a document's settings within about 2 MB in all. A learned template takes 3 to
 * 9 KB (a 65-row form); the add-in's other settings (highlighted cells' remembered fills above all) need room
 * too. So the templates get at most OWN_FORMS_MAX_BYTES together: 512 KB, fifty large forms.
 */
export const OWN_FORMS_KEY = "TongHop.forms";
export const OWN_FORMS_MAX_BYTES = 512 * 1024;

/** The stored values as they are (1 sync); [] when none. */
export async function loadOwnFormsRaw(): Promise<unknown[]> {
  return runExcel(async (door) => {
    const setting = loadSetting(door.context, OWN_FORMS_KEY);
    await door.sync();
    const value = settingValue(setting);
    return Array.isArray(value) ? value : [];
  });
}

/** The UTF-8 size the templates take in the settings. */
export const ownFormsBytes = (forms: readonly unknown[]) => new TextEncoder().encode(JSON.stringify(forms)).length;

/** Replaces the stored templates (1 sync). The caller checks the size first (ownFormsBytes). */
export async function saveOwnFormsRaw(forms: readonly unknown[]): Promise<void> {
  return runExcel(async (door) => {
    saveSetting(door.context, OWN_FORMS_KEY, forms);
    await door.sync();
  });
}

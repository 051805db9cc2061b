import type { SigningSettings } from "../engine/print/letterhead";
import { loadSetting, saveSetting, settingValue } from "./ownSheets";
import { runExcel } from "./run";

/**
 * The letterhead and signature settings (committee, superior committee, place, signatory) kept in the
 * workbook's settings, so they travel with the workbook and come back when the pane opens on it again.
 */
export const SIGNING_KEY = "TongHop.signing";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Only the fields SigningSettings knows, as non-empty strings; anything else stored under the key is dropped. */
export function cleanSigning(value: unknown): SigningSettings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const s: SigningSettings = {};
  const committee = str(v.committee);
  const parent = str(v.parent);
  const place = str(v.place);
  if (committee) s.committee = committee;
  if (parent) s.parent = parent;
  if (place) s.place = place;
  if (typeof v.signer === "object" && v.signer !== null) {
    const signer = v.signer as Record<string, unknown>;
    const title = str(signer.title);
    const name = str(signer.name);
    if (title || name) s.signer = { ...(title ? { title } : {}), ...(name ? { name } : {}) };
  }
  if (v.onBehalf === "BAN THƯỜNG VỤ" || v.onBehalf === "ĐẢNG ỦY") s.onBehalf = v.onBehalf;
  return s;
}

/** The settings saved in this workbook; `{}` when none (1 sync). */
export async function loadSigning(): Promise<SigningSettings> {
  return runExcel(async (door) => {
    const setting = loadSetting(door.context, SIGNING_KEY);
    await door.sync();
    return cleanSigning(settingValue(setting));
  });
}

/** Saves the settings in the workbook, replacing what was there (1 sync). */
export async function saveSigning(signing: SigningSettings): Promise<void> {
  return runExcel(async (door) => {
    saveSetting(door.context, SIGNING_KEY, cleanSigning(signing));
    await door.sync();
  });
}

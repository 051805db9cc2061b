/**
 * The letterhead and signature settings as the task pane's form holds them (one string per field), and
 * the engine's SigningSettings made from them: blank fields are left out, so the sheets print dots there.
 */
import type { SigningSettings } from "../../engine/print/letterhead";

export const ON_BEHALF = ["ĐẢNG ỦY", "BAN THƯỜNG VỤ"] as const;
export type OnBehalf = (typeof ON_BEHALF)[number];

export interface SigningForm {
  parent: string;
  committee: string;
  place: string;
  onBehalf: OnBehalf;
  title: string;
  name: string;
}

export const EMPTY_SIGNING: SigningForm = { parent: "", committee: "", place: "", onBehalf: "ĐẢNG ỦY", title: "", name: "" };

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/** The engine's settings: only the fields filled in (trimmed); `onBehalf` always, as chosen. */
export function signingOf(form: SigningForm): SigningSettings {
  const s: SigningSettings = {};
  const parent = tidy(form.parent);
  const committee = tidy(form.committee);
  const place = tidy(form.place);
  const title = tidy(form.title);
  const name = tidy(form.name);
  if (committee) s.committee = committee;
  if (parent) s.parent = parent;
  if (place) s.place = place;
  if (title || name) s.signer = { ...(title ? { title } : {}), ...(name ? { name } : {}) };
  s.onBehalf = form.onBehalf;
  return s;
}

/** The form showing saved settings; blanks for what they lack. */
export function formOf(s: SigningSettings): SigningForm {
  return {
    parent: s.parent ?? "",
    committee: s.committee ?? "",
    place: s.place ?? "",
    onBehalf: s.onBehalf === "BAN THƯỜNG VỤ" ? "BAN THƯỜNG VỤ" : "ĐẢNG ỦY",
    title: s.signer?.title ?? "",
    name: s.signer?.name ?? "",
  };
}

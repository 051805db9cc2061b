import { type Area, contains, intersects, sameArea } from "./address";
import { invalidArgument } from "./errors";
import type { ValidationRecord } from "./model";
import { FakeClientObject, type ScalarDef } from "./proxy";
import { checkEditable, type RangeTarget } from "./rangeOps";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const RULE_TYPES: Record<string, string> = { wholeNumber: "WholeNumber", decimal: "Decimal", textLength: "TextLength", date: "Date", time: "Time", list: "List", custom: "Custom" };
/** Excel caps an alert's title at 32 characters and its message at 255. */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;
const DEFAULT_ALERT = { message: "", showAlert: true, style: "Stop", title: "" };
const DEFAULT_PROMPT = { message: "", showPrompt: false, title: "" };

/** A rule Excel accepts: exactly one kind, with an operator and formula1 (and formula2 for Between/NotBetween). */
export function checkRule(rule: unknown, location: string): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw invalidArgument("A data validation rule is an object.", location);
  const kinds = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (kinds.length !== 1 || !RULE_TYPES[kinds[0][0]]) throw invalidArgument("A data validation rule has exactly one of wholeNumber, decimal, textLength, date, time, list, custom.", location);
  const [kind, spec] = kinds[0] as [string, Record<string, unknown>];
  if (!spec || typeof spec !== "object") throw invalidArgument(undefined, location);
  const isFormula = (v: unknown) => typeof v === "number" || (typeof v === "string" && v.length > 0);
  if (kind === "list") {
    if (typeof spec.source !== "string" || !spec.source) throw invalidArgument("A list rule needs a source.", location);
  } else if (kind === "custom") {
    if (typeof spec.formula !== "string" || !spec.formula) throw invalidArgument("A custom rule needs a formula.", location);
  } else {
    if (typeof spec.operator !== "string" || !OPERATORS.includes(spec.operator)) throw invalidArgument(`'${String(spec.operator)}' is not a data validation operator.`, location);
    if (!isFormula(spec.formula1)) throw invalidArgument("formula1 is missing.", location);
    if ((spec.operator === "Between" || spec.operator === "NotBetween") && !isFormula(spec.formula2)) throw invalidArgument("formula2 is missing.", location);
  }
  return { [kind]: { ...spec } };
}

function checkMessageBox(box: unknown, flag: "showAlert" | "showPrompt", location: string): Record<string, unknown> {
  if (!box || typeof box !== "object") throw invalidArgument(undefined, location);
  const b = box as Record<string, unknown>;
  if (b.title !== undefined && (typeof b.title !== "string" || b.title.length > MAX_TITLE)) throw invalidArgument(`The title must be text of at most ${MAX_TITLE} characters.`, location);
  if (b.message !== undefined && (typeof b.message !== "string" || b.message.length > MAX_MESSAGE)) throw invalidArgument(`The message must be text of at most ${MAX_MESSAGE} characters.`, location);
  if (b[flag] !== undefined && typeof b[flag] !== "boolean") throw invalidArgument(undefined, location);
  if (flag === "showAlert" && b.style !== undefined && !["Stop", "Warning", "Information"].includes(b.style as string)) throw invalidArgument(`'${String(b.style)}' is not an alert style.`, location);
  return b;
}

/** The record that governs every cell of `area`, `undefined` when none does, `null` when cells differ. */
function governing(records: ValidationRecord[], area: Area): ValidationRecord | undefined | null {
  const touching = records.filter((r) => intersects(r.area, area));
  if (touching.length === 0) return undefined;
  const last = touching[touching.length - 1];
  return contains(last.area, area) ? last : null;
}

/** The record for exactly `area`, created (inheriting the rule that governs it) when absent. */
function recordFor(t: RangeTarget): ValidationRecord {
  const existing = t.sheet.validations.find((r) => sameArea(r.area, t.area));
  if (existing) return existing;
  const inherited = governing(t.sheet.validations, t.area);
  const record: ValidationRecord = { area: { ...t.area }, rule: inherited?.rule ?? null, ignoreBlanks: inherited?.ignoreBlanks ?? true, errorAlert: inherited?.errorAlert, prompt: inherited?.prompt };
  t.sheet.validations = t.sheet.validations.filter((r) => !contains(t.area, r.area));
  t.sheet.validations.push(record);
  return record;
}

/** `range.dataValidation` (ExcelApi 1.8). Later rules over the same cells win, as Excel replaces them. */
export class DataValidationProxy extends FakeClientObject<RangeTarget> {
  protected readonly _typeName = "DataValidation";

  protected _scalars(): Record<string, ScalarDef<RangeTarget>> {
    const g = (t: RangeTarget) => governing(t.sheet.validations, t.area);
    return {
      type: {
        get: (t) => {
          const r = g(t);
          if (r === null) return "Inconsistent";
          const kind = r?.rule ? Object.keys(r.rule)[0] : undefined;
          return kind ? RULE_TYPES[kind] : "None";
        },
      },
      rule: { get: (t) => (g(t) === null ? null : structuredClone(g(t)?.rule ?? {})) },
      errorAlert: { get: (t) => (g(t) === null ? null : { ...DEFAULT_ALERT, ...(g(t)?.errorAlert ?? {}) }) },
      prompt: { get: (t) => (g(t) === null ? null : { ...DEFAULT_PROMPT, ...(g(t)?.prompt ?? {}) }) },
      ignoreBlanks: { get: (t) => (g(t) === null ? null : (g(t)?.ignoreBlanks ?? true)) },
    };
  }

  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v, (t, rule, location) => {
      checkEditable(t.sheet, location);
      const checked = checkRule(rule, location);
      recordFor(t).rule = checked;
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this._get("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this._set("errorAlert", v, (t, box, location) => {
      checkEditable(t.sheet, location);
      const checked = checkMessageBox(box, "showAlert", location);
      const record = recordFor(t);
      record.errorAlert = { ...(record.errorAlert ?? {}), ...checked };
    });
  }
  get prompt(): Record<string, unknown> {
    return this._get("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this._set("prompt", v, (t, box, location) => {
      checkEditable(t.sheet, location);
      const checked = checkMessageBox(box, "showPrompt", location);
      const record = recordFor(t);
      record.prompt = { ...(record.prompt ?? {}), ...checked };
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, (t, on, location) => {
      if (typeof on !== "boolean") throw invalidArgument(undefined, location);
      checkEditable(t.sheet, location);
      recordFor(t).ignoreBlanks = on;
    });
  }

  /** Removes the rules lying inside the range (a rule only partly inside is kept whole: the fake does not split rules). */
  clear(): void {
    this._call("clear", [], (t, _a, location) => {
      checkEditable(t.sheet, location);
      t.sheet.validations = t.sheet.validations.filter((r) => !contains(t.area, r.area));
    });
  }
}

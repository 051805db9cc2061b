import { a1, cellAt, type Grid } from "../grid";
import { parsePeriod, type Period } from "../period";
import { foldText, normalizeText } from "../text";
import type { MetaField, Template } from "../../templates/types";
import { memoized } from "../memo";
import { cellText, filledCells } from "./cells";

export type UnitType = "Đảng bộ cơ sở" | "Chi bộ cơ sở";

export interface MetaValue {
  text: string;
  /** Where the value was read (the cell after the label, or the label's own cell after its colon). */
  cell: string;
}

export interface ReportMeta {
  unit: MetaValue | null;
  code: MetaValue | null;
  cluster: MetaValue | null;
  type: UnitType | null;
  /** The period as written, where it was found, and what it means (null when not understood). */
  periodText: MetaValue | null;
  period: Period | null;
  /** ISO date `2023-04-05`, from `Ngày báo cáo` or the `…, ngày 05 tháng 4 năm 2023` line. */
  reportDate: string | null;
}

const labelKey = (s: string) => normalizeText(s.replace(/[.:]+$/, ""));

/** Splits `Kỳ báo cáo: Quý I/2023` into its label and the value after the colon. */
function splitLabel(text: string): { label: string; rest: string } {
  const i = text.indexOf(":");
  return i < 0 ? { label: text, rest: "" } : { label: text.slice(0, i), rest: text.slice(i + 1).trim() };
}

const fieldMemo = new WeakMap<MetaField[], (label: string) => string>();

/** The metadata field a label names (`Kỳ báo cáo` → period), remembered: every file repeats them. */
function fieldOf(label: string, fields: MetaField[]): MetaField["key"] | null {
  let memo = fieldMemo.get(fields);
  if (!memo) {
    memo = memoized((l) => {
      const key = labelKey(l);
      return (key && fields.find((f) => f.labels.some((x) => labelKey(x) === key))?.key) || "";
    });
    fieldMemo.set(fields, memo);
  }
  return (memo(label) as MetaField["key"]) || null;
}

/** A `Loại hình` value: `Đảng bộ cơ sở`, `ĐBCS`, `Chi bộ cơ sở`, `CBCS`. */
export function unitTypeOf(text: string): UnitType | null {
  const t = foldText(text);
  if (/\b(dang bo|dang uy|dbcs)\b/.test(t)) return "Đảng bộ cơ sở";
  if (/\b(chi bo|cbcs)\b/.test(t)) return "Chi bộ cơ sở";
  return null;
}

/** The type a unit's name says when it begins `Đảng bộ …`/`Đảng ủy …` or `Chi bộ …`; else null. */
export function unitTypeOfName(name: string): UnitType | null {
  const t = foldText(name);
  if (/^(dang bo|dang uy|db)\b/.test(t)) return "Đảng bộ cơ sở";
  if (/^(chi bo|cb)\b/.test(t)) return "Chi bộ cơ sở";
  return null;
}

/** Excel serial day (1900 date system) → ISO date. */
function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** `…, ngày 05 tháng 4 năm 2023`, `05/04/2023`, `5-4-2023`. */
export function parseViDate(text: string): string | null {
  const t = foldText(text);
  let m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(t);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t.trim());
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  return null;
}

/**
 * Reads the metadata above the table: a label cell followed by its value in the next non-empty cell
 * to the right, or after the colon in the same cell. With no period label, the title gives the period.
 */
export function readMeta(grid: Grid, headerRow: number, template: Template): ReportMeta {
  const found: Partial<Record<MetaField["key"], MetaValue>> = {};
  let dateLine: string | null = null;
  let titlePeriod: MetaValue | null = null;
  for (let r = 0; r < headerRow; r++) {
    const cells = filledCells(grid, r);
    cells.forEach(({ c, text }, i) => {
      const { label, rest } = splitLabel(text);
      const key = fieldOf(label, template.meta);
      if (key) {
        if (found[key]) return;
        if (rest) found[key] = { text: rest, cell: a1(r, c) };
        else {
          const next = cells[i + 1];
          if (next && !fieldOf(splitLabel(next.text).label, template.meta)) {
            found[key] = key === "date" ? dateValue(grid, r, next.c, next.text) : { text: next.text, cell: a1(r, next.c) };
          }
        }
        return;
      }
      dateLine ??= parseViDate(text);
      if (!titlePeriod && parsePeriod(text)) titlePeriod = { text, cell: a1(r, c) };
    });
  }
  const periodText = found.period ?? titlePeriod;
  const unitText = found.unit?.text ?? "";
  return {
    unit: found.unit ?? null,
    code: found.code ?? null,
    cluster: found.cluster ?? null,
    type: (found.type && unitTypeOf(found.type.text)) ?? unitTypeOfName(unitText),
    periodText,
    period: periodText ? parsePeriod(periodText.text) : null,
    reportDate: (found.date && parseViDate(found.date.text)) ?? dateLine,
  };
}

/** A date cell holds a serial number; its text form is `05/04/2023` or similar. */
function dateValue(grid: Grid, r: number, c: number, text: string): MetaValue {
  const v = cellAt(grid, r, c)?.v;
  const iso = typeof v === "number" ? serialToIso(v) : null;
  if (iso) {
    const [y, m, d] = iso.split("-");
    return { text: `${d}/${m}/${y}`, cell: a1(r, c) };
  }
  return { text: cellText(cellAt(grid, r, c)) || text, cell: a1(r, c) };
}

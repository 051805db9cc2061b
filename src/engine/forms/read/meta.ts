/**
 * A form's metadata from the block above its table (forms/README.md "What every form has"): the reporting
 * unit (an explicit `Đơn vị báo cáo: …` line wins; else the top-left lines: the superior committee, then the
 * unit), the period from the title (`6 THÁNG ĐẦU NĂM 2023`, `NĂM 2023`, `Có đến 31/12/2023`), and the report
 * date from the `…, ngày 05 tháng 7 năm 2023` line above the table or in the footer.
 */
import { a1, type Grid } from "../../grid";
import { filledCells } from "../../read/cells";
import { parseViDate, unitTypeOf, unitTypeOfName, type MetaValue, type UnitType } from "../../read/meta";
import { parsePeriod, type Period } from "../../period";
import { foldText, normalizeText } from "../../text";
import type { FormTemplate } from "../../../templates/form/types";
import { markerKey, titleKey } from "./labels";

export interface FormMeta {
  unit: MetaValue | null;
  code: MetaValue | null;
  cluster: MetaValue | null;
  type: UnitType | null;
  period: Period | null;
  periodText: MetaValue | null;
  reportDate: string | null;
}

type Key = "unit" | "code" | "cluster" | "period" | "type" | "date";

/** Labels as in FORM.md; a template's own `meta` adds to them. */
const DEFAULT_LABELS: Record<Key, string[]> = {
  unit: ["Đơn vị báo cáo", "Tên đơn vị", "Đơn vị"],
  code: ["Mã đơn vị"],
  cluster: ["Cụm", "Cụm thi đua"],
  period: ["Kỳ báo cáo", "Kỳ", "Thời gian"],
  type: ["Loại hình", "Loại TCCS"],
  date: ["Ngày báo cáo"],
};

const labelKey = (s: string) => normalizeText(s.replace(/[.:]+$/, ""));

const labelsCache = new WeakMap<FormTemplate, Map<string, Key>>();
function labelsOf(form: FormTemplate): Map<string, Key> {
  let map = labelsCache.get(form);
  if (!map) {
    map = new Map();
    for (const [key, labels] of Object.entries(DEFAULT_LABELS) as [Key, string[]][]) for (const l of labels) map.set(labelKey(l), key);
    for (const f of form.meta ?? []) if (f.key in DEFAULT_LABELS) for (const l of f.labels) map.set(labelKey(l), f.key as Key);
    labelsCache.set(form, map);
  }
  return map;
}

/** Party organisations as the header block names them. */
const ORGANISATION = /^(dang uy|dang bo|chi bo|chi uy|huyen uy|tinh uy|thanh uy|quan uy|thi uy|ban thuong vu|ban chap hanh)\b/;
const NOT_A_UNIT = /^(dang cong san viet nam|cong hoa xa hoi|doc lap|ban to chuc$|\*+$|-+$|so\b|dvt\b|don vi tinh\b)/;
const AT_DATE = /\b(?:co|tinh)\s*den\s*(?:ngay\s*)?(\d{1,2})\s*(?:[/.-]|\s*thang\s*)\s*(\d{1,2})\s*(?:[/.-]|\s*nam\s*)\s*(\d{4})/;
/** Words that say a line is about a period, when parsePeriod cannot read it (`NĂM 20…`). */
const PERIOD_WORDS = /\b(nam|thang|quy|ky bao cao|co den)\b/;

/** `Có đến 31/12/2023` (a stock dated at year end) is the year; `Có đến 30/6/2023` the first half. */
export function parseFormPeriod(text: string): Period | null {
  const p = parsePeriod(text);
  if (p) return p;
  const m = AT_DATE.exec(foldText(text));
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3]];
  if (d === 31 && mo === 12) return parsePeriod(`Năm ${y}`);
  if (d === 30 && mo === 6) return parsePeriod(`6 tháng đầu năm ${y}`);
  return null;
}

function splitLabel(text: string): { label: string; rest: string } {
  const i = text.indexOf(":");
  return i < 0 ? { label: text, rest: "" } : { label: text.slice(0, i), rest: text.slice(i + 1).trim() };
}

/** Reads the metadata above `headerRow` (and the date line below the table, from `footerFrom`). */
export function readFormMeta(grid: Grid, headerRow: number, firstFigureCol: number, footerFrom: number, form: FormTemplate): FormMeta {
  const labels = labelsOf(form);
  const found: Partial<Record<Key, MetaValue>> = {};
  const titles = [form.title, ...(form.titleVariants ?? [])].map(titleKey);
  const markers = [form.marker, ...(form.markerVariants ?? [])].filter((m): m is string => !!m).map(markerKey);
  let titleRow = -1;
  let dateLine: string | null = null;
  const topLeft: MetaValue[] = [];
  const lines: { r: number; c: number; text: string }[] = [];

  for (let r = 0; r < headerRow; r++) {
    const cells = filledCells(grid, r);
    cells.forEach(({ c, text }, i) => {
      const { label, rest } = splitLabel(text);
      const key = labels.get(labelKey(label));
      if (key) {
        if (found[key]) return;
        if (rest) found[key] = { text: rest, cell: a1(r, c) };
        else if (cells[i + 1] && !labels.get(labelKey(splitLabel(cells[i + 1].text).label))) found[key] = { text: cells[i + 1].text, cell: a1(r, cells[i + 1].c) };
        return;
      }
      if (titleRow < 0 && titles.some((t) => t && titleKey(text).includes(t))) titleRow = r;
      lines.push({ r, c, text });
    });
  }
  for (const { r, c, text } of lines) {
    const t = foldText(text);
    if (!/^(co|tinh) den\b/.test(t)) dateLine ??= /\bngay\b/.test(t) ? parseViDate(text) : null;
    // The top-left block: left of the figures, above the title; neither the marker nor the national motto.
    const isMarker = markers.some((m) => markerKey(text).includes(m)) || /\bbtctw\b|\btctw\b/.test(t);
    if ((titleRow < 0 || r < titleRow) && c < firstFigureCol && !isMarker && !NOT_A_UNIT.test(t) && !parseViDate(text)) topLeft.push({ text, cell: a1(r, c) });
  }
  if (!dateLine) {
    for (let r = footerFrom; r < Math.min(grid.rowCount, footerFrom + 15) && !dateLine; r++) {
      for (const { text } of filledCells(grid, r)) if (/\bngay\b/.test(foldText(text)) && !/^(co|tinh) den\b/.test(foldText(text))) dateLine ??= parseViDate(text);
    }
  }

  // The reporting unit: an explicit label wins; else the last organisation line of the top-left block
  // (the superior committee comes first); a `BAN TỔ CHỨC` line reports for the committee above it.
  let unit = found.unit ?? null;
  if (!unit) {
    const orgs = topLeft.filter((l) => ORGANISATION.test(foldText(l.text)));
    unit = orgs.length ? orgs[orgs.length - 1] : null;
  }

  let periodText = found.period ?? null;
  let period = periodText ? parseFormPeriod(periodText.text) : null;
  if (!periodText) {
    // The title's own line and the two below it, then any line above the table.
    const near = titleRow >= 0 ? lines.filter((l) => l.r >= titleRow && l.r <= titleRow + 2) : [];
    const rest = lines.filter((l) => !near.includes(l) && !/\b(huong dan|hd\/|ban hanh|kem theo)\b/.test(foldText(l.text)));
    for (const l of [...near, ...rest]) {
      const p = /\bngay\b/.test(foldText(l.text)) && !/\b(?:co|tinh)\s*den\b/.test(foldText(l.text)) ? null : parseFormPeriod(l.text);
      if (p) {
        periodText = { text: l.text, cell: a1(l.r, l.c) };
        period = p;
        break;
      }
    }
    if (!periodText) {
      // A period written but not understood (`NĂM 20…`, `Quý V/2023`) is named in the finding.
      const written = near.find((l) => PERIOD_WORDS.test(foldText(l.text)) && !titles.includes(titleKey(l.text)));
      if (written) periodText = { text: written.text, cell: a1(written.r, written.c) };
    }
  }
  const unitName = unit?.text ?? "";
  return {
    unit,
    code: found.code ?? null,
    cluster: found.cluster ?? null,
    type: (found.type && unitTypeOf(found.type.text)) ?? unitTypeOfName(unitName),
    period,
    periodText,
    reportDate: (found.date && parseViDate(found.date.text)) ?? dateLine,
  };
}

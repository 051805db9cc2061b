/**
 * The block above a form's table: the form marker (`Biểu số 02`, `Mẫu số 01-BC/ĐU`), the unit of measure
 * (`Đvt: Người`), the title, and the period placeholder printed in or under it (`QUÝ … NĂM 20…`, `6 THÁNG
 * ĐẦU NĂM 20…`), which gives the period kinds. The title is kept without its period, since the reader looks
 * for the template's title inside the sheet's line (`… QUÝ III NĂM 2026` on a filled copy).
 */
import type { Grid } from "../../grid";
import { filledCells } from "../../read/cells";
import { foldText } from "../../text";
import type { PeriodKind } from "../../../templates/form/types";

export interface LearnedMeta {
  title?: string;
  titleRow?: number;
  marker?: string;
  unit?: string;
  periodKinds: PeriodKind[];
  /** The period as printed (`QUÝ …… NĂM 20……`), if the learner found it. */
  periodText?: string;
}

const MARKER = /^(bieu|mau)\s*(so)?\s*[:.]?\s*[\w.\-/ ]{1,30}$/;
const UNIT = /^(dvt|don vi tinh)\s*[:.]?\s*(.+)$/;
/** Lines of the header block that are not the title. */
const NOT_TITLE = /^(dang cong san|cong hoa|doc lap|dang uy|dang bo|chi bo|chi uy|huyen uy|tinh uy|thanh uy|quan uy|thi uy|ban to chuc|ban chap hanh|ban thuong vu|so\s*[:\d]|\*|-|don vi bao cao|ky bao cao|\(|kinh gui)/;
/** Where the period begins in a title line: `QUÝ`, `6 THÁNG`, `NĂM 20…`, `Có đến …`. */
const PERIOD_START = /\s*\b(quy\b|\d+\s*thang\b|sau thang\b|chin thang\b|nam\s*(?:20|[.…_])|ky\b|co den\b|tinh den\b|tu ngay\b)/;

/** Folded text keeps one character per character of NFC text here (no `đ`/marks change length in NFC). */
function cutAt(text: string, folded: string, index: number): string {
  return text.normalize("NFC").slice(0, index).replace(/[\s,:;–—-]+$/, "").trim();
}

export function learnMeta(grid: Grid, headerFirst: number): LearnedMeta {
  const out: LearnedMeta = { periodKinds: [] };
  const lines: { r: number; text: string }[] = [];
  for (let r = 0; r < headerFirst; r++) for (const { text } of filledCells(grid, r)) lines.push({ r, text: text.normalize("NFC").replace(/\s+/g, " ") });
  for (const { text } of lines) {
    const f = foldText(text);
    if (!out.marker && MARKER.test(f) && /\d|[A-Z]{2}/.test(text)) out.marker = text;
    const u = UNIT.exec(f);
    if (!out.unit && u) out.unit = text.slice(text.length - u[2].length).trim();
  }
  // The title: the first upper-case line of some length below the header block's organisation lines.
  for (const { r, text } of lines) {
    const f = foldText(text);
    if (text === out.marker || UNIT.test(f) || NOT_TITLE.test(f)) continue;
    const letters = text.replace(/[^\p{L}]/gu, "");
    if (letters.length < 8 || letters !== letters.toLocaleUpperCase("vi")) continue;
    const p = PERIOD_START.exec(f);
    const title = p && p.index > 0 ? cutAt(text, f, p.index) : p ? "" : text;
    if (title) {
      out.title = title;
      out.titleRow = r;
      if (p) out.periodText = text.slice(p.index).trim();
    } else continue;
    break;
  }
  // The period: in the title's line, or within the two lines under it.
  if (!out.periodText && out.titleRow !== undefined) {
    const near = lines.find((l) => l.r > out.titleRow! && l.r <= out.titleRow! + 2 && PERIOD_START.test(foldText(l.text)));
    if (near) out.periodText = near.text;
  }
  out.periodKinds = periodKindsOf(out.periodText ?? "");
  return out;
}

/** `QUÝ …` → quarter; `6 THÁNG` → half; `9 THÁNG` → nine months; `NĂM` alone → year. */
export function periodKindsOf(text: string): PeriodKind[] {
  const f = foldText(text);
  const kinds: PeriodKind[] = [];
  if (/\bquy\b/.test(f)) kinds.push("quarter");
  if (/\b(6|sau)\s*thang\b/.test(f)) kinds.push("half");
  if (/\b(9|chin)\s*thang\b/.test(f)) kinds.push("nine_months");
  if (!kinds.length && /\b(nam|co den|tinh den)\b/.test(f)) kinds.push("year");
  return kinds;
}

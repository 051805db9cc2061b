import type { Consolidation } from "../consolidate/consolidate";
import type { Total } from "../consolidate/totals";
import { unitFigures } from "../consolidate/totals";
import { columnLetters } from "../grid";
import { blank, formula, num, NUMBER_FORMATS, sharedCells, text, type SheetSpec, type SpecCell, type SpecMerge } from "../sheetspec";
import type { Indicator, Template } from "../../templates/types";
import { BLOCK, SHEET } from "./names";
import { withPrint } from "../print/setup";
import { writeLetterhead, writeSignature, type SigningSettings } from "../print/letterhead";

/** Columns of the cluster part; the units' blocks of three columns follow. */
const CLUSTER_HEADER = ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Lũy kế", "Tỷ lệ % KH"];
const COL = { stt: 0, code: 1, name: 2, unit: 3, plan: 4, actual: 5, ytd: 6, pct: 7, firstUnit: 8 } as const;
/** Rows 0–2: the committee's letterhead; 4: the title; 5: the period; 6–8: the metadata a reader looks for. */
const TITLE_ROW = 4;
const META_ROW = 6;
const UNIT_NAMES_ROW = 9;
const HEADER_ROW = 10;
const FIRST_BODY_ROW = 11;
/** The letterhead's and the signature's two blocks: over STT…Chỉ tiêu, and over ĐVT…Tỷ lệ. */
const LEFT = { c1: 0, c2: 2 };
const RIGHT = { c1: 3, c2: 7 };

const formatOf = (ind: Indicator | null) => (ind?.value === "amount" ? NUMBER_FORMATS.amount : NUMBER_FORMATS.count);
const optNum = (v: number | null, format: string, role: SpecCell["role"] = "body") => (v === null ? blank(role, format) : num(v, format, role));

/**
 * The `Tổng hợp` sheet: the form's rows with the cluster's totals as live formulas over the units'
 * columns (SUMIF/SUMIFS by block header, SUMPRODUCT for the weighted income, IF for the rate),
 * so the sheet still adds up after a unit's figure is corrected by hand. It is itself shaped like the
 * form (metadata, header, STT, Mã), so a higher committee can consolidate clusters the same way.
 */
export function summarySheet(c: Consolidation, template: Template, signing: SigningSettings = {}): SheetSpec {
  const units = c.used;
  const lastUnitCol = COL.firstUnit + units.length * 3 - 1;
  const noteCol = units.length ? lastUnitCol + 1 : COL.firstUnit;
  const L = columnLetters;
  const hdr = (from: number) => `$${L(from)}$${HEADER_ROW + 1}:$${L(lastUnitCol)}$${HEADER_ROW + 1}`;
  const span = (r: number, from: number, to = lastUnitCol) => `${L(from)}${r + 1}:${L(to)}${r + 1}`;

  const rows: (SpecCell | null)[][] = [];
  const merges: SpecMerge[] = [
    { r1: TITLE_ROW, c1: 0, r2: TITLE_ROW, c2: COL.pct },
    { r1: TITLE_ROW + 1, c1: 0, r2: TITLE_ROW + 1, c2: COL.pct },
  ];
  writeLetterhead(rows, merges, 0, LEFT, RIGHT, signing);
  rows[TITLE_ROW] = [text(`TỔNG HỢP ${template.title}`, "title")];
  rows[TITLE_ROW + 1] = [text(c.period ? c.period.label.toLocaleUpperCase("vi") : "(CHƯA XÁC ĐỊNH KỲ BÁO CÁO)", "subtitle")];
  // The labels a reader of BC-XDĐ finds (read/meta.ts), so the level above can consolidate this sheet.
  rows[META_ROW] = [null, null, text(`Đơn vị báo cáo: ${c.cluster || signing.committee?.trim() || "Tổng hợp các đơn vị"}`, "label")];
  rows[META_ROW + 1] = [null, null, text(`Kỳ báo cáo: ${c.period?.label ?? "(chưa xác định)"}`, "label")];
  rows[META_ROW + 2] = [null, null, text(`Số đơn vị đã tổng hợp: ${c.coverage.received}/${c.coverage.expected}`, "muted")];

  rows[UNIT_NAMES_ROW] = [];
  rows[HEADER_ROW] = CLUSTER_HEADER.map((h) => text(h, "header"));
  units.forEach((u, i) => {
    const c0 = COL.firstUnit + i * 3;
    rows[UNIT_NAMES_ROW][c0] = text(u.name, "header");
    rows[UNIT_NAMES_ROW][c0 + 1] = blank("header");
    rows[UNIT_NAMES_ROW][c0 + 2] = blank("header");
    merges.push({ r1: UNIT_NAMES_ROW, c1: c0, r2: UNIT_NAMES_ROW, c2: c0 + 2 });
    rows[HEADER_ROW][c0] = text(BLOCK.plan, "header");
    rows[HEADER_ROW][c0 + 1] = text(BLOCK.actual, "header");
    rows[HEADER_ROW][c0 + 2] = text(BLOCK.ytd, "header");
  });
  rows[HEADER_ROW][noteCol] = text("Đơn vị chưa có kế hoạch", "header");

  // Where each indicator lands, so that the weighted income can point at the staff row.
  const rowOf = new Map<string, number>();
  let r = FIRST_BODY_ROW;
  for (const cr of template.clusterRows) rowOf.set(cr.code, r++);
  for (const s of template.sections) {
    r++;
    for (const ind of s.indicators) rowOf.set(ind.code, r++);
  }

  r = FIRST_BODY_ROW;
  for (const cr of template.clusterRows) {
    const total = c.totals[cr.code];
    rows[r] = [text("", "body"), text(cr.code, "code"), text(cr.name, "body"), text(cr.unit, "body"), blank("body"), optNum(total?.actual ?? null, NUMBER_FORMATS.count, "total"), blank("body"), blank("body")];
    r++;
  }
  // The units' figures repeat (cells are shared, sharedCells): 1,000 units put 90,000 of them on this sheet.
  const shared = sharedCells();
  const sectionBlank = blank("section");
  for (const s of template.sections) {
    rows[r] = [text(s.stt, "section"), sectionBlank, text(s.title, "section"), ...Array<SpecCell>(noteCol - 2).fill(sectionBlank)];
    r++;
    for (const ind of s.indicators) {
      const total = c.totals[ind.code];
      const fmt = formatOf(ind);
      const row: (SpecCell | null)[] = [text(ind.stt, "body"), text(ind.code, "code"), text(ind.name, "body"), text(ind.unit, "body")];
      if (units.length === 0) {
        row.push(blank("total", fmt), blank("total", fmt), blank("total", fmt), blank("totalPercent", NUMBER_FORMATS.percent));
      } else {
        const cells = totalCells(ind, total, r, rowOf, { hdr, span, lastUnitCol });
        row.push(...cells);
      }
      units.forEach((u) => {
        const f = unitFigures(u.check!.report!, ind.code, c.period);
        row.push(shared.figure(f.plan, fmt, "input"), shared.figure(f.actual, fmt, "input"), shared.figure(f.ytd, fmt, "input"));
      });
      row[noteCol] = total.unitsWithoutPlan.length && total.plan !== null ? text(total.unitsWithoutPlan.join(", "), "muted") : null;
      rows[r] = row;
      r++;
    }
  }

  // One empty row, then the signature block (its first line is also where a reader stops).
  writeSignature(rows, merges, r + 1, LEFT, RIGHT, signing);

  return withPrint(
    {
      name: SHEET.summary,
      rows,
      merges,
      widths: [6, 13, 48, 21, 12, 12, 12, 11, ...units.flatMap(() => [11, 11, 11]), 36],
      freeze: { rows: HEADER_ROW + 1, cols: COL.pct + 1 },
      tabColor: "1F4E78",
    },
    { r1: UNIT_NAMES_ROW, r2: HEADER_ROW },
  );
}

interface Refs {
  lastUnitCol: number;
  hdr: (from: number) => string;
  span: (r: number, from: number, to?: number) => string;
}

/** Kế hoạch, Thực hiện, Lũy kế and Tỷ lệ of one row: formulas with the engine's own results cached. */
function totalCells(ind: Indicator, total: Total, r: number, rowOf: Map<string, number>, { hdr, span, lastUnitCol }: Refs): SpecCell[] {
  const fmt = formatOf(ind);
  const first = COL.firstUnit;
  const row = span(r, first);
  const sumBy = (label: string, value: number | null) =>
    value === null ? blank("total", fmt) : formula(`SUMIF(${hdr(first)},"${label}",${row})`, value, fmt, "total");

  const plan =
    total.plan === null
      ? blank("total", fmt)
      : formula(`SUMIFS(${row},${hdr(first)},"${BLOCK.plan}",${row},">0")`, total.plan, fmt, "total");

  let actual: SpecCell;
  let ytd: SpecCell;
  if (ind.agg.kind === "weightedMean") {
    const weightRow = span(rowOf.get(ind.agg.weight)!, first);
    const mean = (label: string, value: number | null) => {
      if (value === null) return blank("total", fmt);
      const num = `SUMPRODUCT((${hdr(first)}="${label}")*${row}*${weightRow})`;
      const den = `SUMPRODUCT((${hdr(first)}="${label}")*(${row}<>"")*${weightRow})`;
      return formula(`IF(${den}>0,${num}/${den},"")`, value, fmt, "total");
    };
    actual = mean(BLOCK.actual, total.actual);
    ytd = mean(BLOCK.ytd, total.ytd);
  } else {
    actual = sumBy(BLOCK.actual, total.actual);
    ytd = sumBy(BLOCK.ytd, total.ytd);
  }

  // Σ year-to-date ÷ Σ plans over the units that have a plan: the plan columns sit two to the left of Lũy kế.
  const planCell = `${columnLetters(COL.plan)}${r + 1}`;
  const planned = `SUMPRODUCT((${hdr(first + 2)}="${BLOCK.ytd}")*(${span(r, first, lastUnitCol - 2)}>0)*${span(r, first + 2)})`;
  const pct =
    total.plan === null
      ? blank("totalPercent", NUMBER_FORMATS.percent)
      : formula(`IF(${planCell}>0,${planned}/${planCell},"")`, total.pct === null ? "" : total.pct / 100, NUMBER_FORMATS.percent, "totalPercent");
  return [plan, actual, ytd, pct];
}

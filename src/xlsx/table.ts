import { a1 } from "../engine/grid";
import type { SheetSpec, SpecCell } from "../engine/sheetspec";
import { uniqueColumnNames, tableDisplayName } from "./names";
import { XML_HEADER, escapeAttr } from "./xml";
import { MAX_COLS, MAX_ROWS, checkIndex } from "./limits";

/** An Excel table ("ListObject") resolved against its sheet, ready to write. */
export interface TablePlan {
  /** Workbook-wide table id, also the number in `xl/tables/tableN.xml`. */
  id: number;
  name: string;
  ref: string;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
  /** Column names; the sheet writes exactly these strings into the header cells. */
  columns: string[];
  style: string;
}

/** Excel's limit on a table column name. */
const MAX_COLUMN_NAME = 255;

function headerText(cell: SpecCell | null | undefined): string | undefined {
  if (!cell) return undefined;
  switch (cell.t) {
    case "text":
      return String(cell.v ?? "");
    case "number":
      return Number.isFinite(cell.v) ? String(cell.v) : undefined;
    case "formula":
      // A header cannot hold a formula in a table; keep what it showed.
      return cell.result === null || cell.result === undefined ? undefined : String(cell.result);
    default:
      return undefined;
  }
}

export function planTable(spec: SheetSpec, id: number, usedNames: Set<string>): TablePlan | undefined {
  const t = spec.table;
  if (!t) return undefined;
  const where = `Sheet "${spec.name}" table "${t.name}"`;
  checkIndex(t.headerRow, MAX_ROWS, `${where} headerRow`);
  checkIndex(t.lastRow, MAX_ROWS, `${where} lastRow`);
  checkIndex(t.firstCol, MAX_COLS, `${where} firstCol`);
  checkIndex(t.lastCol, MAX_COLS, `${where} lastCol`);
  if (t.lastCol < t.firstCol) throw new Error(`${where}: lastCol is before firstCol`);
  if (t.lastRow < t.headerRow) throw new Error(`${where}: lastRow is before headerRow`);
  // Excel wants at least one data row under the header; an empty one is harmless.
  const lastRow = Math.max(t.lastRow, t.headerRow + 1);
  for (const m of spec.merges ?? []) {
    const r1 = Math.min(m.r1, m.r2);
    const r2 = Math.max(m.r1, m.r2);
    const c1 = Math.min(m.c1, m.c2);
    const c2 = Math.max(m.c1, m.c2);
    if (r1 <= lastRow && r2 >= t.headerRow && c1 <= t.lastCol && c2 >= t.firstCol) {
      throw new Error(`${where} overlaps the merged cells ${a1(r1, c1)}:${a1(r2, c2)} (Excel tables cannot contain merges)`);
    }
  }
  const header = spec.rows[t.headerRow] ?? [];
  const texts: (string | undefined)[] = [];
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    const s = headerText(header[c]);
    texts.push(s === undefined ? undefined : s.slice(0, MAX_COLUMN_NAME));
  }
  const ref = `${a1(t.headerRow, t.firstCol)}:${a1(lastRow, t.lastCol)}`;
  return {
    id,
    name: tableDisplayName(t.name, usedNames),
    ref,
    headerRow: t.headerRow,
    firstCol: t.firstCol,
    lastCol: t.lastCol,
    lastRow,
    columns: uniqueColumnNames(texts),
    style: t.style || "TableStyleMedium2",
  };
}

/** `xl/tables/tableN.xml`. */
export function tableXml(plan: TablePlan): string {
  const parts: string[] = [
    XML_HEADER,
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${plan.id}" name="${escapeAttr(plan.name)}" displayName="${escapeAttr(plan.name)}" ref="${plan.ref}" totalsRowShown="0">`,
    `<autoFilter ref="${plan.ref}"/>`,
    `<tableColumns count="${plan.columns.length}">`,
  ];
  plan.columns.forEach((name, i) => parts.push(`<tableColumn id="${i + 1}" name="${escapeAttr(name)}"/>`));
  parts.push(
    "</tableColumns>",
    `<tableStyleInfo name="${escapeAttr(plan.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`,
    "</table>",
  );
  return parts.join("");
}

/**
 * What "reaches the output as text, never as a formula" means, cell by cell, for each renderer: every
 * text cell the engine asked for holds that exact text and no formula, and every formula in the output is
 * one the engine asked for. A renderer that turned `=1+1` into a formula would break both halves.
 */
import { a1, parseA1 } from "../../src/engine/grid";
import type { SheetSpec } from "../../src/engine/sheetspec";
import type { FakeExcel } from "../fakes/excel";
import { HOSTILE, looksLikeFormula } from "./hostile";
import type { XmlWorkbook } from "./xlsxCells";

/** Text cells of a spec, with their address; `""` is left out (renderers may skip empty text). */
export function textCells(spec: SheetSpec): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  spec.rows.forEach((row, r) => row?.forEach((cell, c) => cell?.t === "text" && cell.v !== "" && out.push({ ref: a1(r, c), text: cell.v })));
  return out;
}

/** The cells that matter here: their text could pass for a formula, or carries a payload. */
export function isHostileText(text: string): boolean {
  return looksLikeFormula(text) || HOSTILE.some((h) => text.includes(h.text.trim()));
}

export interface CompareOptions {
  /** Only the hostile text cells (LibreOffice rewrites other details, e.g. drops empty cells). */
  hostileOnly?: boolean;
  /** How the renderer's text compares with ours: LibreOffice keeps CR as LF in the cells it writes. */
  normalize?: (s: string) => string;
}

/** Differences between what the engine asked for and what the .xlsx holds; empty when all is well. */
export function xlsxTextProblems(specs: SheetSpec[], wb: XmlWorkbook, options: CompareOptions = {}): string[] {
  const norm = options.normalize ?? ((s: string) => s);
  const problems: string[] = [];
  for (const spec of specs) {
    const sheet = wb.sheets.find((s) => s.name === spec.name);
    if (!sheet) {
      problems.push(`no sheet ${spec.name}`);
      continue;
    }
    for (const { ref, text } of textCells(spec)) {
      if (options.hostileOnly && !isHostileText(text)) continue;
      const cell = sheet.cells.get(ref);
      const where = `${spec.name}!${ref} ${JSON.stringify(text)}`;
      if (!cell) problems.push(`${where}: missing`);
      else if (cell.formula !== null) problems.push(`${where}: written as the formula ${JSON.stringify(cell.formula)}`);
      else if (cell.text === null || norm(cell.text) !== norm(text)) problems.push(`${where}: holds ${cell.type} ${JSON.stringify(cell.text)}`);
    }
    for (const cell of sheet.cells.values()) {
      if (cell.formula === null) continue;
      const at = parseA1(cell.ref);
      const asked = at ? spec.rows[at.r]?.[at.c] : null;
      if (asked?.t !== "formula") problems.push(`${spec.name}!${cell.ref}: a formula nobody asked for: ${JSON.stringify(cell.formula)}`);
    }
  }
  return problems;
}

/** The same for what the Excel door wrote into the fake Excel: text kept as text, under the `@` format. */
export function fakeTextProblems(specs: SheetSpec[], fake: FakeExcel, sheetNames: string[] = specs.map((s) => s.name)): string[] {
  const problems: string[] = [];
  specs.forEach((spec, i) => {
    const sheet = fake.workbook.sheet(sheetNames[i]);
    for (const { ref, text } of textCells(spec)) {
      const cell = sheet.cell(ref);
      const where = `${sheetNames[i]}!${ref} ${JSON.stringify(text)}`;
      if (cell.formula !== null) problems.push(`${where}: became the formula ${JSON.stringify(cell.formula)}`);
      else if (cell.value !== text) problems.push(`${where}: holds ${JSON.stringify(cell.value)}`);
      else if (cell.numberFormat !== "@") problems.push(`${where}: not formatted as text (${cell.numberFormat})`);
    }
  });
  return problems;
}

/**
 * The payloads must really be in the engine's output, or the comparisons above prove nothing: each one
 * whole in a cell (unit, code, cluster; trimmed as the reader trims), in a file name, and quoted in a message.
 */
export function missingPayloads(specs: SheetSpec[], fileNames: string[]): string[] {
  const texts = specs.flatMap((s) => textCells(s).map((c) => c.text));
  const missing: string[] = [];
  for (const h of HOSTILE) {
    const core = h.text.trim();
    if (!texts.includes(core)) missing.push(`${JSON.stringify(core)} as a whole cell`);
    if (!texts.some((t) => t.includes(`“${core}”`))) missing.push(`${JSON.stringify(core)} quoted in a message`);
  }
  for (const name of fileNames) if (!texts.includes(name)) missing.push(`${JSON.stringify(name)} as a file name`);
  return missing;
}

import { columnLetters } from "../engine/grid";
import type { RoleStyle } from "../engine/sheetspec";
import { applyChart } from "./charts";
import { applyPageLayout } from "./pageLayout";
import type { Op } from "./ops";

/**
 * Queues one planned command on its worksheet proxy. Nothing here syncs: the caller decides when a
 * request is full.
 */

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: Excel.Range, style: RoleStyle, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.underline) format.font.underline = "Single";
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
  }
}

export interface Applied {
  /** Tables added, by sheet index, to be renamed once the old ones are gone. */
  tables: Map<number, Excel.Table>;
}

export function applyOp(sheet: Excel.Worksheet, op: Op, applied: Applied): void {
  switch (op.kind) {
    case "cells": {
      const range = sheet.getRange(op.address);
      // The format first: a text cell must be `@` before its value arrives, or `=…` becomes a formula.
      range.numberFormat = op.formats;
      range.formulas = op.formulas;
      return;
    }
    case "style":
      applyStyle(sheet.getRange(op.address), op.style, op.rows, op.cols);
      return;
    case "width":
      sheet.getRange(op.address).format.columnWidth = op.points;
      return;
    case "merge":
      sheet.getRange(op.address).merge(false);
      return;
    case "freeze":
      if (op.rows > 0 && op.cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetters(op.cols - 1)}${op.rows}`));
      else if (op.rows > 0) sheet.freezePanes.freezeRows(op.rows);
      else sheet.freezePanes.freezeColumns(op.cols);
      return;
    case "tabColor":
      sheet.tabColor = op.color;
      return;
    case "table": {
      const table = sheet.tables.add(op.address, true);
      table.name = op.name;
      table.style = op.style;
      applied.tables.set(op.sheet, table);
      return;
    }
    case "validation": {
      const validation = sheet.getRange(op.address).dataValidation;
      // Strings, not the Excel enum objects: the values are what Excel receives either way.
      const rule = { formula1: op.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator };
      validation.rule = op.type === "whole" ? { wholeNumber: rule } : { decimal: rule };
      validation.errorAlert = { message: op.error, showAlert: true, style: "Stop", title: "Tổng hợp" };
      return;
    }
    case "chart":
      applyChart(sheet, op.chart);
      return;
    case "pageLayout":
      applyPageLayout(sheet, op.print);
      return;
  }
}

import type { RoleStyle } from "../engine/sheetspec";
import type { ChartOp } from "./charts";
import type { PageLayoutOp } from "./pageLayout";

/**
 * What rendering a SheetSpec asks of Excel, as plain data: planned (and measured) without Excel,
 * then queued on worksheet proxies by `apply.ts`. `sheet` is the index of the spec in the write.
 */
export type Op =
  | { kind: "cells"; sheet: number; address: string; formats: string[][]; formulas: (string | number)[][] }
  | { kind: "style"; sheet: number; address: string; rows: number; cols: number; style: RoleStyle }
  | { kind: "width"; sheet: number; address: string; points: number }
  | { kind: "merge"; sheet: number; address: string }
  | { kind: "freeze"; sheet: number; rows: number; cols: number }
  | { kind: "tabColor"; sheet: number; color: string }
  | { kind: "table"; sheet: number; address: string; style: string; name: string }
  | { kind: "validation"; sheet: number; address: string; type: "whole" | "decimal"; min: number; error: string }
  | ChartOp
  | PageLayoutOp;

export interface SizedOp {
  op: Op;
  /** Estimated request bytes: arguments as UTF-8 JSON plus a per-command overhead. */
  bytes: number;
}

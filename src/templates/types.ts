/** A report form described as data: the built-in BC-XDĐ and, later, user templates loaded the same way. */

export type ColumnRole = "stt" | "code" | "name" | "unit" | "plan" | "actual" | "ytd" | "pct" | "note";

export type Aggregation = { kind: "sum" } | { kind: "weightedMean"; weight: string };

export interface Indicator {
  stt: string;
  code: string;
  name: string;
  unit: string;
  /** `stock`: a level at the end of the period; `flow`: an amount during the period. */
  kind: "stock" | "flow";
  /** `count`: non-negative integer; `amount`: non-negative decimal. */
  value: "count" | "amount";
  /** Whether the row normally has an annual plan. */
  plan: boolean;
  agg: Aggregation;
  /** Other names seen in real sheets. */
  aliases: string[];
}

export interface Section {
  stt: string;
  title: string;
  indicators: Indicator[];
}

/**
 * A consistency rule over indicator codes, written as an expression that must hold
 * (`DV_CUOI == DV_CT + DV_DB`). Identifiers are indicator codes; `column` says which figure they stand for.
 */
export interface CrossRule {
  id: string;
  severity: "error" | "warning";
  expr: string;
  /** `actual`: the period's figure; `figure`: the year-to-date figure (ytd, else actual). */
  column: "actual" | "figure";
  /** The indicator whose cell the finding points at. */
  anchor: string;
}

export interface MetaField {
  key: "unit" | "code" | "cluster" | "period" | "type" | "date";
  labels: string[];
}

export interface Template {
  id: string;
  version: number;
  title: string;
  sections: Section[];
  /** Header text variants for each column role. */
  columns: Record<ColumnRole, string[]>;
  meta: MetaField[];
  /** Lines that end the table (signatures, recipients). */
  footerMarkers: string[];
  rules: CrossRule[];
  /** Cluster-level rows added by consolidation (not on the unit's form). */
  clusterRows: { code: string; name: string; unit: string }[];
}

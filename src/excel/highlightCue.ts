import type { Severity } from "../engine/findings";

/**
 * The highlight's second cue: a border around the cell whose line differs by severity, so that errors,
 * warnings and notes stay apart without colour (colour blindness, high contrast, a black-and-white
 * print). Each cell's own four edges are remembered before the cue is drawn, so clearing draws back
 * exactly the user's lines, or none.
 *
 * Only ExcelApi 1.1 members (`RangeBorder.style`, `weight`, `color`), so every Excel the add-in runs in
 * has them. `tintAndShade` (1.9) is neither read nor restored: a line in a tinted theme colour comes back
 * in the colour `color` reports for it.
 */

/** One edge as Excel describes it. */
export interface BorderLine {
  style: string;
  weight: string;
  color: string;
}

/** A remembered edge: `[style, weight, color]`, or null for no line (kept short: it lives in the workbook's settings). */
export type EdgeMemory = [string, string, string] | null;

/** The edges that carry the cue, in the order the memory keeps them. */
export const CUE_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * Thick solid, medium dashed, thin dotted: three lines Excel prints distinctly (xlsx `thick`,
 * `mediumDashed`, `dotted`), in dark shades of the fills' hues so they also print as near-black.
 */
export const HIGHLIGHT_LINE: Record<Severity, BorderLine> = {
  error: { style: "Continuous", weight: "Thick", color: "#9C0006" },
  warning: { style: "Dash", weight: "Medium", color: "#9C5700" },
  info: { style: "Dot", weight: "Thin", color: "#1F4E79" },
};

/**
 * At most this many cells carry a border cue at once (counting earlier highlights not yet cleared).
 * Drawing it is 12 commands a cell, and clearing as many: 1,000 cells stay near 2 MB by the door's own
 * estimate (160 bytes a command), well under the 4 MB request cap, so highlight and clear keep their
 * 2 syncs. Cells past it, which no real report reaches, get the fill alone.
 */
export const MAX_CUED_CELLS = 1000;

// Excel.BorderLineStyle and Excel.BorderWeight: a remembered value outside them would make the whole clear fail.
const STYLES = new Set(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]);
const WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** An edge as read from Excel, or undefined when it cannot be told (mixed, or not a value Excel writes back). */
export function edgeMemory(line: Partial<BorderLine> | undefined): EdgeMemory | undefined {
  if (!line || typeof line.style !== "string" || !STYLES.has(line.style)) return undefined;
  if (line.style === "None") return null;
  if (typeof line.weight !== "string" || !WEIGHTS.has(line.weight) || typeof line.color !== "string" || !COLOR.test(line.color)) return undefined;
  return [line.style, line.weight, line.color.toUpperCase()];
}

/** The four remembered edges of a stored entry, or undefined when absent or damaged (then nothing is drawn back). */
export function edgesFromMemory(value: unknown): EdgeMemory[] | undefined {
  if (!Array.isArray(value) || value.length !== CUE_EDGES.length) return undefined;
  const edges: EdgeMemory[] = [];
  for (const v of value) {
    if (v === null) edges.push(null);
    else if (Array.isArray(v) && v.length === 3) {
      const e = edgeMemory({ style: v[0] as string, weight: v[1] as string, color: v[2] as string });
      if (!e) return undefined;
      edges.push(e);
    } else return undefined;
  }
  return edges;
}

/** Draws `line` (or no line) on one edge: style first, as Excel derives a visible line from weight or colour alone. */
export function drawEdge(border: Excel.RangeBorder, line: EdgeMemory): void {
  if (line === null) {
    border.style = "None";
    return;
  }
  const [style, weight, color] = line;
  border.style = style as Excel.BorderLineStyle;
  border.weight = weight as Excel.BorderWeight;
  border.color = color;
}

export const cueOf = (severity: Severity): EdgeMemory => {
  const l = HIGHLIGHT_LINE[severity];
  return [l.style, l.weight, l.color];
};

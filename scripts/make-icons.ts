/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png): a white sheet with a blue header row and a
 * red Σ, for "Tổng hợp" (the sum of many units' reports). Pure Node, no image library: shapes are sampled
 * on a supersampling grid into RGBA pixels and encoded as PNG with node:zlib and the project's CRC-32.
 * The output is deterministic, so test/manifest checks that the committed files match this script.
 * Run: `node --import tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { crc32 } from "../src/xlsx/crc32";

/** 16/32/80 are the ribbon sizes Office asks for; 32 is IconUrl, 64 HighResolutionIconUrl. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];
const TRANSPARENT: Rgba = [0, 0, 0, 0];
const BORDER: Rgba = [0x5f, 0x6b, 0x7a, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const HEADER: Rgba = [0x1e, 0x5a, 0xa8, 255];
const RULE: Rgba = [0xc9, 0xd3, 0xe0, 255];
const SIGMA: Rgba = [0xc8, 0x10, 0x2e, 255];

/** The sheet's outline in unit coordinates (0..1 across the icon). */
const SHEET = { x0: 0.1, y0: 0.06, x1: 0.9, y1: 0.94, radius: 0.08 };
const HEADER_BOTTOM = 0.3;
/** Σ as four strokes: top bar, down to the waist, back to the bottom-left, bottom bar. */
const SIGMA_STROKES: [number, number, number, number][] = [
  [0.34, 0.42, 0.7, 0.42],
  [0.35, 0.42, 0.55, 0.62],
  [0.55, 0.62, 0.35, 0.82],
  [0.35, 0.82, 0.7, 0.82],
];

function insideRoundedRect(x: number, y: number, r: typeof SHEET, inset: number): boolean {
  const x0 = r.x0 + inset, y0 = r.y0 + inset, x1 = r.x1 - inset, y1 = r.y1 - inset;
  const rad = Math.max(0, r.radius - inset);
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
}

function distanceToSegment(x: number, y: number, [ax, ay, bx, by]: [number, number, number, number]): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour at one point of the icon, painter's order: border, paper, rules, header, Σ. */
function colourAt(x: number, y: number, size: number): Rgba {
  // Strokes keep at least one pixel so the small icons stay crisp; the Σ thickens a little at 16 px.
  const border = Math.max(1, size * 0.04) / size;
  const sigmaHalf = Math.max(1.6, size * 0.09) / size / 2;
  if (!insideRoundedRect(x, y, SHEET, 0)) return TRANSPARENT;
  if (!insideRoundedRect(x, y, SHEET, border)) return BORDER;
  if (SIGMA_STROKES.some((s) => distanceToSegment(x, y, s) <= sigmaHalf)) return SIGMA;
  if (y <= HEADER_BOTTOM) return HEADER;
  if (size >= 32) {
    // Ruled rows and a label column, too fine to read below 32 px.
    const rule = Math.max(1, size * 0.025) / size;
    const onRow = [0.5, 0.66, 0.82].some((ry) => Math.abs(y - ry) <= rule / 2);
    const onColumn = Math.abs(x - 0.26) <= rule / 2;
    if (onRow || onColumn) return RULE;
  }
  return PAPER;
}

/** RGBA pixels (row-major, 4 bytes a pixel), each the average of an 8×8 grid of samples. */
export function drawIcon(size: number): Uint8Array {
  const n = 8;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb, ca] = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const o = (py * size + px) * 4;
      // Average premultiplied colour, then un-premultiply, so edges against transparency don't darken.
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round(a / (n * n));
    }
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set(Buffer.from(type, "latin1"), 0);
  body.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body) >>> 0);
  return out;
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG (filter type 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  return Buffer.concat(parts);
}

export function iconPng(size: number): Uint8Array {
  return encodePng(size, size, drawIcon(size));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(fileURLToPath(new URL("..", import.meta.url)), "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`${file}`);
  }
}

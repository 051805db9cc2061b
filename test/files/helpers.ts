import { strToU8, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Cell, Grid } from "../../src/engine/grid";
import { readWorkbook, type ReadFailure, type ReadLimits, type WorkbookRead } from "../../src/files/index";

export const FIXTURES = fileURLToPath(new URL("../fixtures/files/", import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export function readFixture(name: string, limits?: Partial<ReadLimits>): WorkbookRead {
  return readWorkbook(fixture(name), name.split("/").pop()!, limits);
}

export function expectOk(r: WorkbookRead): Extract<WorkbookRead, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.failure}: ${r.reason.en}`);
  return r;
}

/** Asserts the failure kind and that both reasons are real sentences. */
export function expectFailure(r: WorkbookRead, failure: ReadFailure): Extract<WorkbookRead, { ok: false }> {
  expect(r.ok, r.ok ? `expected ${failure}, got ok (${r.format})` : "").toBe(false);
  if (r.ok) throw new Error("unreachable");
  expect(r.failure, r.reason.en).toBe(failure);
  expect(r.reason.vi.length).toBeGreaterThan(20);
  expect(r.reason.en.length).toBeGreaterThan(20);
  return r;
}

export function cell(grid: Grid, r: number, c: number): Cell | undefined {
  return grid.cells[r]?.[c];
}

export function values(grid: Grid): unknown[][] {
  return grid.cells.map((row) => row.map((x) => (x === undefined ? null : x.v)));
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** A small deterministic PRNG (mulberry32), so that the "never throws" runs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tiny zip that looks like an xlsx: enough for the zip inspection to take it for one. */
export function smallXlsxZip(extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8("<workbook/>"),
    "xl/worksheets/sheet1.xml": strToU8("<worksheet/>"),
    ...extra,
  });
}

/**
 * A minimal xlsx written by hand (SheetJS's writer walks the whole declared range, which takes a
 * minute for two million rows): one sheet with the given <dimension> and <sheetData> rows.
 */
export function handXlsx(dimension: string, rows: string): Uint8Array {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Lớn" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`,
    ),
  });
}

/** Rewrites the uncompressed size that the central directory declares for `name`. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLen)) === name) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, drawIcon, encodePng, iconPng } from "../../scripts/make-icons";
import { ASSETS_DIR } from "./build";
import { pngSize } from "./checks";

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** The chunks of a PNG, each with its CRC checked by node:zlib (not by the CRC the script used). */
function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(png.subarray(at + 4, at + 8 + length)) === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** RGBA pixels of a filter-0, 8-bit RGBA PNG, as the script writes them. */
function pixels(png: Buffer): { size: number; rgba: Buffer } {
  const list = chunks(png);
  const header = list.find((c) => c.type === "IHDR")!.data;
  const size = header.readUInt32BE(0);
  const raw = inflateSync(Buffer.concat(list.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = 1 + size * 4;
  expect(raw.length).toBe(size * stride);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    expect(raw[y * stride], `filter byte of row ${y}`).toBe(0);
    raw.copy(rgba, y * size * 4, y * stride + 1, (y + 1) * stride);
  }
  return { size, rgba };
}

const at = (p: { size: number; rgba: Buffer }, x: number, y: number) => [...p.rgba.subarray((y * p.size + x) * 4, (y * p.size + x) * 4 + 4)];

describe("assets/icon-*.png", () => {
  it.each(ICON_SIZES)("icon-%i.png is exactly what scripts/make-icons.ts draws", (size) => {
    const committed = readFileSync(join(ASSETS_DIR, `icon-${size}.png`));
    expect(Buffer.from(iconPng(size)).equals(committed), "run `node --import tsx scripts/make-icons.ts`").toBe(true);
  });

  it.each(ICON_SIZES)("icon-%i.png is a valid RGBA PNG of its size", (size) => {
    const png = readFileSync(join(ASSETS_DIR, `icon-${size}.png`));
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(list.every((c) => c.crcOk)).toBe(true);
    expect(pngSize(png)).toEqual({ width: size, height: size });
    expect([...list[0].data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    const p = pixels(png);
    // Transparent corners (rounded sheet), the blue header at the top, the red Σ in the middle row.
    expect(at(p, 0, 0)[3]).toBe(0);
    const header = at(p, Math.floor(size * 0.8), Math.floor(size * 0.18));
    expect(header[3]).toBe(255);
    expect(header[2]).toBeGreaterThan(header[0] + 80);
    const middle = Array.from({ length: size }, (_, x) => at(p, x, Math.floor(size * 0.62)));
    expect(middle.some(([r, g, b, a]) => a === 255 && r > 150 && g < 80 && b < 90)).toBe(true);
  });
});

describe("the PNG encoder", () => {
  it("round-trips arbitrary pixels", () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const png = Buffer.from(encodePng(3, 2, rgba));
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(chunks(png).every((c) => c.crcOk)).toBe(true);
    const raw = inflateSync(chunks(png).find((c) => c.type === "IDAT")!.data);
    expect([...raw.subarray(1, 13)]).toEqual([...rgba.subarray(0, 12)]);
    expect([...raw.subarray(14, 26)]).toEqual([...rgba.subarray(12, 24)]);
  });

  it("draws the same pixels every time", () => {
    expect(Buffer.from(drawIcon(32)).equals(Buffer.from(drawIcon(32)))).toBe(true);
  });

  it("rejects what is not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("<!doctype html><html></html>"))).toBeNull();
  });
});

/**
 * CSV-aware mutation: read the fixture's rows, change some fields, and write them back with another
 * delimiter, quoting, line ending, byte-order mark and encoding (UTF-8, UTF-16 LE/BE, a Latin-1
 * stand-in for Windows-1258, invalid UTF-8).
 */
import type { Mutated } from "./bytes";
import type { Rng } from "./rng";
import { hostileNumberText, hostileString } from "./values";

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return utf8.replace(/^\uFEFF/, "");
}

/** Splits on the most frequent of `,` `;` tab in the first line; quotes are kept as typed. */
function rowsOf(text: string): string[][] {
  const lines = text.split(/\r\n|\n|\r/);
  const first = lines[0] ?? "";
  const delim = [",", ";", "\t"].sort((a, b) => first.split(b).length - first.split(a).length)[0];
  return lines.map((l) => l.split(delim).map((f) => f.replace(/^"|"$/g, "").replace(/""/g, '"')));
}

function encode(text: string, r: Rng): { bytes: Uint8Array; what: string } {
  const kind = r.pick(["utf8", "utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "latin1", "bad-utf8"]);
  const utf16 = (bigEndian: boolean, bom: boolean) => {
    const s = (bom ? "\uFEFF" : "") + text;
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  switch (kind) {
    case "utf8-bom":
      return { bytes: new TextEncoder().encode("\uFEFF" + text), what: kind };
    case "utf16le-bom":
      return { bytes: utf16(false, true), what: kind };
    case "utf16be-bom":
      return { bytes: utf16(true, true), what: kind };
    case "utf16le":
      return { bytes: utf16(false, false), what: kind };
    case "latin1":
      return { bytes: Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)), what: kind };
    case "bad-utf8": {
      const b = new TextEncoder().encode(text);
      for (let i = 0; i < r.small(1, 10) && b.length; i++) b[r.int(0, b.length - 1)] = r.pick([0xc0, 0xff, 0xed, 0x80, 0xf8]);
      return { bytes: b, what: kind };
    }
    default:
      return { bytes: new TextEncoder().encode(text), what: kind };
  }
}

export function mutateCsv(bytes: Uint8Array, r: Rng): Mutated {
  const rows = rowsOf(decode(bytes));
  const whats: string[] = [];
  const edits = r.small(0, 20);
  for (let i = 0; i < edits && rows.length; i++) {
    const row = r.pick(rows);
    const at = r.int(0, row.length);
    row[at] = r.chance(0.5) ? hostileString(r) : hostileNumberText(r);
  }
  if (edits) whats.push(`fields×${edits}`);
  if (r.chance(0.2)) {
    const n = r.small(1, 5000);
    for (let i = 0; i < n; i++) rows.push(Array.from({ length: r.small(1, 300) }, () => (r.chance(0.5) ? String(r.int(0, 999)) : "")));
    whats.push(`rows+${n}`);
  }
  const delim = r.pick([",", ";", "\t", "|", " ", ",;"]);
  const quoting = r.pick(["minimal", "all", "none", "broken"]);
  const eol = r.pick(["\n", "\r\n", "\r", "mixed"]);
  const field = (f: string) => {
    if (quoting === "all" || (quoting === "minimal" && /[",;\t\r\n|]/.test(f))) return `"${f.replace(/"/g, '""')}"`;
    if (quoting === "broken" && r.chance(0.05)) return `"${f}`;
    return f;
  };
  const lines = rows.map((row) => row.map(field).join(delim));
  const text = eol === "mixed" ? lines.map((l) => l + r.pick(["\n", "\r\n", "\r"])).join("") : lines.join(eol);
  const encoded = encode(text, r);
  whats.push(`delim ${JSON.stringify(delim)}`, `quotes ${quoting}`, `eol ${JSON.stringify(eol)}`, encoded.what);
  return { bytes: encoded.bytes, what: `csv[${whats.join(", ")}]` };
}

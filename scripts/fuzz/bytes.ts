/**
 * Format-blind mutations of a file's bytes: flips, truncation, inserted, deleted and duplicated
 * runs, and "interesting" byte values. Each returns new bytes and a short description.
 */
import type { Rng } from "./rng";

export interface Mutated {
  bytes: Uint8Array;
  /** What was done, for the report (`flip×3`, `truncate@1200`). */
  what: string;
}

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe, 0x3c, 0x3e, 0x22, 0x0a];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type ByteOp = (b: Uint8Array, r: Rng) => Mutated;

const flip: ByteOp = (b, r) => {
  const out = b.slice();
  const n = r.small(1, 32);
  for (let i = 0; i < n && out.length; i++) {
    const at = r.int(0, out.length - 1);
    out[at] = r.chance(0.5) ? out[at] ^ (1 << r.int(0, 7)) : r.int(0, 255);
  }
  return { bytes: out, what: `flip×${n}` };
};

const truncate: ByteOp = (b, r) => {
  const at = r.int(0, Math.max(0, b.length - 1));
  return { bytes: b.slice(0, at), what: `truncate@${at}` };
};

const insertRun: ByteOp = (b, r) => {
  const at = r.int(0, b.length);
  const n = r.small(1, 4096);
  const run = r.chance(0.5) ? r.bytes(n) : new Uint8Array(n).fill(r.pick(INTERESTING));
  return { bytes: concat(b.subarray(0, at), run, b.subarray(at)), what: `insert${n}@${at}` };
};

const deleteRun: ByteOp = (b, r) => {
  const at = r.int(0, Math.max(0, b.length - 1));
  const n = r.small(1, Math.max(1, Math.min(4096, b.length - at)));
  return { bytes: concat(b.subarray(0, at), b.subarray(at + n)), what: `delete${n}@${at}` };
};

const duplicateRun: ByteOp = (b, r) => {
  const from = r.int(0, Math.max(0, b.length - 1));
  const n = r.small(1, Math.max(1, Math.min(2048, b.length - from)));
  const to = r.int(0, b.length);
  return { bytes: concat(b.subarray(0, to), b.subarray(from, from + n), b.subarray(to)), what: `dup${n}:${from}→${to}` };
};

const interesting: ByteOp = (b, r) => {
  const out = b.slice();
  const n = r.small(1, 8);
  for (let i = 0; i < n && out.length; i++) {
    const at = r.int(0, out.length - 1);
    // Little-endian 16/32-bit extremes land on length and offset fields of binary formats.
    const width = r.pick([1, 2, 4]);
    const v = r.pick([0, 0xff, 0x7f, 0x80]);
    for (let k = 0; k < width && at + k < out.length; k++) out[at + k] = v;
  }
  return { bytes: out, what: `interesting×${n}` };
};

const BYTE_OPS: ByteOp[] = [flip, flip, truncate, insertRun, deleteRun, duplicateRun, interesting];

/** One to three byte-level mutations in a row. */
export function mutateBytes(bytes: Uint8Array, r: Rng): Mutated {
  let current = bytes;
  const whats: string[] = [];
  const n = r.small(1, 3);
  for (let i = 0; i < n; i++) {
    const m = r.pick(BYTE_OPS)(current, r);
    current = m.bytes;
    whats.push(m.what);
  }
  return { bytes: current, what: `bytes[${whats.join(", ")}]` };
}

/**
 * A growable UTF-8 byte buffer. Large sheets are written straight into bytes instead of an array
 * of half a million small strings: that array, not the XML itself, was what cost the time (the
 * garbage collector spent longer on the strings than the code spent building them).
 */
export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;
  private readonly encoder = new TextEncoder();

  constructor(initialSize = 1 << 16) {
    this.buf = new Uint8Array(initialSize);
  }

  get length(): number {
    return this.pos;
  }

  private ensure(extra: number): void {
    if (this.pos + extra > this.buf.length) this.grow(this.pos + extra);
  }

  private grow(need: number): void {
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Writes any string as UTF-8. Short ASCII strings (tags, refs) take a loop, not a call out. */
  str(s: string): void {
    const n = s.length;
    if (n <= 64) {
      this.ensure(n);
      const buf = this.buf;
      let p = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const code = s.charCodeAt(i);
        if (code >= 0x80) break;
        buf[p++] = code;
      }
      this.pos = p;
      if (i === n) return;
      s = s.slice(i);
    }
    // Up to 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    this.ensure(s.length * 3);
    this.pos += this.encoder.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** Copies the first `n` bytes of `src` (short pieces: a loop beats `set` at these sizes). */
  raw(src: Uint8Array, n: number = src.length): void {
    if (this.pos + n > this.buf.length) this.grow(this.pos + n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = src[i];
    this.pos = p;
  }

  /**
   * `a`, the first `n` bytes of `b`, then `c`, in one call: a cell's start (`<c r="D`, the row's
   * digits, `" s="3"><v>`), the writer's most frequent piece. One call instead of three matters where
   * the compiler inlines little (the CLI's, src/cli/prestart.ts).
   */
  raw3(a: Uint8Array, b: Uint8Array, n: number, c: Uint8Array): void {
    const total = a.length + n + c.length;
    if (this.pos + total > this.buf.length) this.grow(this.pos + total);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < a.length; i++) buf[p++] = a[i];
    for (let i = 0; i < n; i++) buf[p++] = b[i];
    for (let i = 0; i < c.length; i++) buf[p++] = c[i];
    this.pos = p;
  }

  /** Writes a non-negative integer in decimal without making a string. */
  uint(n: number): void {
    if (n < 10) {
      this.ensure(1);
      this.buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    this.ensure(digits);
    let p = this.pos + digits;
    this.pos = p;
    for (let m = n; p > this.pos - digits; m = Math.floor(m / 10)) this.buf[--p] = 48 + (m % 10);
  }

  /** Writes a finite number the way XML Schema doubles are written (JS's shortest round-trip form). */
  num(v: number): void {
    if (Number.isSafeInteger(v) && v >= 0) this.uint(v);
    else this.str(String(v));
  }

  /** Leaves `n` bytes to be filled later with `writeAt`. */
  skip(n: number): void {
    this.ensure(n);
    this.pos += n;
  }

  /** Overwrites bytes already reserved or written. */
  writeAt(offset: number, src: Uint8Array): void {
    if (offset < 0 || offset + src.length > this.pos) throw new RangeError("ByteWriter.writeAt outside the written bytes");
    this.buf.set(src, offset);
  }

  /** Drops everything written after `length` (used to take back an empty row). */
  truncate(length: number): void {
    if (length < this.pos) this.pos = length;
  }

  /** The bytes written (from `start`), as a view on the buffer: no copy. */
  bytes(start = 0): Uint8Array {
    return this.buf.subarray(start, this.pos);
  }
}

/** Joins byte chunks into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

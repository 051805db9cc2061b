/**
 * Request sizes, estimated as we queue. Excel on the web refuses a request over 5 MB; the door keeps
 * each one under 4 MB by its own count, which is at least the UTF-8 size of the JSON it sends.
 */

/** Where the door stops queueing and syncs. */
export const REQUEST_LIMIT = 4 * 1024 * 1024;
/** What one queued command costs besides its arguments (object path, method name, ids). */
export const COMMAND_OVERHEAD = 160;

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of `value` sent as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

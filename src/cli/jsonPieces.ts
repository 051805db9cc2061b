/**
 * `JSON.stringify(value, null, 2)` in pieces: the same characters, split where the document's top levels
 * split (each unit of a consolidation, each finding). A consolidation of 1,000 units prints 12 MB; as one
 * string, V8 must first copy the many small parts it built it from into one flat string of 23 MB, then
 * encode all of it to UTF-8 (about 120 ms together), while piece by piece each stays in the cache and is
 * written as soon as it is made.
 *
 * For plain data, as the engines' JSON documents are: objects, arrays, strings, numbers, booleans, null,
 * and properties set to `undefined`, left out as JSON.stringify leaves them out.
 */

/** JSON.stringify's indentation here. */
const INDENT = 2;
/** Arrays and objects down to this depth are split; anything deeper is one piece. */
const SPLIT_DEPTH = 2;

/** What JSON.stringify leaves out of an object. */
const leftOut = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

/** An array or object JSON.stringify writes member by member (nothing of its own via toJSON). */
function splittable(v: unknown): v is Record<string, unknown> | unknown[] {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * `value` stringified as it reads `depth` levels down. The stringifier indents it itself: it is wrapped
 * in `depth` arrays, whose brackets and line breaks (known lengths) are then cut off. Below the top, an
 * `undefined` reads `null`, as an array's member does (an object's is left out before it comes here).
 */
function atDepth(value: unknown, depth: number): string {
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text: string | undefined = JSON.stringify(wrapped, null, INDENT);
  if (text === undefined) return "";
  // Level k (1-based) opens with `[`, a line break and k indents, and closes with a line break, k − 1 indents and `]`.
  const before = 2 * depth + (INDENT * depth * (depth + 1)) / 2;
  const after = 2 * depth + (INDENT * depth * (depth - 1)) / 2;
  return text.slice(before, text.length - after);
}

function* piecesAt(value: unknown, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !splittable(value)) {
    yield atDepth(value, depth);
    return;
  }
  if (Array.isArray(value)) {
    yield* members(Array.from(value, (v) => ({ prefix: "", value: v })), "[", "]", depth);
  } else {
    const keys = Object.keys(value).filter((k) => !leftOut(value[k]));
    yield* members(keys.map((k) => ({ prefix: `${JSON.stringify(k)}: `, value: value[k] })), "{", "}", depth);
  }
}

/** An array's or object's members between its brackets, one per line; empty, just the brackets. */
function* members(list: { prefix: string; value: unknown }[], open: string, close: string, depth: number): Generator<string> {
  if (list.length === 0) {
    yield open + close;
    return;
  }
  const indent = `\n${" ".repeat(INDENT * (depth + 1))}`;
  for (let i = 0; i < list.length; i++) {
    yield `${i === 0 ? open : ","}${indent}${list[i].prefix}`;
    yield* piecesAt(list[i].value, depth + 1);
  }
  yield `\n${" ".repeat(INDENT * depth)}${close}`;
}

/** The pieces of `JSON.stringify(value, null, 2)`, in order; joined, they are exactly that string. */
export function jsonPieces(value: unknown): Iterable<string> {
  return piecesAt(value, 0);
}

import { REQUEST_LIMIT } from "./bytes";
import type { SizedOp } from "./ops";

/**
 * Groups commands into requests, in order, each under `limit` bytes once `reserve` (the fixed
 * commands every request starts with) is counted: a new request starts only when the next
 * command would pass the limit, so the number of syncs follows the bytes, not rows or sheets.
 */
export function batchOps(ops: readonly SizedOp[], limit = REQUEST_LIMIT, reserve: (index: number) => number = () => 0): SizedOp[][] {
  const batches: SizedOp[][] = [];
  let current: SizedOp[] = [];
  let size = reserve(0);
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > limit) {
      batches.push(current);
      current = [];
      size = reserve(batches.length);
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/** The estimated size of each request. */
export function batchBytes(batches: readonly SizedOp[][], reserve: (index: number) => number = () => 0): number[] {
  return batches.map((b, i) => b.reduce((n, op) => n + op.bytes, reserve(i)));
}

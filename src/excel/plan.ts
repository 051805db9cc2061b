import type { SheetSpec } from "../engine/sheetspec";
import { REQUEST_LIMIT } from "./bytes";
import { batchReserve } from "./build";
import { batchBytes, batchOps } from "./chunks";
import type { SizedOp } from "./ops";
import { BLOCK_BYTES, renderSpec } from "./renderSpec";

/**
 * The requests a write will send, planned without Excel: for the writers, and for the bench, which
 * reports how many syncs a consolidation takes and how large its largest request is.
 */
export interface WritePlan {
  batches: SizedOp[][];
  /** Estimated bytes of each batch request. */
  requestBytes: number[];
  maxRequestBytes: number;
  /** Syncs of the whole `writeConsolidation`: the first look, the batches, the swap, the pivot. */
  syncs: number;
  commands: number;
}

export interface PlanOptions {
  /** The names the sheets are added under (temporary ones); their length counts in the first request. */
  sheetNames?: readonly string[];
  /** Table names to build under, by spec index. */
  tableNames?: ReadonlyMap<number, string>;
  validations?: boolean;
  pivot?: boolean;
  limit?: number;
}

export function planWrites(specs: readonly SheetSpec[], options: PlanOptions = {}): WritePlan {
  const names = options.sheetNames ?? specs.map((_, i) => `~TongHop xxx-${i + 1}`);
  const limit = options.limit ?? REQUEST_LIMIT;
  // Blocks much smaller than a request, so that requests fill up evenly.
  const blockBytes = Math.min(BLOCK_BYTES, Math.floor(limit / 8));
  const ops = specs.flatMap((spec, i) => renderSpec(i, spec, { validations: options.validations ?? false, tableName: options.tableNames?.get(i), blockBytes }));
  const reserve = batchReserve(names);
  const batches = batchOps(ops, limit, reserve);
  const requestBytes = batchBytes(batches, reserve);
  return {
    batches,
    requestBytes,
    maxRequestBytes: Math.max(0, ...requestBytes),
    syncs: 1 + batches.length + 1 + (options.pivot ? 1 : 0),
    commands: ops.length,
  };
}

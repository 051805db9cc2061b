import { ExcelDoorError } from "./errors";
import { MESSAGES } from "./messages";

/**
 * The one way into Excel: `Excel.run` with a counted `sync`, and every failure turned into an
 * `ExcelDoorError` that tells the user what to do. The global `Excel` is looked up at call time,
 * so tests (and the browser mode, where there is none) can install or omit it.
 */
export interface Door {
  context: Excel.RequestContext;
  /** `context.sync()`, counted. */
  sync(): Promise<void>;
  /** Syncs done so far in this run. */
  readonly syncs: number;
}

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

function excelGlobal(): typeof Excel | undefined {
  const g = globalThis as { Excel?: typeof Excel };
  return g.Excel && typeof g.Excel.run === "function" ? g.Excel : undefined;
}

export function inExcel(): boolean {
  return excelGlobal() !== undefined;
}

/** Excel's error, whatever it was, as one of ours. An `ExcelDoorError` passes through unchanged. */
export function toDoorError(e: unknown): ExcelDoorError {
  if (e instanceof ExcelDoorError) return e;
  const err = (typeof e === "object" && e !== null ? e : {}) as OfficeLikeError;
  const code = typeof err.code === "string" ? err.code : "";
  const text = typeof err.message === "string" ? err.message : String(e);
  if (/protect/i.test(text) || code === "AccessDenied") return new ExcelDoorError("SheetProtected", MESSAGES.sheetProtected(), e);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new ExcelDoorError("CellEditMode", MESSAGES.cellEditMode(), e);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return new ExcelDoorError("PayloadTooLarge", MESSAGES.payloadTooLarge(), e);
    case "ItemAlreadyExists":
      return new ExcelDoorError("NameTaken", MESSAGES.nameTaken(), e);
    case "InvalidArgument":
      return new ExcelDoorError("InvalidArgument", MESSAGES.invalidArgument(), e);
    case "ApiNotFound":
      return new ExcelDoorError("ApiNotSupported", MESSAGES.apiNotSupported(/ExcelApi (\d+\.\d+)/.exec(text)?.[1]), e);
    case "ActivityLimitReached":
    case "Conflict":
    case "ServiceNotAvailable":
    case "WorkbookNotReady":
      return new ExcelDoorError("Busy", MESSAGES.busy(), e);
    default:
      return new ExcelDoorError(code || "Unknown", MESSAGES.unknown(code ? `${code}: ${text}` : text), e);
  }
}

/** Runs `batch` in `Excel.run`. Throws `ExcelDoorError` only. */
export async function runExcel<T>(batch: (door: Door) => Promise<T>): Promise<T> {
  const excel = excelGlobal();
  if (!excel) throw new ExcelDoorError("NotInExcel", MESSAGES.notInExcel());
  try {
    return await excel.run(async (context) => {
      let syncs = 0;
      const door: Door = {
        context,
        async sync() {
          syncs++;
          await context.sync();
        },
        get syncs() {
          return syncs;
        },
      };
      return batch(door);
    });
  } catch (e) {
    throw toDoorError(e);
  }
}

import { type FakeCore, FakeRequestContext, runBatch } from "./context";
import { createWorkbookFunction } from "./createWorkbook";
import { EXCEL_ENUMS, OFFICE_EXTENSION_ERROR_CODES } from "./enums";
import { FakeOfficeError } from "./errors";
import { FakeClientObject, FakeClientResult } from "./proxy";

/** The global `Excel`: `run`, `RequestContext`, `createWorkbook` (its files go to `created`) and the enums. */
export function createExcelNamespace(core: FakeCore, created: string[] = []): Record<string, unknown> {
  function RequestContext(): FakeRequestContext {
    return new FakeRequestContext(core);
  }
  return {
    run: (...args: unknown[]) => runBatch(core, args),
    RequestContext,
    createWorkbook: createWorkbookFunction(core.apiVersion, created),
    ...EXCEL_ENUMS,
  };
}

/** The global `OfficeExtension`: its error class lets adapter code test `instanceof OfficeExtension.Error`. */
export function createOfficeExtensionNamespace(): Record<string, unknown> {
  return {
    Error: FakeOfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientObject: FakeClientObject,
    ClientResult: FakeClientResult,
    ClientRequestContext: FakeRequestContext,
  };
}

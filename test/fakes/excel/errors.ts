/**
 * Errors shaped like Office.js's `OfficeExtension.Error`: a `code` from `Excel.ErrorCodes`, the message
 * Excel gives, and `debugInfo.errorLocation` naming the API member that failed. Adapter code maps errors
 * by `code`, so the codes must be Excel's own.
 */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

/** Excel's own wording for the common codes (used when a command gives no more specific message). */
const DEFAULT_MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. Please refer to the documentation: \"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins\".",
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** What `context.sync()` rejects with and what unloaded property reads throw (Office.js names it RichApi.Error). */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string, httpStatusCode = 400) {
    const text = message ?? DEFAULT_MESSAGES[code] ?? code;
    super(text);
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message: text, ...(errorLocation ? { errorLocation } : {}) };
  }

  /** Office.js's errors print as `Code: message`; handy in test output. */
  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(code: string, message?: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}

export const invalidArgument = (message?: string, location?: string) => officeError(ErrorCodes.invalidArgument, message, location);
export const invalidOperation = (message?: string, location?: string) => officeError(ErrorCodes.invalidOperation, message, location);
export const itemNotFound = (message?: string, location?: string) => officeError(ErrorCodes.itemNotFound, message, location);
export const itemAlreadyExists = (message?: string, location?: string) => officeError(ErrorCodes.itemAlreadyExists, message, location);

/** Excel's exact text for a property read before `load` + `sync`. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return officeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** The fake refuses, loudly, what it does not model, instead of pretending. */
export function notModelled(what: string, location?: string): FakeOfficeError {
  return officeError(ErrorCodes.notImplemented, `The fake Excel does not model ${what}.`, location);
}

export function isOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}

export const invalidObjectPathError = (message: string, location?: string) => officeError("InvalidObjectPath", message, location);

import type { Localized } from "../engine/findings";

/** The codes an `ExcelDoorError` carries: Excel's own where it gave one, else ours. */
export type DoorCode =
  | "NotInExcel"
  | "ApiNotSupported"
  | "SheetProtected"
  | "CellEditMode"
  | "PayloadTooLarge"
  | "SheetNotFound"
  | "NameTaken"
  | "InvalidArgument"
  | "WouldOverwriteText"
  | "TooManyCells"
  | "Busy"
  | "Unknown"
  | (string & {});

// `Error` without its string `message`, so that ours can be bilingual while instances stay real
// Errors (stack, `instanceof Error`, test matchers).
const ErrorWithoutMessage = Error as unknown as new (message?: string) => Omit<Error, "message">;

/**
 * The only error the Excel door throws: a code and a message that says, in Vietnamese first, what
 * happened and what the user can do. `cause` keeps Excel's own error for the log.
 */
export class ExcelDoorError extends ErrorWithoutMessage {
  readonly code: DoorCode;
  readonly message: Localized;
  override readonly cause?: unknown;

  constructor(code: DoorCode, message: Localized, cause?: unknown) {
    super(message.en);
    this.name = "ExcelDoorError";
    this.code = code;
    this.message = message;
    this.cause = cause;
  }

  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message.vi}`;
  }
}

export function isExcelDoorError(e: unknown): e is ExcelDoorError {
  return e instanceof ExcelDoorError;
}

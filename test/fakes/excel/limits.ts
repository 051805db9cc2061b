/** Excel's sheet size and the limits Excel on the web enforces, in one place. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Excel on the web rejects a request or a response larger than 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Each queued command costs its JSON plus this much for the object path and envelope (an estimate). */
export const COMMAND_OVERHEAD = 64;

/** A cell holds at most 32,767 characters; a formula at most 8,192. */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;
/** Worksheet names: at most 31 characters, none of these. */
export const MAX_SHEET_NAME = 31;
export const FORBIDDEN_SHEET_CHARS = /[\\/?*[\]:]/;

/**
 * Above this many cells a style write is refused by the fake: Excel keeps whole-row/column styles
 * natively, the fake stores cells one by one and would not finish.
 */
export const MAX_STYLED_CELLS = 2_000_000;

/** Excel's defaults for an untouched sheet. */
export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 = 64 px
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" } as const;

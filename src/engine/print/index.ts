export { printSetupFor, withPrint, sheetWidthMm, printableWidthMm, columnWidthMm, PRINT_MARGINS_MM, MIN_PORTRAIT_SCALE } from "./setup";
export { writeLetterhead, writeSignature, letterheadTexts, parseSigner, SIGNATURE_ROWS, type SigningSettings, type Span } from "./letterhead";

/**
 * The files layer as the doors use it (read.ts), with SheetJS given up front: every reading is
 * synchronous. The CLI's reading workers use read.ts itself and load SheetJS only when a file needs
 * it (src/cli/readWorker.ts).
 */
import { useParser } from "./read";
import * as sheetjs from "./sheetjs";

useParser(sheetjs);

export * from "./read";

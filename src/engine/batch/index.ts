/** A whole batch of units' workbooks holding any forms: the one entry point every door consolidates through. */
export { formSet, type FormSet } from "./formSet";
export { consolidateBatch, unitOfFile, type BatchConsolidation, type BatchOptions } from "./consolidateBatch";
export { batchSheets } from "./sheets";
export { batchSummary, type BatchSummary } from "./summary";
export { batchJson, type BatchJson } from "./json";

// Prints vitest's JSON results as one plain closing line, `N passed, N failed, N skipped`.
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(process.argv[2], "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
process.exitCode = r.success ? 0 : 1;

// The entry of the CLI's reading workers (boundedRead.ts). Worker threads do not get the parent's tsx
// hooks in time for their entry module on Node 20, so each worker registers tsx itself, then loads the
// TypeScript module it was given (readWorker.ts, or a test's) and runs its main().
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { main } = await import(workerData.module);
main();

// Worker threads do not get the parent's `--import tsx` hooks in time for their entry module on
// Node 20, so each worker registers tsx itself before loading the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");

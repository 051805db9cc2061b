/** The built reading worker's entry (build/cli/read-worker.mjs): started by boundedRead.ts without tsx. */
import { main } from "./readWorker";

main();

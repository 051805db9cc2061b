/**
 * A reading worker for bounded.test.ts that misbehaves on cue, by the file's name, so the pool's
 * bounds are tested on a worker that certainly hangs or certainly runs out of memory (a real hostile
 * file may be refused early one day, by a check before SheetJS). Any other file is read for real.
 * A file whose name holds
 *   treo         spins forever, as SheetJS does on some damaged .xlsb
 *   tran-bo-nho  allocates until the heap is full
 *   cham         is answered after 1.5 s (a later file, read by the other worker, finishes first)
 *   loi          throws (a bug of ours, not the file's)
 */
import { answer, serve } from "../../src/cli/readWorker";

const nameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function main(): void {
  serve(async (job) => {
    const name = nameOf(job.path);
    if (name.includes("treo")) {
      for (;;) {
        /* spins until the pool terminates this worker */
      }
    }
    if (name.includes("tran-bo-nho")) {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1 << 20).fill(hoard.length));
    }
    if (name.includes("cham")) await new Promise((resolve) => setTimeout(resolve, 1500));
    if (name.includes("loi")) throw new Error("a bug in the reader");
    return answer(job);
  });
}

/**
 * Case `index` of a run seeded `seed`: which seed file, which mutations, which read options. A pure
 * function of (corpus, seed, index), so any case can be rebuilt alone to save or replay it.
 */
import { mutateBytes } from "./bytes";
import type { SeedFile } from "./corpus";
import { mutateCsv } from "./csv";
import { NO_LIMITS, type OdsLimits } from "./odsParts";
import { caseSeed, rng } from "./rng";
import { mutateZip } from "./zip";

export interface FuzzCase {
  index: number;
  /** The seed file's path. */
  source: string;
  /** The name the mutated file is read under (its extension only names a CSV's sheet). */
  name: string;
  bytes: Uint8Array;
  /** What was done to it, for the report. */
  mutation: string;
  /** Prove zip entries with Node's zlib (the CLI's way) rather than fflate (the browser's). */
  nodeZlib: boolean;
}

/** `limits` caps the mutations known to hang the reader (see odsParts.ts); the full run has none. */
export function makeCase(corpus: SeedFile[], seed: number, index: number, limits: OdsLimits = NO_LIMITS): FuzzCase {
  const r = rng(caseSeed(seed, index));
  const file = corpus[r.int(0, corpus.length - 1)];
  let mutated = { bytes: file.bytes, what: "" };
  const roll = r.next();
  if (file.kind === "zip" && roll < 0.65) {
    mutated = mutateZip(file.bytes, r, limits) ?? mutateBytes(file.bytes, r);
    // Sometimes both: a damaged container around damaged contents.
    if (r.chance(0.15)) {
      const more = mutateBytes(mutated.bytes, r);
      mutated = { bytes: more.bytes, what: `${mutated.what} + ${more.what}` };
    }
  } else if (file.kind === "csv" && roll < 0.7) {
    mutated = mutateCsv(file.bytes, r);
  } else {
    mutated = mutateBytes(file.bytes, r);
  }
  const name = file.path.split("/").pop()!;
  return { index, source: file.path, name, bytes: mutated.bytes, mutation: mutated.what, nodeZlib: r.chance(0.5) };
}

/** `#42 examples/units/01-cap-nuoc.xlsx: zip[…]`, shortened for one line. */
export function describeCase(c: Pick<FuzzCase, "index" | "source" | "mutation">, max = 160): string {
  // Control characters from the mutations (a NUL in an entry name) would garble a terminal or log.
  const text = `#${c.index} ${c.source}: ${c.mutation}`.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

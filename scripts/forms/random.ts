/**
 * A seeded pseudo-random source (mulberry32), so that every run of the generators writes the same figures:
 * the sample and the fixtures must not change unless their code does.
 */
// The fuzzer's generator: the same draws, so the sample's figures do not depend on which copy is used.
import { rng, type Rng } from "../fuzz/rng";

export { rng, type Rng };

/** How many of `n` people have a trait of probability `p` (a binomial draw, person by person). */
export function binomial(r: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (r.next() < p) k++;
  return k;
}

/**
 * Assigns each of `n` people to one category by weight (a multinomial draw): the counts sum to `n` exactly,
 * which is what a partition (*chia ra*) of real people looks like.
 */
export function multinomial(r: Rng, n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const counts = weights.map(() => 0);
  if (total <= 0) return counts;
  for (let i = 0; i < n; i++) {
    let x = r.next() * total;
    let k = 0;
    while (k < weights.length - 1 && x >= weights[k]) x -= weights[k++];
    while (weights[k] === 0 && k > 0) k--;
    counts[k]++;
  }
  return counts;
}

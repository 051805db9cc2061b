/**
 * Remembers a string function's results. Every unit's file repeats the form's labels and names, so
 * the same few thousand strings are normalised over and over. Bounded, so a hostile file full of
 * unique strings cannot make it grow without end.
 */
export function memoized<T = string>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let r = cache.get(s);
    if (r === undefined) {
      r = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(s, r);
    }
    return r;
  };
}

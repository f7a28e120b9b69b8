/** Deterministic pseudo-random numbers (a linear congruential generator), so benchmarks measure the same data every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

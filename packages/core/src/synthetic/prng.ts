/** A seeded pseudo-random number generator: each call gives a number in [0, 1). */
export type Random = () => number;

/**
 * mulberry32, a small, fast 32-bit seeded generator: the same seed always gives the same sequence, on
 * every platform (integer arithmetic with `Math.imul`). Not for cryptography.
 *
 * @example
 * ```ts
 * const random = mulberry32(42);
 * random(); // 0.6011037519201636, on every run
 * ```
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed derived from a seed and a stream number, so that each issuer gets its own independent sequence
 * (adding issuers never changes the earlier ones).
 *
 * @example
 * ```ts
 * mulberry32(deriveSeed(42, 7)); // issuer 7's generator
 * ```
 */
export function deriveSeed(seed: number, stream: number): number {
  let hash = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Draws from a seeded generator. */
export interface Draw {
  readonly random: Random;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A normally distributed number (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** A log-normally distributed factor around 1 (sd of its logarithm). */
  factor(sd: number): number;
  /** A whole number near `mean` (Poisson for small means, rounded normal above). */
  poisson(mean: number): number;
}

/**
 * Convenience draws over a seeded generator.
 *
 * @example
 * ```ts
 * const draw = drawFrom(mulberry32(1));
 * draw.int(1, 6); // a die roll, the same on every run
 * ```
 */
export function drawFrom(random: Random): Draw {
  const normal = (mean: number, sd: number) => {
    const u = 1 - random();
    const v = random();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    random,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    chance: (p) => random() < p,
    normal,
    factor: (sd) => Math.exp(normal(0, sd)),
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
      const limit = Math.exp(-mean);
      let count = 0;
      for (let product = random(); product > limit; product *= random()) count += 1;
      return count;
    },
  };
}

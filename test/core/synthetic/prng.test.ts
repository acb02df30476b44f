// The seeded draws behind the synthetic reports: deriveSeed gives each issuer its own stream, drawFrom turns
// a generator into dice, coins and bell curves. The draws are checked against a scripted generator, so that
// each expected value can be worked out by hand from the formula (Box–Muller, Knuth's Poisson).
import { describe, expect, it } from 'vitest';
import { deriveSeed, drawFrom, mulberry32 } from '@rule-of-law/core/synthetic';

/** A "generator" that returns the given numbers in turn. */
function scripted(...values: number[]): () => number {
  let next = 0;
  return () => {
    const value = values[next];
    if (value === undefined) expect.unreachable(`asked for draw ${next + 1} of ${values.length}`);
    next += 1;
    return value;
  };
}

describe('drawFrom', () => {
  it('int(min, max) covers both ends: 0 → 1, 0.5 → 4, 0.9999 → 6 for a die', () => {
    const draw = drawFrom(scripted(0, 0.5, 0.9999));
    // 1 + ⌊r × 6⌋: ⌊0⌋ = 0, ⌊3⌋ = 3, ⌊5.9994⌋ = 5.
    expect([draw.int(1, 6), draw.int(1, 6), draw.int(1, 6)]).toEqual([1, 4, 6]);
  });

  it('chance(p) is true below p only', () => {
    const draw = drawFrom(scripted(0.29, 0.3, 0));
    expect([draw.chance(0.3), draw.chance(0.3), draw.chance(0)]).toEqual([true, false, false]);
  });

  it('normal(mean, sd) is Box–Muller: u = 0.5, v = 0 gives mean + sd·√(2 ln 2) = 10 + 2 × 1.17741 = 12.35482', () => {
    // The first draw is taken as 1 − u, so 0.5 stays 0.5.
    expect(drawFrom(scripted(0.5, 0)).normal(10, 2)).toBeCloseTo(12.35482, 5);
    // v = 0.25 puts the cosine at π/2: the mean itself.
    expect(drawFrom(scripted(0.5, 0.25)).normal(10, 2)).toBeCloseTo(10, 10);
  });

  it('factor(sd) is e to a normal draw: u = 0.5, v = 0.5 gives e^(−1.17741) = 0.30807 for sd 1', () => {
    expect(drawFrom(scripted(0.5, 0.5)).factor(1)).toBeCloseTo(0.30807, 4);
  });

  it('poisson(mean) multiplies draws until they fall below e^−mean: 0.9, 0.5, 0.5 against e^−1 = 0.368 gives 2', () => {
    // 0.9 > 0.368 (1), 0.45 > 0.368 (2), 0.225 < 0.368: stop.
    expect(drawFrom(scripted(0.9, 0.5, 0.5)).poisson(1)).toBe(2);
    // A first draw already below the limit is zero events.
    expect(drawFrom(scripted(0.1)).poisson(1)).toBe(0);
  });

  it('poisson is 0 for a mean of 0 or less without drawing, and a rounded normal above 30', () => {
    expect(drawFrom(scripted()).poisson(0)).toBe(0);
    expect(drawFrom(scripted()).poisson(-3)).toBe(0);
    // mean 100, sd 10, at the cosine's zero: 100.
    expect(drawFrom(scripted(0.5, 0.25)).poisson(100)).toBe(100);
  });

  it('hands back the generator it draws from', () => {
    const random = mulberry32(1);
    expect(drawFrom(random).random).toBe(random);
  });

  it('stays in range and near the mean over many seeded draws', () => {
    const draw = drawFrom(mulberry32(2024));
    const dice = Array.from({ length: 6000 }, () => draw.int(1, 6));
    expect(Math.min(...dice)).toBe(1);
    expect(Math.max(...dice)).toBe(6);
    const events = Array.from({ length: 6000 }, () => draw.poisson(4));
    const mean = events.reduce((sum, value) => sum + value, 0) / events.length;
    // The standard error of the mean is √(4 / 6000) ≈ 0.026: 0.15 is more than five of them.
    expect(Math.abs(mean - 4)).toBeLessThan(0.15);
    expect(Math.min(...events)).toBeGreaterThanOrEqual(0);
  });
});

describe('deriveSeed', () => {
  it('is a whole 32-bit number, the same for the same seed and stream on every call', () => {
    for (const [seed, stream] of [
      [42, 7],
      [0, 0],
      [2 ** 32 - 1, 999],
      [-5, 3],
    ]) {
      const derived = deriveSeed(seed!, stream!);
      expect(Number.isInteger(derived)).toBe(true);
      expect(derived).toBeGreaterThanOrEqual(0);
      expect(derived).toBeLessThan(2 ** 32);
      expect(deriveSeed(seed!, stream!)).toBe(derived);
    }
  });

  it('gives each stream its own seed, and each seed its own streams', () => {
    const streams = new Set(Array.from({ length: 1000 }, (_, stream) => deriveSeed(42, stream)));
    expect(streams.size).toBe(1000);
    expect(deriveSeed(42, 7)).not.toBe(deriveSeed(43, 7));
    // Issuer 7's generator starts differently from issuer 8's.
    expect(mulberry32(deriveSeed(42, 7))()).not.toBe(mulberry32(deriveSeed(42, 8))());
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impliedDenominators } from '@rule-of-law/core';

describe('impliedDenominators', () => {
  it('finds 106 duties behind 102 duties at 96.2%', () => {
    expect(impliedDenominators(102, 96.2, 1)).toEqual([106]);
  });

  it('lists every denominator that fits a coarse rate', () => {
    // 1 of d rounds to 33% for d = 3 only (1/3 = 33.3…%); 2 of d to 67% for d = 3 (half-up) only.
    expect(impliedDenominators(1, 33, 0)).toEqual([3]);
    expect(impliedDenominators(2, 67, 0, ['half_up'])).toEqual([3]);
    expect(impliedDenominators(5, 100, 0)).toEqual([5]);
    expect(impliedDenominators(1, 50, 0)).toEqual([2]);
  });

  it('says when no whole denominator can give the stated rate', () => {
    expect(impliedDenominators(1, 40, 1)).toEqual([]);
  });

  it('gives no answer when the question has none', () => {
    expect(impliedDenominators(0, 50, 0)).toBeUndefined();
    expect(impliedDenominators(5, 0, 0)).toBeUndefined();
    expect(impliedDenominators(2.5, 50, 0)).toBeUndefined();
    expect(impliedDenominators(1000, 1, 0)).toBeUndefined();
  });

  it('always includes the true denominator of a correctly rounded rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(1, 2), (a, b, decimals) => {
        const [n, d] = a <= b ? [a, b] : [b, a];
        const stated = Math.round(((n * 100) / d) * 10 ** decimals) / 10 ** decimals;
        const candidates = impliedDenominators(n, stated, decimals, ['half_up']);
        if (candidates !== undefined) expect(candidates).toContain(d);
      }),
      { numRuns: 2000 },
    );
  });
});

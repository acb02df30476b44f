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

describe('impliedDenominators of a year-on-year change', () => {
  it('finds 867 applications the year before 3326, up 283.6%', () => {
    expect(impliedDenominators(3326, 283.6, 1, undefined, 'increase')).toEqual([867]);
  });

  it('finds 725 cases the year before 486, down 32.96% (cut off, not rounded)', () => {
    expect(impliedDenominators(486, 32.96, 2, undefined, 'decrease')).toEqual([725]);
    expect(impliedDenominators(486, 32.96, 2, ['truncate'], 'decrease')).toEqual([725]);
    // Rounded half up, 239 ÷ 725 is 32.97%: no whole figure gives exactly 32.96%.
    expect(impliedDenominators(486, 32.96, 2, ['half_up'], 'decrease')).toEqual([]);
  });

  it('does not read a change as a ratio', () => {
    // As a ratio, 3326 at 283.6% would need a denominator near 1172.8: 1172 gives 283.79%, 1173 gives
    // 283.55%, so none; read as a change it is 867.
    expect(impliedDenominators(3326, 283.6, 1)).toEqual([]);
    // 486 at 67.03% as a ratio is 725; as an increase of 67.03% none fits: 486 over 291 is up 67.01%, over 290 up 67.59%.
    expect(impliedDenominators(486, 67.03, 2)).toEqual([725]);
    expect(impliedDenominators(486, 67.03, 2, undefined, 'increase')).toEqual([]);
  });

  it('gives no answer for a fall of 100% or more, or for an unchanged figure too coarse to pin', () => {
    expect(impliedDenominators(5, 100, 0, undefined, 'decrease')).toBeUndefined();
    expect(impliedDenominators(5, 120, 0, undefined, 'decrease')).toBeUndefined();
    expect(impliedDenominators(0, 10, 0, undefined, 'increase')).toBeUndefined();
    // "持平" at 0%: 100 this year fits every earlier figure from 100 to 100 (half-up), so exactly [100].
    expect(impliedDenominators(100, 0, 0, ['half_up'], 'increase')).toEqual([100]);
  });

  it('always includes the true earlier figure of a correctly rounded change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), fc.constantFrom(1, 2), (current, earlier, decimals) => {
        const formula = current >= earlier ? 'increase' : 'decrease';
        const stated = Math.round(((Math.abs(current - earlier) * 100) / earlier) * 10 ** decimals) / 10 ** decimals;
        const candidates = impliedDenominators(current, stated, decimals, ['half_up', 'truncate'], formula);
        if (candidates !== undefined) expect(candidates).toContain(earlier);
      }),
      { numRuns: 2000 },
    );
  });
});

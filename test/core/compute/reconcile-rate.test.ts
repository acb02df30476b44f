import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileRate, roundingRulesMatching, statedDecimals } from '@rule-of-law/core';

/** n/d × 100 to `decimals` places by schoolbook long division: an oracle independent of the library. */
function longDivisionPercent(n: number, d: number, decimals: number): { truncated: number; halfUp: number } {
  let remainder = n * 100;
  const whole = Math.floor(remainder / d);
  remainder %= d;
  const digits: number[] = [];
  for (let index = 0; index <= decimals; index += 1) {
    remainder *= 10;
    digits.push(Math.floor(remainder / d));
    remainder %= d;
  }
  const kept = digits.slice(0, decimals).reduce((value, digit) => value * 10 + digit, whole);
  return { truncated: kept / 10 ** decimals, halfUp: (kept + (digits[decimals]! >= 5 ? 1 : 0)) / 10 ** decimals };
}

describe('statedDecimals', () => {
  it('reads the precision from the figure as written', () => {
    expect(statedDecimals({ value: 96.2, written: '96.2%' })).toBe(1);
    expect(statedDecimals({ value: 100, written: '100%' })).toBe(0);
    expect(statedDecimals({ value: 90, written: '90.0％' })).toBe(1);
    expect(statedDecimals({ value: 4.4, written: '4.4个百分点' })).toBe(1);
  });
});

describe('roundingRulesMatching', () => {
  it('accepts half-up and truncation, and tells them apart', () => {
    expect(roundingRulesMatching(96.2, 1, 102, 106)).toEqual(['half_up', 'truncate']);
    expect(roundingRulesMatching(66.67, 2, 2, 3)).toEqual(['half_up']);
    expect(roundingRulesMatching(66.66, 2, 2, 3)).toEqual(['truncate']);
    expect(roundingRulesMatching(66.7, 2, 2, 3)).toEqual([]);
    expect(roundingRulesMatching(12, 0, 1, 8)).toEqual(['truncate']);
    expect(roundingRulesMatching(13, 0, 1, 8)).toEqual(['half_up']);
  });

  it('reconciles every integer pair at one and two decimals under both rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.constantFrom(1, 2), (d, n0, decimals) => {
        const n = n0 % (d + 1);
        const { truncated, halfUp } = longDivisionPercent(n, d, decimals);
        expect(roundingRulesMatching(halfUp, decimals, n, d, ['half_up'])).toEqual(['half_up']);
        expect(roundingRulesMatching(truncated, decimals, n, d, ['truncate'])).toEqual(['truncate']);
        const wrong = Number((halfUp + 10 ** -decimals).toFixed(decimals));
        expect(roundingRulesMatching(wrong, decimals, n, d)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('reconcileRate', () => {
  it('matches a stated rate that follows from its parts', () => {
    expect(reconcileRate({ value: 96.2, written: '96.2%' }, 102, 106, 'exact').reconciliation).toBe('match');
  });

  it('flags a stated rate that does not', () => {
    expect(reconcileRate({ value: 97.2, written: '97.2%' }, 102, 106, 'exact')).toEqual({ reconciliation: 'mismatch', matchedRounding: [] });
  });

  it('checks "at least" and "at most" rates as bounds', () => {
    expect(reconcileRate({ value: 16, written: '16%以上', qualifier: 'at_least' }, 20, 100, 'exact').reconciliation).toBe('match');
    expect(reconcileRate({ value: 16, written: '16%以上', qualifier: 'at_least' }, 10, 100, 'exact').reconciliation).toBe('mismatch');
    expect(reconcileRate({ value: 5, written: '不足5%', qualifier: 'at_most' }, 4, 100, 'exact').reconciliation).toBe('match');
  });

  it('does not check approximate figures', () => {
    expect(reconcileRate({ value: 90, written: '约90%', qualifier: 'approximately' }, 1, 2, 'exact').reconciliation).toBe('not_checked');
    expect(reconcileRate({ value: 90, written: '90%' }, 9, 10, 'at_least').reconciliation).toBe('not_checked');
  });
});

describe('year-on-year changes', () => {
  it('reconciles 同比增长283.6% from 867 to 3326 (2459 ÷ 867 = 283.62…%) under both rules', () => {
    expect(roundingRulesMatching(283.6, 1, 3326, 867, undefined, 'increase')).toEqual(['half_up', 'truncate']);
    expect(reconcileRate({ value: 283.6, written: '283.6%' }, 3326, 867, 'exact', undefined, 'increase')).toEqual({
      reconciliation: 'match',
      matchedRounding: ['half_up', 'truncate'],
    });
  });

  it('tells truncation from rounding: 同比下降32.96% from 725 to 486 is 32.9655…%, cut off', () => {
    expect(roundingRulesMatching(32.96, 2, 486, 725, undefined, 'decrease')).toEqual(['truncate']);
    expect(roundingRulesMatching(32.97, 2, 486, 725, undefined, 'decrease')).toEqual(['half_up']);
    expect(reconcileRate({ value: 32.96, written: '32.96%' }, 486, 725, 'exact', ['half_up'], 'decrease').reconciliation).toBe('mismatch');
  });

  it('never reads a change as a ratio: 486 of 725 is 67.03…%, not a 32.96% fall', () => {
    expect(roundingRulesMatching(32.96, 2, 486, 725)).toEqual([]);
    expect(roundingRulesMatching(67.03, 2, 486, 725)).toEqual(['half_up', 'truncate']);
  });

  it('flags a stated increase whose figures fell', () => {
    expect(reconcileRate({ value: 32.96, written: '32.96%' }, 486, 725, 'exact', undefined, 'increase')).toEqual({
      reconciliation: 'mismatch',
      matchedRounding: [],
    });
  });

  it('checks "超过…148.1%" as a bound: 1000 → 2481 is up exactly 148.1%, → 2480 only 148%', () => {
    const stated = { value: 148.1, written: '超过148.1%', qualifier: 'at_least' as const };
    expect(reconcileRate(stated, 2481, 1000, 'exact', undefined, 'increase').reconciliation).toBe('match');
    expect(reconcileRate(stated, 2480, 1000, 'exact', undefined, 'increase').reconciliation).toBe('mismatch');
    // A fall of "不足5%": 1000 → 960 is down 4%.
    expect(reconcileRate({ value: 5, written: '不足5%', qualifier: 'at_most' }, 960, 1000, 'exact', undefined, 'decrease').reconciliation).toBe('match');
    expect(reconcileRate({ value: 5, written: '不足5%', qualifier: 'at_most' }, 940, 1000, 'exact', undefined, 'decrease').reconciliation).toBe('mismatch');
  });

  it('reconciles every integer pair, either way, at one and two decimals under both rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 20000 }), fc.constantFrom(1, 2), (earlier, current, decimals) => {
        const formula = current >= earlier ? 'increase' : 'decrease';
        const { truncated, halfUp } = longDivisionPercent(Math.abs(current - earlier), earlier, decimals);
        expect(roundingRulesMatching(halfUp, decimals, current, earlier, ['half_up'], formula)).toEqual(['half_up']);
        expect(roundingRulesMatching(truncated, decimals, current, earlier, ['truncate'], formula)).toEqual(['truncate']);
        const wrong = Number((halfUp + 10 ** -decimals).toFixed(decimals));
        expect(roundingRulesMatching(wrong, decimals, current, earlier, undefined, formula)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});

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

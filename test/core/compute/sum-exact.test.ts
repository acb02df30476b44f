import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumExact } from '@rule-of-law/core';

describe('sumExact', () => {
  it('adds money without float drift', () => {
    expect(sumExact([24879.5, 650])).toBe(25529.5);
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([0.01, 0.02, 0.04])).toBe(0.07);
    expect(sumExact([1e21, 1])).toBe(1e21 + 1);
    expect(sumExact([])).toBe(0);
  });

  it('equals the sum in whole fen for any amounts with two decimals', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000_00 }), { maxLength: 40 }), (fen) => {
        const yuan = fen.map((value) => value / 100);
        const expectedFen = fen.reduce((sum, value) => sum + value, 0);
        expect(Math.round(sumExact(yuan) * 100)).toBe(expectedFen);
        expect(String(sumExact(yuan))).toBe(String(expectedFen / 100));
      }),
    );
  });

  it('refuses what is not a finite number', () => {
    expect(() => sumExact([1.5, Number.NaN])).toThrow(RangeError);
    expect(() => sumExact([0.5, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

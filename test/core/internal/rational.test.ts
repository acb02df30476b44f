// The exact fractions behind rate reconciliation. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { percentUnits, rateFraction, ratio } from '../../../packages/core/src/internal/rational.js';

describe('rateFraction', () => {
  it('is the ratio itself for a ratio', () => {
    expect(rateFraction(102, 106)).toEqual(ratio(102, 106));
    expect(rateFraction(102, 106, 'ratio')).toEqual({ numerator: 102n, denominator: 106n });
  });

  it('is (a − b) ÷ b for an increase and (b − a) ÷ b for a decrease', () => {
    expect(rateFraction(3326, 867, 'increase')).toEqual({ numerator: 2459n, denominator: 867n });
    expect(rateFraction(486, 725, 'decrease')).toEqual({ numerator: 239n, denominator: 725n });
    // A fall read as an increase is negative.
    expect(rateFraction(486, 725, 'increase')).toEqual({ numerator: -239n, denominator: 725n });
  });

  it('works on the written decimals, with no float drift: 0.1 → 0.3 is 2 ÷ 1', () => {
    expect(rateFraction(0.3, 0.1, 'increase')).toEqual({ numerator: 2n, denominator: 1n });
    expect(rateFraction(0.1, 0.3, 'decrease')).toEqual({ numerator: 2n, denominator: 3n });
  });

  it('keeps the denominator positive', () => {
    // (5 − (−10)) ÷ (−10) = −1.5
    expect(rateFraction(5, -10, 'increase')).toEqual({ numerator: -15n, denominator: 10n });
  });

  it('rounds a change half up or cuts it off: 239 ÷ 725 = 32.9655…%', () => {
    expect(percentUnits(rateFraction(486, 725, 'decrease'), 2, 'half_up')).toBe(3297n);
    expect(percentUnits(rateFraction(486, 725, 'decrease'), 2, 'truncate')).toBe(3296n);
    // Toward zero and away from zero on the negative side.
    expect(percentUnits(rateFraction(486, 725, 'increase'), 2, 'truncate')).toBe(-3296n);
    expect(percentUnits(rateFraction(486, 725, 'increase'), 2, 'half_up')).toBe(-3297n);
  });
});

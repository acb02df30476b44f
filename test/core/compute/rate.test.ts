// computeRate: ratios and year-on-year changes. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeRate, type Figure, type Qualifier } from '@rule-of-law/core';

const f = (value: number, qualifier: Qualifier = 'exact', unit: Figure['unit'] = '件'): Figure => ({ value, unit, qualifier });

describe('computeRate', () => {
  it('divides a ratio, with no formula on the result', () => {
    const result = computeRate(f(6), f(16));
    expect(result).toEqual({ defined: true, value: 37.5, numerator: f(6), denominator: f(16), qualifier: 'exact' });
    expect(computeRate(f(6), f(16), { formula: 'ratio' })).toEqual(result);
  });

  it('gives an increase from the earlier figure: 867 → 3326 is up 2459 ÷ 867 = 283.6216…%', () => {
    const result = computeRate(f(3326), f(867), { formula: 'increase' });
    expect(result).toMatchObject({ defined: true, qualifier: 'exact', formula: 'increase', numerator: f(3326), denominator: f(867) });
    expect(result.defined && result.value).toBeCloseTo(283.6216839, 6);
  });

  it('gives a decrease as a positive figure: 725 → 486 is down 239 ÷ 725 = 32.9655…%', () => {
    const result = computeRate(f(486), f(725), { formula: 'decrease' });
    expect(result).toMatchObject({ defined: true, qualifier: 'exact', formula: 'decrease' });
    expect(result.defined && result.value).toBeCloseTo(32.9655172, 6);
  });

  it('is negative when the figures moved against the formula', () => {
    const up = computeRate(f(486), f(725), { formula: 'increase' });
    expect(up.defined && up.value).toBeCloseTo(-32.9655172, 6);
    const down = computeRate(f(3326), f(867), { formula: 'decrease' });
    expect(down.defined && down.value).toBeCloseTo(-283.6216839, 6);
  });

  it('takes the difference exactly: 0.3 元 from 0.1 元 is up 200%, not 199.99…', () => {
    expect(computeRate(f(0.3, 'exact', '元'), f(0.1, 'exact', '元'), { formula: 'increase' })).toMatchObject({ defined: true, value: 200 });
    expect(computeRate(f(100), f(100), { formula: 'decrease' })).toMatchObject({ defined: true, value: 0 });
  });

  it('bounds an increase as the ratio, a decrease the other way round', () => {
    // 600余件 against 500件: up at least 20%; and down at most … (the fall can only be smaller).
    expect(computeRate(f(600, 'at_least'), f(500), { formula: 'increase' })).toMatchObject({ value: 20, qualifier: 'at_least' });
    expect(computeRate(f(400, 'at_least'), f(500), { formula: 'decrease' })).toMatchObject({ value: 20, qualifier: 'at_most' });
    // Against an earlier "at least" figure, the increase is at most.
    expect(computeRate(f(600), f(500, 'at_least'), { formula: 'increase' })).toMatchObject({ value: 20, qualifier: 'at_most' });
    expect(computeRate(f(600, 'approximately'), f(500), { formula: 'decrease' })).toMatchObject({ qualifier: 'approximately' });
  });

  it('is an explicit undefined result, with the formula, for a zero earlier figure, a missing one or different units', () => {
    expect(computeRate(f(5), f(0), { formula: 'increase' })).toEqual({
      defined: false,
      reason: 'zero_denominator',
      numerator: f(5),
      denominator: f(0),
      formula: 'increase',
    });
    expect(computeRate(f(5), undefined, { formula: 'decrease' })).toEqual({ defined: false, reason: 'missing_operand', numerator: f(5), formula: 'decrease' });
    expect(computeRate(f(5, 'exact', '批次'), f(4, 'exact', '人次'), { formula: 'increase' })).toMatchObject({
      defined: false,
      reason: 'incompatible_units',
      formula: 'increase',
    });
    expect(computeRate(f(5), f(0))).toEqual({ defined: false, reason: 'zero_denominator', numerator: f(5), denominator: f(0) });
  });
});

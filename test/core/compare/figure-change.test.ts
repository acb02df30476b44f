import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeDirection, directionOf, figureChange, relativeChange, type Figure, type Qualifier, type Unit } from '@rule-of-law/core';

const f = (value: number, unit: Unit = '件', qualifier: Qualifier = 'exact'): Figure => ({ value, unit, qualifier });

describe('figureChange', () => {
  it('is exact to the last written digit for money', () => {
    expect(figureChange(f(24879.5, '元'), f(25529.5, '元'))).toMatchObject({ defined: true, value: 650, unit: '元', qualifier: 'exact' });
    expect(figureChange(f(0.1, '元'), f(0.3, '元'))).toMatchObject({ defined: true, value: 0.2 });
    expect(figureChange(f(0.3, '元'), f(0.1, '元'))).toMatchObject({ defined: true, value: -0.2 });
  });

  it('gives percentage points for two percentages', () => {
    expect(figureChange(f(96.2, 'percent'), f(98.5, 'percent'))).toMatchObject({ defined: true, value: 2.3, unit: 'percentage_point' });
    expect(figureChange(f(4.4, 'percentage_point'), f(1.1, 'percentage_point'))).toMatchObject({ value: -3.3, unit: 'percentage_point' });
  });

  it('refuses different units, 倍, and open qualifiers, with the reason', () => {
    expect(figureChange(f(186, '批次'), f(390, '人次'))).toMatchObject({ defined: false, reason: 'incompatible_units' });
    expect(figureChange(f(41, '起'), f(41, '件'))).toMatchObject({ defined: false, reason: 'incompatible_units' });
    expect(figureChange(f(2, '倍'), f(3, '倍'))).toMatchObject({ defined: false, reason: 'not_comparable' });
    expect(figureChange(f(500, '件', 'at_least'), f(600, '件', 'at_least'))).toMatchObject({ defined: false, reason: 'indeterminate' });
  });

  it('gives an "at least" change when only the later figure is "at least"', () => {
    expect(figureChange(f(558), f(600, '件', 'at_least'))).toMatchObject({ defined: true, value: 42, qualifier: 'at_least' });
    expect(figureChange(f(996, '人次', 'at_least'), f(1100, '人次'))).toMatchObject({ defined: true, value: 104, qualifier: 'at_most' });
  });
});

describe('relativeChange', () => {
  it('divides the exact change by the earlier figure', () => {
    const result = relativeChange(f(558), f(600));
    expect(result).toMatchObject({ defined: true, qualifier: 'exact', numerator: f(42), denominator: f(558) });
    expect(result.defined && result.value).toBeCloseTo((42 / 558) * 100, 12);
    expect(relativeChange(f(24879.5, '元'), f(25529.5, '元'))).toMatchObject({ defined: true, numerator: f(650, '元') });
  });

  it('has no value over a zero base, with the reason, never NaN or Infinity', () => {
    expect(relativeChange(f(0), f(3))).toMatchObject({ defined: false, reason: 'zero_denominator' });
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), (a, b) => {
        const result = relativeChange(f(a), f(b));
        if (result.defined) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.reason).toBe('zero_denominator');
      }),
    );
  });

  it('is only for counts and money', () => {
    expect(relativeChange(f(90, 'percent'), f(95, 'percent'))).toMatchObject({ defined: false, reason: 'not_comparable' });
    expect(relativeChange(f(500, '件', 'at_least'), f(600, '件', 'at_least'))).toMatchObject({ defined: false, reason: 'indeterminate' });
    expect(relativeChange(f(1, '批次'), f(1, '人次'))).toMatchObject({ defined: false, reason: 'incompatible_units' });
  });
});

describe('changeDirection', () => {
  it('says "up" or "down" only when the bound allows no other reading', () => {
    expect(directionOf(5, 'exact')).toBe('up');
    expect(directionOf(0, 'exact')).toBe('unchanged');
    expect(directionOf(5, 'at_least')).toBe('up');
    expect(directionOf(-5, 'at_least')).toBe('uncertain');
    expect(directionOf(-5, 'at_most')).toBe('down');
    expect(directionOf(5, 'at_most')).toBe('uncertain');
    expect(changeDirection(figureChange(f(500, '件', 'at_least'), f(600, '件', 'at_least')))).toBe('uncertain');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineQualifiers, computeRate, sumFigures, type Figure, type Qualifier } from '@rule-of-law/core';

const figure = (value: number, unit: Figure['unit'] = '件', qualifier: Qualifier = 'exact'): Figure => ({ value, unit, qualifier });

describe('sumFigures', () => {
  it('adds figures of one unit exactly and propagates qualifiers', () => {
    expect(sumFigures([figure(1), figure(2, '件', 'at_least')])).toEqual({ ok: true, mixedUnits: false, figure: figure(3, '件', 'at_least') });
  });

  it('refuses non-additive units with a reason', () => {
    expect(sumFigures([figure(1, '批次'), figure(2, '人次')])).toEqual({ ok: false, reason: 'incompatible_units' });
    expect(sumFigures([figure(50, 'percent'), figure(50, 'percent')])).toEqual({ ok: false, reason: 'not_additive' });
    expect(sumFigures([figure(1, '件'), figure(2, '元')], { acrossCountUnits: true })).toEqual({ ok: false, reason: 'incompatible_units' });
    expect(sumFigures([])).toEqual({ ok: false, reason: 'empty' });
  });

  it('equals the sum of its parts for any whole counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e9 }), { minLength: 1, maxLength: 50 }), (values) => {
        const result = sumFigures(values.map((value) => figure(value)));
        expect(result.ok && result.figure.value).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('combineQualifiers', () => {
  it('keeps one direction and turns mixed directions into approximately', () => {
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
    expect(combineQualifiers(['exact', 'at_least', 'at_least'])).toBe('at_least');
    expect(combineQualifiers(['at_least', 'at_most'])).toBe('approximately');
  });
});

describe('computeRate', () => {
  it('is undefined with a reason, never NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.option(fc.nat()), fc.option(fc.nat({ max: 3 })), (n, d) => {
        const result = computeRate(n === null ? undefined : figure(n), d === null ? undefined : figure(d));
        if (result.defined) expect(Number.isFinite(result.value)).toBe(true);
        else expect(['missing_operand', 'zero_denominator']).toContain(result.reason);
      }),
    );
  });

  it('refuses to divide different units', () => {
    expect(computeRate(figure(1, '人次'), figure(2, '批次'))).toMatchObject({ defined: false, reason: 'incompatible_units' });
  });
});

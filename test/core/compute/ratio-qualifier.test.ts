// ratioQualifier: how exact a ratio is, from how exact its numerator and denominator are. Each row is
// reasoned by hand: a numerator that is at least its figure can only make the ratio larger, a denominator
// that is at least its figure can only make it smaller, so the bounds agree or cancel.
import { describe, expect, it } from 'vitest';
import { computeRate, ratioQualifier, type Qualifier } from '@rule-of-law/core';

describe('ratioQualifier', () => {
  it.each<[Qualifier, Qualifier, Qualifier, string]>([
    ['exact', 'exact', 'exact', 'two exact figures give an exact ratio'],
    ['at_least', 'exact', 'at_least', '600余 of 1000: the ratio is at least 60%'],
    ['at_most', 'exact', 'at_most', '不足600 of 1000: at most 60%'],
    ['exact', 'at_least', 'at_most', '600 of 1000余: the base may be larger, so at most 60%'],
    ['exact', 'at_most', 'at_least', '600 of 不足1000: the base may be smaller, so at least 60%'],
    ['at_least', 'at_most', 'at_least', 'a larger numerator over a smaller base: still at least'],
    ['at_most', 'at_least', 'at_most', 'a smaller numerator over a larger base: still at most'],
    ['at_least', 'at_least', 'approximately', 'both may be larger: the bounds cancel'],
    ['at_most', 'at_most', 'approximately', 'both may be smaller: the bounds cancel'],
    ['approximately', 'exact', 'approximately', 'an approximate numerator'],
    ['exact', 'approximately', 'approximately', 'an approximate base'],
    ['at_least', 'approximately', 'approximately', 'an approximate base beside a bound'],
  ])('%s ÷ %s is %s (%s)', (numerator, denominator, expected) => {
    expect(ratioQualifier(numerator, denominator)).toBe(expected);
  });

  it('is the qualifier computeRate gives a ratio', () => {
    const figure = (value: number, qualifier: Qualifier) => ({ value, unit: '件' as const, qualifier });
    expect(computeRate(figure(600, 'at_least'), figure(1000, 'exact'))).toMatchObject({ defined: true, value: 60, qualifier: 'at_least' });
    expect(computeRate(figure(600, 'exact'), figure(1000, 'at_least'))).toMatchObject({ defined: true, value: 60, qualifier: 'at_most' });
  });
});

// dimensionOfMeasure: the schema dimension of what a measure word measures. People are a count in the
// schema (人, 名, 人次 are count units); every other class is its own dimension.
import { describe, expect, it } from 'vitest';
import { dimensionOfMeasure, measureWord, MEASURE_WORDS, UNIT_DIMENSIONS, type MeasureClass } from '@rule-of-law/core';

describe('dimensionOfMeasure', () => {
  it.each<[MeasureClass, string]>([
    ['person', 'count'],
    ['count', 'count'],
    ['money', 'money'],
    ['duration', 'duration'],
    ['distance', 'distance'],
    ['area', 'area'],
    ['weight', 'weight'],
    ['volume', 'volume'],
  ])('%s → %s', (measures, dimension) => {
    expect(dimensionOfMeasure(measures)).toBe(dimension);
  });

  it('gives every measure word a dimension the schema knows: 人次 a count, 学时 a duration, 平方米 an area', () => {
    for (const entry of MEASURE_WORDS) expect(UNIT_DIMENSIONS, entry.word).toContain(dimensionOfMeasure(entry.measures));
    expect(dimensionOfMeasure(measureWord('人次')!.measures)).toBe('count');
    expect(dimensionOfMeasure(measureWord('学时')!.measures)).toBe('duration');
    expect(dimensionOfMeasure(measureWord('平方米')!.measures)).toBe('area');
    expect(dimensionOfMeasure(measureWord('元')!.measures)).toBe('money');
  });
});

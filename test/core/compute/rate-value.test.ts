import { describe, expect, it } from 'vitest';
import { computedOf, computeRate, computeReport, parseReport, rateValue, type Figure } from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';

const cases = (value: number): Figure => ({ value, unit: '件', qualifier: 'exact' });

describe('rateValue', () => {
  it('is the value of a defined rate', () => {
    expect(rateValue(computeRate(cases(6), cases(16)))).toBe(37.5);
    expect(rateValue(computeRate(cases(3326), cases(867), { formula: 'increase' }))).toBeCloseTo(283.62, 2);
  });

  it('is undefined for a rate that is not defined, whatever the reason', () => {
    expect(rateValue(computeRate(cases(6), cases(0)))).toBeUndefined();
    expect(rateValue(computeRate(cases(6), undefined))).toBeUndefined();
    expect(rateValue(computeRate(cases(6), { value: 5, unit: '元', qualifier: 'exact' }))).toBeUndefined();
  });

  it("reads the shares of the reference report's reconsideration outcomes", () => {
    const parsed = parseReport(referenceJson());
    if (!parsed.ok) throw new Error('the reference report parses');
    const outcomes = computedOf(computeReport(parsed.report), 'reconsideration.outcomes', 'breakdown');
    // 6, 3, 4 and 3 of 16 cases.
    expect(outcomes?.parts.map((part) => rateValue(part.share))).toEqual([37.5, 18.75, 25, 18.75]);
  });
});

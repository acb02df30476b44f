// Typed access to a computed report: by id and kind, without casts, under strict TypeScript.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { computedOf, computeReport, parseReport, type ComputedBreakdownIndicator, type ComputedRateIndicator } from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';

const parsed = parseReport(referenceJson());
if (!parsed.ok) throw new Error('the reference report is valid');
const computed = computeReport(parsed.report);

describe('computedOf', () => {
  it('gives the breakdown with that id, typed as a breakdown: the reference report’s outcomes, 6 + 3 + 4 + 3 of 16', () => {
    const outcomes = computedOf(computed, 'reconsideration.outcomes', 'breakdown');
    expectTypeOf(outcomes).toEqualTypeOf<ComputedBreakdownIndicator | undefined>();
    expect(outcomes?.parts.map((part) => [part.category, part.quantity.value])).toEqual([
      ['uphold', 6],
      ['dismiss_application', 3],
      ['terminate', 4],
      ['pending', 3],
    ]);
  });

  it('gives a rate typed as a rate (履职率 96.2% of 102 duties), and undefined for another kind or an unknown id', () => {
    const duty = computedOf(computed, 'enforcement.duty_performance_rate', 'rate');
    expectTypeOf(duty).toEqualTypeOf<ComputedRateIndicator | undefined>();
    expect(duty?.stated?.value).toBe(96.2);
    expect(computedOf(computed, 'reconsideration.outcomes', 'rate')).toBeUndefined();
    expect(computedOf(computed, 'no.such_id', 'count')).toBeUndefined();
    expect(computedOf(computed, 'toString', 'count')).toBeUndefined();
  });
});

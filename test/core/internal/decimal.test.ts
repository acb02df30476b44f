// The package-internal decimal helpers (not exported by @rule-of-law/core), tested from their module.
// sumExact, the public exact sum built on them, is tested in test/core/compute/sum-exact.test.ts.
import { describe, expect, it } from 'vitest';
import { decimalPlaces } from '../../../packages/core/src/internal/decimal.js';

describe('decimalPlaces', () => {
  it('counts decimals of the shortest text of a number', () => {
    expect(decimalPlaces(96.2)).toBe(1);
    expect(decimalPlaces(100)).toBe(0);
    expect(decimalPlaces(18.75)).toBe(2);
    expect(decimalPlaces(1.5e-7)).toBe(8);
  });
});

import type { ComputedRateIndicator, Figure } from '@rule-of-law/core';

/** A rate's numerator and denominator as figures; the denominator implied by the stated rate when that is the only candidate. */
export interface RateOperands {
  readonly numerator?: Figure;
  readonly denominator?: Figure;
  readonly denominatorImplied: boolean;
}

/** A computed rate's numerator and denominator, with the single implied denominator when none is stated (102 / 106 项). */
export function rateOperands(entry: ComputedRateIndicator): RateOperands {
  const { numerator, denominator } = entry;
  const implied = entry.impliedDenominators;
  if (!denominator && numerator && implied?.length === 1) {
    return { numerator, denominator: { value: implied[0] as number, unit: numerator.unit, qualifier: 'exact' }, denominatorImplied: true };
  }
  return { ...(numerator && { numerator }), ...(denominator && { denominator }), denominatorImplied: false };
}

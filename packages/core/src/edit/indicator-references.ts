import type { Indicator } from '../schema/indicator.js';
import { isRef, type IndicatorRef, type Operand } from '../schema/operand.js';
import type { Report } from '../schema/report.js';

/** Where an indicator refers to another: a rate's numerator or denominator, or a breakdown's total. */
export type ReferenceSlot = 'numerator' | 'denominator' | 'total';

/** One reference from an indicator to another (or to one of its parts or groups). */
export interface IndicatorReference {
  /** The indicator that refers. */
  readonly from: string;
  readonly slot: ReferenceSlot;
  readonly ref: IndicatorRef;
}

const refOf = (operand: Operand | undefined): IndicatorRef | undefined => (operand && isRef(operand) ? operand : undefined);

/** The references an indicator makes, in slot order. */
function referencesOf(indicator: Indicator): IndicatorReference[] {
  const slots: [ReferenceSlot, IndicatorRef | undefined][] =
    indicator.kind === 'rate'
      ? [
          ['numerator', refOf(indicator.numerator)],
          ['denominator', refOf(indicator.denominator)],
        ]
      : indicator.kind === 'breakdown'
        ? [['total', indicator.total && 'ref' in indicator.total ? indicator.total : undefined]]
        : [];
  return slots.flatMap(([slot, ref]) => (ref ? [{ from: indicator.id, slot, ref }] : []));
}

/**
 * Every reference to indicator `id` in the report (to the indicator itself, to one of its parts, or to one of
 * its groups), in the order of the indicators that make them.
 *
 * @example
 * ```ts
 * referencesTo(report, 'reconsideration.cases').map((reference) => reference.from); // ['reconsideration.correction_rate']
 * ```
 */
export function referencesTo(report: Report, id: string): IndicatorReference[] {
  return report.indicators.flatMap(referencesOf).filter((reference) => reference.ref.ref === id);
}

/** `indicator` with every reference it makes passed through `change` (the same object when nothing changes). */
export function mapReferences(indicator: Indicator, change: (ref: IndicatorRef) => IndicatorRef): Indicator {
  if (indicator.kind === 'rate') {
    const numerator = refOf(indicator.numerator);
    const denominator = refOf(indicator.denominator);
    const next = { ...indicator };
    if (numerator) next.numerator = change(numerator);
    if (denominator) next.denominator = change(denominator);
    return next.numerator === indicator.numerator && next.denominator === indicator.denominator ? indicator : next;
  }
  if (indicator.kind === 'breakdown' && indicator.total && 'ref' in indicator.total) {
    const total = change(indicator.total);
    return total === indicator.total ? indicator : { ...indicator, total };
  }
  return indicator;
}

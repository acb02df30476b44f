import { sumExact } from './sum-exact.js';
import type { Qualifier } from '../schema/qualifier.js';
import { unitDimension, unitKey, type Unit } from '../schema/unit.js';
import { combineQualifiers } from './figure.js';
import type { Figure } from './types.js';

/** The outcome of {@link sumFigures}. */
export type SumResult =
  | { readonly ok: true; readonly figure: Figure; readonly mixedUnits: boolean }
  | { readonly ok: false; readonly reason: 'incompatible_units' | 'not_additive' | 'empty' };

/** Options of {@link sumFigures}. */
export interface SumOptions {
  /** Sum count figures whose units differ (件次 with 批次), because the source counts them toward one total. */
  readonly acrossCountUnits?: boolean;
  /** The unit of the result when units are mixed (default: the first figure's). */
  readonly unit?: Unit;
}

/**
 * The exact sum of figures, with the qualifier propagated ("at least" parts give an "at least" sum).
 * Percentages and ranks are never summed; different units only when `acrossCountUnits` is set and all
 * are counts.
 *
 * @example
 * ```ts
 * sumFigures([{ value: 24879.5, unit: '元', qualifier: 'exact' }, { value: 650, unit: '元', qualifier: 'exact' }]);
 * // { ok: true, figure: { value: 25529.5, unit: '元', qualifier: 'exact' }, mixedUnits: false }
 * ```
 */
export function sumFigures(figures: readonly Figure[], options: SumOptions = {}): SumResult {
  const first = figures[0];
  if (!first) return { ok: false, reason: 'empty' };
  // One pass: dimensions and units are checked while the values are collected.
  const firstKey = unitKey(first.unit);
  let mixedUnits = false;
  let allCounts = true;
  const values: number[] = [];
  const qualifiers: Qualifier[] = [];
  for (const figure of figures) {
    const dimension = unitDimension(figure.unit);
    if (dimension !== 'count' && dimension !== 'money') return { ok: false, reason: 'not_additive' };
    allCounts &&= dimension === 'count';
    mixedUnits ||= unitKey(figure.unit) !== firstKey;
    values.push(figure.value);
    qualifiers.push(figure.qualifier);
  }
  if (mixedUnits && !(options.acrossCountUnits && allCounts)) return { ok: false, reason: 'incompatible_units' };
  return {
    ok: true,
    mixedUnits,
    figure: { value: sumExact(values), unit: options.unit ?? first.unit, qualifier: combineQualifiers(qualifiers) },
  };
}

import { combineQualifiers, figureOf } from '../compute/figure.js';
import type { ComputedIndicator } from '../compute/types.js';
import { signedGrowth } from '../format/format-growth.js';
import { isGrowthFormula } from '../schema/indicator.js';
import type { ComparedValue } from './types.js';

/**
 * The figure an indicator is compared by: a count's, amount's or measure's stated quantity; a rate's
 * stated value, else the rate computed from its numerator and denominator — for a year-on-year change
 * the signed change (同比下降3.9% is −3.9, with `formula` and the stated quantity kept); a breakdown's stated total
 * (resolved when it is a reference), else the exact sum of its parts — "at least" for a partial
 * ("包括…") list. `undefined` when there is none (a rate with no stated value whose operands do not resolve).
 *
 * @example
 * ```ts
 * comparedValue(computeReport(report).byId['enforcement.fines']!);
 * // { figure: { value: 24879.5, unit: '元', qualifier: 'exact' }, basis: 'stated', quantity: { …, written: '24879.5元' } }
 * ```
 */
export function comparedValue(computed: ComputedIndicator): ComparedValue | undefined {
  switch (computed.kind) {
    case 'count':
    case 'amount':
    case 'measure':
      return { figure: figureOf(computed.quantity), basis: 'stated', quantity: computed.quantity };
    case 'rate': {
      const formula = computed.indicator.formula;
      if (isGrowthFormula(formula)) {
        // A change compares by its signed value, so that 增长10% → 下降3.9% is 13.9 percentage points down.
        if (computed.stated) {
          const signed = signedGrowth(computed.stated.value, computed.stated.qualifier ?? 'exact', formula);
          return { figure: { ...signed, unit: 'percent' }, basis: 'stated', quantity: computed.stated, formula };
        }
        const result = computed.computed;
        if (!result?.defined) return undefined;
        const signed = signedGrowth(result.value, result.qualifier, formula);
        return { figure: { ...signed, unit: 'percent' }, basis: 'computed', formula };
      }
      if (computed.stated) return { figure: figureOf(computed.stated), basis: 'stated', quantity: computed.stated };
      const result = computed.computed;
      const unit = formula === 'multiple' ? '倍' : 'percent';
      return result?.defined ? { figure: { value: result.value, unit, qualifier: result.qualifier }, basis: 'computed' } : undefined;
    }
    case 'breakdown': {
      const stated = computed.indicator.total;
      if (stated && !('ref' in stated)) return { figure: figureOf(stated), basis: 'stated', quantity: stated };
      if (computed.total) return { figure: computed.total, basis: 'total' };
      if (!computed.sum) return undefined;
      // The parts of a partial ("包括…") list only bound the whole from below.
      const qualifier = computed.indicator.exhaustive ? computed.sum.qualifier : combineQualifiers([computed.sum.qualifier, 'at_least']);
      return { figure: { ...computed.sum, qualifier }, basis: 'sum_of_parts' };
    }
  }
}

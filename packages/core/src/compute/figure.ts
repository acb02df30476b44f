import type { Qualifier } from '../schema/qualifier.js';
import type { Quantity } from '../schema/quantity.js';
import type { Figure } from './types.js';

/** The computed figure of a stated quantity: its value, unit and qualifier (exact when unstated). */
export function figureOf(quantity: Quantity): Figure {
  return { value: quantity.value, unit: quantity.unit, qualifier: quantity.qualifier ?? 'exact' };
}

/**
 * The qualifier of a sum: exact when every part is exact; "at least" when some parts are at least and
 * none is at most or approximate; likewise "at most"; approximately in every other case.
 *
 * @example
 * ```ts
 * combineQualifiers(['exact', 'at_least']); // 'at_least'
 * ```
 */
export function combineQualifiers(qualifiers: readonly Qualifier[]): Qualifier {
  let combined: Qualifier = 'exact';
  for (const qualifier of qualifiers) {
    if (qualifier === 'exact' || qualifier === combined) continue;
    if (combined !== 'exact') return 'approximately';
    combined = qualifier;
  }
  return combined;
}

/**
 * The qualifier of a ratio: a lower bound over an exact base is a lower bound, over an upper bound
 * still a lower bound; any other mix is approximate.
 */
export function ratioQualifier(numerator: Qualifier, denominator: Qualifier): Qualifier {
  if (numerator === 'exact' && denominator === 'exact') return 'exact';
  if (numerator === 'approximately' || denominator === 'approximately') return 'approximately';
  if (numerator === 'at_least' && denominator !== 'at_least') return 'at_least';
  if (numerator === 'at_most' && denominator !== 'at_most') return 'at_most';
  if (numerator === 'exact') return denominator === 'at_least' ? 'at_most' : 'at_least';
  return 'approximately';
}

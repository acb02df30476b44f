import { unitDimension, type Unit } from '../schema/unit.js';
import type { StandardDimension } from './standard-indicator.js';
import { measureWord } from '../units/measure-words.js';

/** Count units that count people: a figure in them is a `person` figure. */

/**
 * The dimension that {@link matchStandardIndicator} wants for a figure in this unit: `person` for 人, 名 and
 * 人次 (and custom units that count people, such as 万人次), `count` for the other counts, `money` for 元,
 * `percent` for %. Percentage points, multiples and ranks are never standard indicators: undefined.
 *
 * @example
 * ```ts
 * standardDimensionOf('人次'); // 'person'
 * standardDimensionOf('起'); // 'count'
 * standardDimensionOf('percentage_point'); // undefined
 * ```
 */
export function standardDimensionOf(unit: Unit): StandardDimension | undefined {
  const dimension = unitDimension(unit);
  if (dimension === 'count') {
    const written = typeof unit === 'string' ? unit : unit.custom;
    // A measure word says what it counts; an unknown unit naming people (万人次) counts people too.
    const measures = measureWord(written)?.measures ?? (/人/.test(written) ? 'person' : 'count');
    return measures === 'person' ? 'person' : 'count';
  }
  return dimension === 'money' || dimension === 'percent' ? dimension : undefined;
}

import { unitDimension, type Unit } from './units.js';
import { decimalPlaces } from '../internal/decimal.js';

/** The largest magnitude of a stated figure: 10¹⁵ (a thousand trillion: counts, money in 元, measures). */
export const MAX_QUANTITY = 1e15;
/** The largest magnitude of a percentage or of percentage points: 10⁶ (a ten-thousandfold rise is 999,900%). */
export const MAX_PERCENT = 1e6;
/** The most decimal places a stated value may have (money in 元 to a millionth; 0.39万元 is 3900). */
export const MAX_DECIMALS = 6;

/**
 * Which bound of a stated value `value` in `unit` breaks, if any, with the bound: `out-of-range` beyond
 * {@link MAX_QUANTITY} in magnitude ({@link MAX_PERCENT} for percentages and percentage points), `decimals`
 * beyond {@link MAX_DECIMALS} places. Shared by {@link QuantitySchema} and the draft, which leaves such
 * figures out.
 *
 * @example
 * ```ts
 * quantityBoundBroken(1000001, 'percent'); // { bound: 'out-of-range', max: 1000000 }
 * quantityBoundBroken(0.1234567, '元'); // { bound: 'decimals', max: 6 }
 * ```
 */
export function quantityBoundBroken(value: number, unit: Unit): { bound: 'out-of-range' | 'decimals'; max: number } | undefined {
  const dimension = unitDimension(unit);
  const max = dimension === 'percent' || dimension === 'percentage_point' ? MAX_PERCENT : MAX_QUANTITY;
  if (Math.abs(value) > max) return { bound: 'out-of-range', max };
  return decimalPlaces(value) > MAX_DECIMALS ? { bound: 'decimals', max: MAX_DECIMALS } : undefined;
}

import type { GrowthFormula } from '../schema/indicator.js';
import type { Quantity } from '../schema/quantity.js';
import type { CountUnit } from '../schema/unit.js';

/** An exact count as a report writes it: "41起". */
export function count(value: number, unit: CountUnit): Quantity {
  return { value, unit, written: `${value}${unit}` };
}

/** An "at least" count: "990余人次" (rounded down to tens above 100, as reports do). */
export function countAtLeast(value: number, unit: CountUnit): Quantity {
  const rounded = value >= 100 ? Math.floor(value / 10) * 10 : value;
  return { value: rounded, unit, qualifier: 'at_least', marker: '余', written: `${rounded}余${unit}` };
}

/** An approximate count: "约3000人次" (rounded to hundreds above 1000). */
export function countAbout(value: number, unit: CountUnit): Quantity {
  const rounded = value >= 1000 ? Math.round(value / 100) * 100 : value;
  return { value: rounded, unit, qualifier: 'approximately', marker: '约', written: `约${rounded}${unit}` };
}

/**
 * Money from a whole number of fen (分), exact: "24879.5元"; or, for whole hundreds of 元 when asked,
 * in 万元 as reports often write it: "0.39万元" (value 3900).
 */
export function money(fen: number, inWan: boolean): Quantity {
  const value = fen / 100;
  if (inWan && fen % 10_000 === 0 && fen > 0) return { value, unit: '元', written: `${fen / 1_000_000}万元` };
  return { value, unit: '元', written: `${value}元` };
}

/** A rate rounded half up to one decimal with integer arithmetic ("96.2%"; "100%" when whole). */
export function percentOf(numerator: number, denominator: number): Quantity {
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  const value = tenths / 10;
  return { value, unit: 'percent', written: `${value}%` };
}

/** A stated percentage: "16%", or "16%以上" when at least. */
export function percent(value: number, atLeast = false): Quantity {
  return atLeast ? { value, unit: 'percent', qualifier: 'at_least', marker: '以上', written: `${value}%以上` } : { value, unit: 'percent', written: `${value}%` };
}

/**
 * A year-on-year change as a report states it: the magnitude rounded half up to one decimal with integer
 * arithmetic and written positive, the direction in the formula ("同比增长7.5%" → 7.5, `increase`;
 * "同比下降3.9%" → 3.9, `decrease`). `earlier` must not be zero.
 */
export function percentChange(current: number, earlier: number): { quantity: Quantity; formula: GrowthFormula } {
  const difference = Math.abs(current - earlier);
  const tenths = Math.floor((2000 * difference + earlier) / (2 * earlier));
  const value = tenths / 10;
  return { quantity: { value, unit: 'percent', written: `${value}%` }, formula: current >= earlier ? 'increase' : 'decrease' };
}

/** Indicator kinds. */
export const INDICATOR_KINDS = ['count', 'amount', 'measure', 'rate', 'breakdown'] as const;

/** One of {@link INDICATOR_KINDS}. */
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** How the source rounded a stated rate, when known. */
export const ROUNDING_MODES = ['half_up', 'truncate', 'unknown'] as const;

/** One of {@link ROUNDING_MODES}. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * How a rate follows from its operands: `ratio`, numerator ÷ denominator × 100 (a share, 纠错率, 办结率);
 * `increase`, (numerator − denominator) ÷ denominator × 100 (同比增长: the numerator is the current figure,
 * the denominator the earlier one); `decrease`, (denominator − numerator) ÷ denominator × 100 (同比下降);
 * `multiple`, numerator ÷ denominator in times, not percent (复议诉讼比值达2.6, 比例约为2.5:1; stated in 倍).
 */
export const RATE_FORMULAS = ['ratio', 'increase', 'decrease', 'multiple'] as const;

/** One of {@link RATE_FORMULAS}. */
export type RateFormula = (typeof RATE_FORMULAS)[number];

/** A year-on-year change: `increase` or `decrease`. */
export type GrowthFormula = Exclude<RateFormula, 'ratio' | 'multiple'>;

/** The formula a computed rate carries: a change's, or `multiple` (a ratio in times); absent for a ratio in percent. */
export type ResultFormula = Exclude<RateFormula, 'ratio'>;

/**
 * True for a year-on-year change (`increase` or `decrease`), false for a ratio (also when absent).
 *
 * @example
 * ```ts
 * isGrowthFormula('decrease'); // true
 * isGrowthFormula(undefined);  // false: a rate without `formula` is a ratio
 * ```
 */
export function isGrowthFormula(formula: RateFormula | undefined): formula is GrowthFormula {
  return formula === 'increase' || formula === 'decrease';
}

/** What a rate's figure is: a `ratio` in percent, a year-on-year `growth`, or a `multiple` in times. */
export type RateFormulaKind = 'ratio' | 'growth' | 'multiple';

/**
 * What kind of figure a rate of this formula is; rates of different kinds cannot be read against each other.
 *
 * @example
 * ```ts
 * rateFormulaKind(undefined);  // 'ratio'
 * rateFormulaKind('decrease'); // 'growth'
 * rateFormulaKind('multiple'); // 'multiple'
 * ```
 */
export function rateFormulaKind(formula: RateFormula | undefined): RateFormulaKind {
  if (isGrowthFormula(formula)) return 'growth';
  return formula === 'multiple' ? 'multiple' : 'ratio';
}

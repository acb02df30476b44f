/**
 * Round tick values from 0 up to at least `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ, about `count` of them.
 * What the trend chart needs of d3-scale's `nice()` and `ticks()`, for an axis that always starts at 0
 * (counts, money and rates are never drawn from a cut-off baseline).
 *
 * @example
 * ```ts
 * niceTicks(1355, 4); // [0, 500, 1000, 1500]
 * niceTicks(0, 4);    // [0, 1]
 * ```
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  const steps = Math.ceil(max / step - 1e-9);
  // Whole numbers of `step`, rounded to its precision so 0.1 × 3 is 0.3, not 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toFixed(digits)));
}

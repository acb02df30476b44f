import type { Report } from '../schema/report.js';

/**
 * An indicator id not yet used in the report: `base` itself, else `base_2`, `base_3`…
 *
 * @example
 * ```ts
 * uniqueIndicatorId(report, 'litigation.cases'); // 'litigation.cases_2' when litigation.cases is taken
 * ```
 */
export function uniqueIndicatorId(report: Report, base: string): string {
  const taken = new Set(report.indicators.map((indicator) => indicator.id));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}_${suffix}`)) suffix += 1;
  return `${base}_${suffix}`;
}

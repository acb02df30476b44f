import type { Report } from '../schema/report.js';
import { GroupAccumulator } from './group-accumulator.js';
import { groupingOf } from './group-key.js';
import type { AggregateOptions, Aggregation } from './types.js';

/**
 * Rolls reports up, per group, in one pass over the input (Maps keyed by group and indicator id;
 * memory linear in the input):
 *
 * - **counts and money** are summed exactly (core's `sumFigures`: 0.1 + 0.2 is 0.3), one total per
 *   unit — 批次 and 人次 are never added together; qualifiers propagate ("余" makes the sum "at least");
 * - **percent, percentage points, 倍 and ranks** are never summed: each refusal carries its reason;
 * - **rates** are recomputed from summed numerators and summed denominators, never averaged, per base
 *   (the denominator) stated in words; reports that state only the rate are listed as left out;
 * - **breakdowns** are merged by category into one breakdown that core's `computeBreakdown` computes
 *   (shares, codelist groups, derived official rates such as 纠错率);
 * - a **coverage** table says which reports state each indicator and which do not.
 *
 * Group by the issuer's parent, level, year or the issuer (or several of these), or by a function.
 *
 * @example
 * ```ts
 * const { groups } = aggregateReports(reports, { groupBy: ['parent', 'year'] });
 * for (const group of groups) {
 *   const fines = group.indicators.find((entry) => entry.id === 'enforcement.fines');
 *   if (fines?.kind === 'amount') console.log(group.label['zh-CN'], fines.totals[0]?.figure.value);
 * }
 * ```
 */
export function aggregateReports(reports: readonly Report[], options: AggregateOptions = {}): Aggregation {
  const { keyOf, labelOf } = groupingOf(options.groupBy);
  const only = options.indicators && new Set(options.indicators);
  const groups = new Map<string, GroupAccumulator>();
  for (let index = 0; index < reports.length; index += 1) {
    const report = reports[index]!;
    const key = keyOf(report);
    let group = groups.get(key);
    if (!group) {
      group = new GroupAccumulator(key, labelOf(report), only);
      groups.set(key, group);
    }
    group.add(report, index);
  }
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { groups: keys.map((key) => groups.get(key)!.finish()) };
}

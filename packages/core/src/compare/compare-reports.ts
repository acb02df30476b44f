import { computeReport } from '../compute/compute-report.js';
import type { ComputedIndicator } from '../compute/types.js';
import type { Report } from '../schema/report.js';
import { compareIndicator, type CompareContext } from './compare-indicator.js';
import { differentIssuerNote, periodOrderNote } from './comparison-notes.js';
import { bySeverity } from './note.js';
import type { ComparisonNote, IndicatorComparison, ReportComparison, ReportSummary } from './types.js';

const summary = (report: Report): ReportSummary => ({ issuer: report.issuer, title: report.title, period: report.period });

/**
 * Compares two reports indicator by indicator, matched by id: each side's value (a rate's stated value,
 * else the computed one; a breakdown's total), the exact absolute change, the relative change for counts
 * and money, **percentage points** for rates, breakdown parts matched by category and derived official
 * rates. Qualifiers are respected ({@link changeQualifier}): an "at least" figure gives an "at least"
 * change or none, never a false exact one. Different units, kinds or rate bases give no change and a
 * note saying why the comparison is unsafe. Indicators in only one report are listed as added or
 * removed. Prior-period figures the current report quotes (`extensions.priorFigures`, see
 * {@link PRIOR_FIGURES_KEY}) stay attributed to it and are checked against the previous report's own.
 * Also works issuer against issuer (a `different-issuer` note says so).
 *
 * @example
 * ```ts
 * const comparison = compareReports(report2022, report2023);
 * for (const entry of comparison.indicators) {
 *   if (entry.change?.defined) console.log(entry.label['zh-CN'], formatChange(entry.change, { locale: 'zh-CN' }));
 * }
 * comparison.added;   // ids only in 2023
 * comparison.notes;   // why some comparisons are unsafe, in zh-CN and English
 * ```
 */
export function compareReports(previous: Report, current: Report): ReportComparison {
  const before = computeReport(previous);
  const after = computeReport(current);
  const beforeById = new Map<string, ComputedIndicator>(before.indicators.map((entry) => [entry.indicator.id, entry]));
  const afterById = new Map<string, ComputedIndicator>(after.indicators.map((entry) => [entry.indicator.id, entry]));
  const context: CompareContext = {
    periods: { previous: previous.period, current: current.period },
    previousIndicators: new Map(previous.indicators.map((indicator) => [indicator.id, indicator])),
    currentIndicators: new Map(current.indicators.map((indicator) => [indicator.id, indicator])),
  };
  const reportNotes: ComparisonNote[] = [];
  if (previous.issuer.name !== current.issuer.name) reportNotes.push(differentIssuerNote(previous.issuer, current.issuer));
  else if (current.period.start <= previous.period.start) reportNotes.push(periodOrderNote(context.periods));

  const indicators: IndicatorComparison[] = after.indicators.map((entry) => compareIndicator(beforeById.get(entry.indicator.id), entry, context));
  const removed = before.indicators.filter((entry) => !afterById.has(entry.indicator.id));
  for (const entry of removed) indicators.push(compareIndicator(entry, undefined, context));

  return {
    previous: summary(previous),
    current: summary(current),
    indicators,
    added: after.indicators.filter((entry) => !beforeById.has(entry.indicator.id)).map((entry) => entry.indicator.id),
    removed: removed.map((entry) => entry.indicator.id),
    notes: bySeverity([...reportNotes, ...indicators.flatMap((entry) => entry.notes)]),
  };
}

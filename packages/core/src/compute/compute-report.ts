import type { Indicator } from '../schema/indicator.js';
import type { IndicatorRef } from '../schema/operand.js';
import type { Report } from '../schema/report.js';
import { computeBreakdown } from './compute-breakdown.js';
import { resolveTotalRef } from './resolve-total.js';
import { computeRateIndicator } from './compute-rate-indicator.js';
import { SEVERITIES, type Finding } from './findings/finding.js';
import { computeTimeline } from './timeline.js';
import type { ComputedBreakdownIndicator, ComputedIndicator, ComputedReport } from './types.js';

/** Findings sorted by severity, errors first; within a severity they keep their order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable: within a severity, findings keep report order.
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/**
 * Computes a validated report: every indicator's computed view (sums, shares, groups, derived
 * official rates, reconciled rates), the publication timeline, and the figures' consistency findings
 * sorted by severity. Whether the document has every required part is a separate check
 * ({@link reportFindings} adds it): it needs the heading classifier, which a page showing the
 * report does not carry (it would cost the drop-in 2 KB of its 48 KB).
 * Pure: the report is not changed, and the same report always gives the same result.
 *
 * @example
 * ```ts
 * const parsed = parseReport(json);
 * if (parsed.ok) {
 *   const { indicators, findings } = computeReport(parsed.report);
 *   for (const finding of findings) console.log(finding.severity, finding.message.en);
 * }
 * ```
 */
export function computeReport(report: Report): ComputedReport {
  const indicators = new Map<string, Indicator>(report.indicators.map((indicator) => [indicator.id, indicator]));
  const findings: Finding[] = [];
  const breakdowns = new Map<string, ComputedBreakdownIndicator>();
  const resolveTotal = (ref: IndicatorRef) => resolveTotalRef(ref, (id) => indicators.get(id));
  for (const indicator of report.indicators) {
    if (indicator.kind !== 'breakdown') continue;
    const result = computeBreakdown(indicator, resolveTotal);
    breakdowns.set(indicator.id, result.computed);
    findings.push(...result.findings);
  }
  const computed: ComputedIndicator[] = report.indicators.map((indicator) => {
    switch (indicator.kind) {
      case 'breakdown':
        return breakdowns.get(indicator.id)!;
      case 'rate': {
        const result = computeRateIndicator(indicator, { indicators, breakdowns });
        findings.push(...result.findings);
        return result.computed;
      }
      default:
        return { kind: indicator.kind, indicator, quantity: indicator.quantity };
    }
  });
  const timeline = computeTimeline(report);
  findings.push(...timeline.findings);
  return {
    report,
    indicators: computed,
    byId: Object.fromEntries(computed.map((entry) => [entry.indicator.id, entry])),
    timeline: timeline.timeline,
    findings: bySeverity(findings),
  };
}

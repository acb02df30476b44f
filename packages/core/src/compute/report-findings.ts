import { bySeverity } from './compute-report.js';
import type { Finding } from './findings/finding.js';
import { reportPartFindings } from './report-part-coverage.js';
import type { ComputedReport } from './types.js';

/**
 * Every finding about a report, sorted by severity: the consistency of its figures
 * ({@link ComputedReport.findings}) and whether the document has the parts an annual report must contain
 * ({@link reportPartFindings}). What a supervisor's check reads (`rule-of-law check`); a page showing the
 * report reads the figures' findings only.
 *
 * @example
 * ```ts
 * reportFindings(computeReport(report)).map((finding) => finding.code);
 * // ['implied-denominator', 'signed-before-period-end', 'missing-report-part']
 * ```
 */
export function reportFindings(computed: ComputedReport): Finding[] {
  return bySeverity([...computed.findings, ...reportPartFindings(computed.report)]);
}

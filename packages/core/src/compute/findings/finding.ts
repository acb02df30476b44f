import type { BilingualText } from '../../schema/localized-text.js';

/** How serious a finding is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** Every finding code the computation can report. */
export const FINDING_CODES = [
  'sum-mismatch',
  'sum-exceeds-total',
  'partial-breakdown',
  'mixed-units',
  'incompatible-units',
  'rate-mismatch',
  'implied-denominator',
  'undefined-rate',
  'growth-direction',
  'published-late',
  'signed-before-period-end',
  'published-before-signed',
  'missing-report-part',
] as const;

/** One of {@link FINDING_CODES}. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** A value a finding compares: a number, a date, a list of candidates, or a list of codes. */
export type FindingValue = number | string | readonly number[] | readonly string[];

/** A consistency finding about a report: what is off, where, and how seriously. */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly indicatorIds: readonly string[];
  readonly message: BilingualText;
  readonly expected?: FindingValue;
  readonly actual?: FindingValue;
}

import { calendarDate } from '../format/format-date.js';
import type { Report } from '../schema/report.js';
import { publishedBeforeSigned, publishedLate, signedBeforePeriodEnd } from './findings/finding-messages.js';
import type { Finding } from './findings/finding.js';
import type { Timeline } from './types.js';

/**
 * The publication deadline of a report: 1 April of the year after its period ends
 * (《法治政府建设与责任落实督察工作规定》).
 *
 * @example
 * ```ts
 * publicationDeadline({ start: '2023-01-01', end: '2023-12-31' }); // '2024-04-01'
 * ```
 */
export function publicationDeadline(period: Report['period']): string {
  const nextYear = Number(period.end.slice(0, 4)) + 1;
  return `${String(nextYear).padStart(4, '0')}-04-01`;
}

/**
 * The report's dates and what they say: published after the deadline (`published-late`, warning),
 * signed before its period ended (`signed-before-period-end`, info), published before it was signed
 * (`published-before-signed`, error). Only dates in the data are used, never today's date.
 *
 * @example
 * ```ts
 * computeTimeline(report).timeline.publishedOnTime; // true for the 2023 report published 2024-03-26
 * ```
 */
export function computeTimeline(report: Report): { timeline: Timeline; findings: Finding[] } {
  const findings: Finding[] = [];
  const deadline = publicationDeadline(report.period);
  const published = report.publishedAt === undefined ? undefined : calendarDate(report.publishedAt);
  const signed = report.signedOn;
  // ISO calendar dates compare correctly as strings.
  if (published && published > deadline) findings.push(publishedLate(deadline, published));
  if (signed && signed < report.period.end) findings.push(signedBeforePeriodEnd(signed, report.period.end));
  if (signed && published && published < signed) findings.push(publishedBeforeSigned(signed, published));
  return {
    timeline: {
      publicationDeadline: deadline,
      ...(signed && { signedOn: signed }),
      ...(published && { publishedOn: published, publishedOnTime: published <= deadline }),
    },
    findings,
  };
}

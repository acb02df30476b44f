import type { Period } from '../schema/report.js';
import { rolIssue, type RolIssueSink } from './rol-issue.js';

/** The library's rule on a reporting period: it does not end before it starts (`period_order`). */
export function checkPeriodOrder(period: Period, sink: RolIssueSink): void {
  if (period.end < period.start) rolIssue(sink, 'period-order', { ...period }, ['end']);
}

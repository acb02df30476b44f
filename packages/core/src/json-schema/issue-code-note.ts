import { ISSUE_CODE_DECIDERS, type ReportIssueCode } from '../parse/issue-codes.js';

const listed = (codes: readonly string[]): string => `issue code${codes.length > 1 ? 's' : ''}: ${codes.join(', ')}`;

/**
 * The note a JSON Schema description ends with: the stable codes `parseReport` gives for the rule the node
 * states, so that a service in another language can map a validator's errors to the same codes. Codes only
 * `parseReport` checks (`PARSE_REPORT_ONLY_ISSUE_CODES`) are said to be so: the schema does not refuse
 * them, and such a service must check them itself.
 *
 * @example
 * ```ts
 * issueCodeNote(['count_integer', 'negative']);          // '(issue codes: count_integer, negative)'
 * issueCodeNote(['period_order']);                       // '(issue code: period_order; checked by parseReport only)'
 * issueCodeNote(['part_and_group', 'unknown_indicator']); // '(issue code: part_and_group; checked by parseReport only: unknown_indicator)'
 * ```
 */
function issueCodeNote(codes: readonly ReportIssueCode[]): string {
  const decided = codes.filter((code) => ISSUE_CODE_DECIDERS[code] !== 'parse-report');
  const parseReportOnly = codes.filter((code) => ISSUE_CODE_DECIDERS[code] === 'parse-report');
  if (decided.length === 0) return `(${listed(parseReportOnly)}; checked by parseReport only)`;
  if (parseReportOnly.length === 0) return `(${listed(decided)})`;
  return `(${listed(decided)}; checked by parseReport only: ${parseReportOnly.join(', ')})`;
}

/**
 * A description followed by its {@link issueCodeNote}.
 *
 * @example
 * ```ts
 * withIssueCodes('A calendar date, YYYY-MM-DD.', ['date']); // 'A calendar date, YYYY-MM-DD. (issue code: date)'
 * ```
 */
export function withIssueCodes(description: string, codes: readonly ReportIssueCode[]): string {
  return `${description} ${issueCodeNote(codes)}`;
}

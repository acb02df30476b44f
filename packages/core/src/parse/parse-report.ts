import type { BilingualText } from '../schema/localized-text.js';
import type { Report } from '../schema/report.js';
import { SCHEMA_VERSION } from '../vocabulary/schema-version.js';
import { validateReport } from './generated/report-validator.js';
import type { ValidationIssue } from './validation-issue.js';
import type { ReportIssueCode } from './issue-codes.js';
import { bilingualMessage, catalogMessage } from './messages.js';

/**
 * One problem with a report: where it is and what is wrong, in zh-CN and English. From `parseReport` its
 * `code` is one of {@link REPORT_ISSUE_CODES}; the elements reuse the shape for load failures
 * (`ReportIssue<string>`: `http_404`, `network`, `timeout`, `too_large`).
 */
export interface ReportIssue<Code extends string = ReportIssueCode> {
  /** Path from the report's root, e.g. `["indicators", 3, "quantity", "unit"]`. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `indicators[3].quantity.unit`. */
  readonly pointer: string;
  /**
   * A stable code to map issues to a service's own errors without reading messages: the library's rule
   * (`negative`, `count_integer`, `out_of_range`, `duplicate_id`, `unknown_indicator`…), zod's code for a
   * shape error (`invalid_type`, `unrecognized_keys`…), or `not_json` / `schema_version`. Every code is in
   * {@link REPORT_ISSUE_CODES} and docs/developers.md.
   */
  readonly code: Code;
  readonly message: BilingualText;
}

/** The result of {@link parseReport}: the typed report, or every issue found. */
export type ParseReportResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly issues: readonly ReportIssue[] };

/** Writes a path as `indicators[3].quantity.unit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** The stable code of an issue: the library's own rule from its `rol:` message, else zod's code. */
function codeOf(found: ValidationIssue): ReportIssueCode {
  return (found.message?.startsWith('rol:') ? found.message.slice(4).replace(/-/g, '_') : found.code) as ReportIssueCode;
}

function issue(path: readonly (string | number)[], code: ReportIssueCode, message: BilingualText): ReportIssue {
  return { path, pointer: formatPath(path), code, message };
}

function newerSchemaVersion(input: unknown): ReportIssue | undefined {
  if (typeof input !== 'object' || input === null || !('schemaVersion' in input)) return undefined;
  const version = (input as { schemaVersion: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= SCHEMA_VERSION) return undefined;
  return issue(['schemaVersion'], 'schema_version', catalogMessage('schema-version-newer', { version, supported: SCHEMA_VERSION }));
}

/**
 * Validate anything (a parsed JSON value, or a JSON string) as a report. Never throws: invalid input
 * gives every issue with its path and a message in zh-CN and English. The report returned is the input
 * itself, validated: nothing is added, dropped or converted, so `JSON.stringify` gives the same data back.
 *
 * @example
 * ```ts
 * const result = parseReport(JSON.parse(text));
 * if (result.ok) console.log(result.report.title);
 * else for (const issue of result.issues) console.error(issue.pointer, issue.message['zh-CN']);
 * ```
 */
export function parseReport(input: unknown): ParseReportResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      const message = /^\s*</.test(input) ? catalogMessage('not-json-markup') : catalogMessage('not-json', { reason: (error as Error).message });
      return { ok: false, issues: [issue([], 'not_json', message)] };
    }
  }
  const newer = newerSchemaVersion(value);
  if (newer) return { ok: false, issues: [newer] };
  try {
    // The validator generated from ReportSchema (scripts/write-report-validator.ts): zod's issues without zod's
    // runtime. It adds, drops and converts nothing, so the valid input is the report itself.
    const found = validateReport(value);
    if (found.length === 0) return { ok: true, report: value as Report };
    return { ok: false, issues: found.map((each) => issue(each.path as (string | number)[], codeOf(each), bilingualMessage(each))) };
  } catch (error) {
    // Exotic inputs (getters that throw, proxies) must still give an answer, not an exception.
    return { ok: false, issues: [issue([], 'invalid_input', { 'zh-CN': `无法读取输入：${String(error)}`, en: `Cannot read the input: ${String(error)}` })] };
  }
}

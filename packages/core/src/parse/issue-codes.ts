/**
 * Every code a {@link ReportIssue} can carry, stable across versions: a service maps them to its own API
 * errors. The library's own rules first (one code each), then zod's codes for errors of shape, then the
 * two that come before validation. docs/developers.md lists each with what it means.
 */
export const REPORT_ISSUE_CODES = [
  // Values
  'negative',
  'count_integer',
  'rank_positive',
  'out_of_range',
  'decimals',
  'unit',
  'span_length',
  'id_format',
  'division_code',
  'date',
  'date_time',
  'period_order',
  'json_value',
  // Structure and references
  'operand',
  'total',
  'duplicate_id',
  'unknown_section',
  'section_cycle',
  'unknown_indicator',
  'self_reference',
  'ref_kind',
  'part_and_group',
  'part_of_non_breakdown',
  'unknown_part',
  'unknown_group',
  'unit_for_kind',
  'rate_needs_value',
  'duplicate_category',
  'free_category_label',
  // Shape (zod's codes)
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'too_small',
  'too_big',
  'unrecognized_keys',
  'not_multiple_of',
  'custom',
  // Before validation
  'not_json',
  'schema_version',
  'invalid_input',
] as const;

/** One of {@link REPORT_ISSUE_CODES}. */
export type ReportIssueCode = (typeof REPORT_ISSUE_CODES)[number];

/**
 * Who can decide a rule for a JSON document: `json-schema`, the report's JSON Schema (`reportJsonSchema()`)
 * refuses exactly what `parseReport` refuses for it; `parse-report`, only `parseReport` checks it (rules
 * across fields or on arithmetic: unique ids, references that resolve, the decimals of a value); `json-parser`,
 * the input is not JSON data at all, which a JSON parser refuses before any schema applies.
 */
export type IssueCodeDecider = 'json-schema' | 'parse-report' | 'json-parser';

/** Who decides each code's rule for a JSON document (see {@link IssueCodeDecider}). The docs and the agreement test read this table. */
export const ISSUE_CODE_DECIDERS: Readonly<Record<ReportIssueCode, IssueCodeDecider>> = {
  negative: 'json-schema',
  count_integer: 'json-schema',
  rank_positive: 'json-schema',
  out_of_range: 'json-schema',
  // `multipleOf: 0.000001` is not exact in binary floating point (0.3 is not a multiple of it in ajv).
  decimals: 'parse-report',
  unit: 'json-schema',
  span_length: 'parse-report',
  id_format: 'json-schema',
  division_code: 'json-schema',
  date: 'json-schema',
  date_time: 'json-schema',
  period_order: 'parse-report',
  json_value: 'json-parser',
  operand: 'json-schema',
  total: 'json-schema',
  duplicate_id: 'parse-report',
  unknown_section: 'parse-report',
  section_cycle: 'parse-report',
  unknown_indicator: 'parse-report',
  self_reference: 'parse-report',
  ref_kind: 'parse-report',
  part_and_group: 'json-schema',
  part_of_non_breakdown: 'parse-report',
  unknown_part: 'parse-report',
  unknown_group: 'parse-report',
  unit_for_kind: 'json-schema',
  rate_needs_value: 'json-schema',
  duplicate_category: 'parse-report',
  free_category_label: 'json-schema',
  invalid_type: 'json-schema',
  invalid_value: 'json-schema',
  // Only a source URL gives it: parsed as browsers parse URLs (WHATWG), which no JSON Schema format says.
  invalid_format: 'parse-report',
  invalid_union: 'json-schema',
  invalid_key: 'json-schema',
  invalid_element: 'json-schema',
  too_small: 'json-schema',
  too_big: 'json-schema',
  unrecognized_keys: 'json-schema',
  not_multiple_of: 'json-schema',
  // A rule without a code of its own: none today.
  custom: 'parse-report',
  not_json: 'json-parser',
  schema_version: 'json-schema',
  invalid_input: 'json-parser',
};

/** The codes whose rules the JSON Schema decides exactly as `parseReport` does, in {@link REPORT_ISSUE_CODES} order. */
export const SCHEMA_DECIDABLE_ISSUE_CODES: readonly ReportIssueCode[] = /* @__PURE__ */ REPORT_ISSUE_CODES.filter(
  (code) => ISSUE_CODE_DECIDERS[code] === 'json-schema',
);

/** The codes whose rules only `parseReport` checks (across fields, or arithmetic), in {@link REPORT_ISSUE_CODES} order. */
export const PARSE_REPORT_ONLY_ISSUE_CODES: readonly ReportIssueCode[] = /* @__PURE__ */ REPORT_ISSUE_CODES.filter(
  (code) => ISSUE_CODE_DECIDERS[code] === 'parse-report',
);

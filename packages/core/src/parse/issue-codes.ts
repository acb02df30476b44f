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

import * as z from 'zod/mini';
import { ReportSchema } from '../schema/report.js';
import { SCHEMA_DESCRIPTIONS } from './descriptions.js';

/**
 * The JSON Schema (draft 2020-12) of a report, generated from the zod schema, for validating reports in
 * other languages and editors. Cross-field rules (unique ids, references that resolve, units that fit
 * the indicator kind) are checked by {@link parseReport} only.
 *
 * @example
 * ```ts
 * writeFileSync('report.schema.json', JSON.stringify(reportJsonSchema(), null, 2));
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: SCHEMA_DESCRIPTIONS,
  });
  return {
    ...schema,
    $id: 'https://rule-of-law.invalid/schema/report.schema.json',
    title: '法治政府建设年度报告 — annual rule-of-law government report',
  };
}

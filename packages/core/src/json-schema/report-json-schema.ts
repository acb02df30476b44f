import * as z from 'zod/mini';
import { MAX_PERCENT, MAX_QUANTITY, QuantitySchema } from '../schema/quantity.js';
import { ReportSchema } from '../schema/report.js';
import { SCHEMA_DESCRIPTIONS } from './descriptions.js';

/**
 * The JSON Schema (draft 2020-12) of a report, generated from the zod schema, for validating reports in
 * other languages and editors. Cross-field rules (unique ids, references that resolve, units that fit
 * the indicator kind) and the decimal places of a value are checked by {@link parseReport} only; the
 * bounds of values are in both.
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
    // The bounds parseReport checks in code: a magnitude for every value, a smaller one for percentages.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === QuantitySchema.shape.value) Object.assign(jsonSchema, { minimum: -MAX_QUANTITY, maximum: MAX_QUANTITY });
      if (zodSchema === QuantitySchema) {
        jsonSchema.if = { properties: { unit: { enum: ['percent', 'percentage_point'] } }, required: ['unit'] };
        jsonSchema.then = { properties: { value: { minimum: -MAX_PERCENT, maximum: MAX_PERCENT } } };
      }
    },
  });
  return {
    ...schema,
    $id: 'https://rule-of-law.invalid/schema/report.schema.json',
    title: '法治政府建设年度报告 — annual rule-of-law government report',
  };
}

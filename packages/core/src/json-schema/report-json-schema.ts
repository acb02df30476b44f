import * as z from 'zod/mini';
import { MAX_PERCENT, MAX_QUANTITY, QuantitySchema } from '../schema/quantity.js';
import { COUNT_UNITS } from '../schema/unit.js';
import { ReportSchema } from '../schema/report.js';
import { SCHEMA_DESCRIPTIONS } from './descriptions.js';

/** A rule on a quantity's value that depends on its unit: `if` the unit is one of these, `then` the value is so. */
const byUnit = (unit: Record<string, unknown>, value: Record<string, unknown>) => ({
  if: { properties: { unit }, required: ['unit'] },
  then: { properties: { value } },
});

/**
 * The rules of QuantitySchema's own check that JSON Schema can say: a count (built-in count unit, or a custom
 * unit without another dimension) is a whole number from 0; money is never negative; a rank is a whole number
 * from 1; a percentage or percentage points stay within MAX_PERCENT.
 */
const QUANTITY_RULES = [
  byUnit(
    { anyOf: [{ enum: [...COUNT_UNITS] }, { type: 'object', not: { required: ['dimension'] } }, { type: 'object', properties: { dimension: { const: 'count' } }, required: ['dimension'] }] },
    { type: 'integer', minimum: 0 },
  ),
  byUnit({ const: '元' }, { minimum: 0 }),
  byUnit({ const: '位' }, { type: 'integer', minimum: 1 }),
  byUnit({ enum: ['percent', 'percentage_point'] }, { minimum: -MAX_PERCENT, maximum: MAX_PERCENT }),
];

/**
 * The JSON Schema (draft 2020-12) of a report, generated from the zod schema, for validating reports in
 * other languages and editors. Cross-field rules (unique ids, references that resolve, units that fit
 * the indicator kind) and the decimal places of a value are checked by {@link parseReport} only; the
 * bounds of values, whole and non-negative counts, non-negative money and ranks from 1 are in both.
 * Its `date` and `uri` formats need a validator that checks formats (ajv with ajv-formats).
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
      if (zodSchema === QuantitySchema) jsonSchema.allOf = QUANTITY_RULES;
    },
  });
  return {
    ...schema,
    $id: 'https://rule-of-law.invalid/schema/report.schema.json',
    title: '法治政府建设年度报告 — annual rule-of-law government report',
  };
}

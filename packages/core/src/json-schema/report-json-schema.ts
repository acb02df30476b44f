import * as z from 'zod/mini';
import { IsoDateOrDateTimeSchema } from '../schema/dates.js';
import {
  AmountIndicatorSchema,
  BreakdownIndicatorSchema,
  CountIndicatorSchema,
  IndicatorSchema,
  MeasureIndicatorSchema,
  RateIndicatorSchema,
} from '../schema/indicator.js';
import { IndicatorRefSchema, OperandSchema } from '../schema/operand.js';
import { QuantitySchema } from '../schema/quantity.js';
import { ReportSchema, ReportSourceSchema } from '../schema/report.js';
import { UnitSchema } from '../schema/unit.js';
import { withAsciiDigitPatterns } from './ascii-digit-patterns.js';
import { FIELD_DESCRIPTIONS, SCHEMA_DESCRIPTIONS } from './descriptions.js';
import { breakdownRules, kindUnitRule, rateRules } from './indicator-rules.js';
import type { JsonSchemaNode } from './json-schema-node.js';
import { quantityRules, quantityValueBounds } from './quantity-rules.js';
import { alternatePatterns, chooseByKey, chooseByType, discriminateUnion } from './union-branches.js';

type Properties = Record<string, JsonSchemaNode>;

/** Describes a field that is a shared definition (a `$ref`) on this use, without changing the definition. */
function describeField(json: JsonSchemaNode, field: string, description: string): void {
  const properties = json.properties as Properties;
  properties[field] = { ...properties[field], description };
}

/** An indicator's own rules, and its label described. */
const indicatorRules = (rules: readonly JsonSchemaNode[]) => (json: JsonSchemaNode) => {
  describeField(json, 'label', FIELD_DESCRIPTIONS.indicatorLabel);
  json.allOf = [...rules];
};

/**
 * What the JSON Schema says beyond zod's own conversion, by zod schema: the rules of the library's checks
 * that JSON Schema can say, and unions rewritten so that a validator reports the chosen branch's errors only.
 * (Built when a schema is written, not when the library is loaded.)
 */
const jsonSchemaRules = () =>
  new Map<z.core.$ZodType, (json: JsonSchemaNode) => void>([
    [QuantitySchema.shape.value, (json) => Object.assign(json, quantityValueBounds())],
    [QuantitySchema, (json) => (json.allOf = quantityRules())],
    [UnitSchema, chooseByType],
    [OperandSchema, (json) => chooseByKey(json, 'ref', 0)],
    [
      BreakdownIndicatorSchema.shape.total._zod.def.innerType,
      (json) => {
        chooseByKey(json, 'ref', 1);
        // A total refers to a whole count or amount, or to a part of a breakdown: never to a group.
        json.then = {
          ...(json.then as JsonSchemaNode),
          properties: { group: { not: {}, description: 'A total is never a group of a breakdown (issue code: ref_kind)' } },
        };
      },
    ],
    [
      IndicatorRefSchema,
      (json) => {
        describeField(json, 'ref', FIELD_DESCRIPTIONS.ref);
        json.not = { required: ['part', 'group'] };
      },
    ],
    [IndicatorSchema, (json) => discriminateUnion(json, IndicatorSchema)],
    [CountIndicatorSchema, indicatorRules([kindUnitRule('count')])],
    [AmountIndicatorSchema, indicatorRules([kindUnitRule('amount')])],
    [MeasureIndicatorSchema, indicatorRules([kindUnitRule('measure')])],
    [RateIndicatorSchema, indicatorRules(rateRules())],
    [BreakdownIndicatorSchema, indicatorRules(breakdownRules())],
    [IsoDateOrDateTimeSchema, alternatePatterns],
    // A URL as browsers parse it (WHATWG): no JSON Schema format says that (`uri` refuses 例子.cn and spaces
    // that parseReport trims), so the schema says nothing a validator would refuse more than parseReport does.
    [ReportSourceSchema.shape.url._zod.def.innerType, (json) => delete json.format],
  ]);

/**
 * The JSON Schema (draft 2020-12) of a report, generated from the zod schema, for validating reports in
 * other languages and editors. It refuses exactly what {@link parseReport} refuses for every rule JSON
 * Schema can say ({@link SCHEMA_DECIDABLE_ISSUE_CODES}: types, required and unknown fields, ids, dates,
 * enumerations, the bounds of values, whole and non-negative counts, ranks from 1, the unit each indicator
 * kind takes, a rate's value or operands, labels of free categories); the rules across fields or on
 * arithmetic are `parseReport`'s alone ({@link PARSE_REPORT_ONLY_ISSUE_CODES}: unique ids, references that
 * resolve, the decimals of a value, a period's order, source URLs). Each rule's `description` ends with the
 * issue codes `parseReport` gives for it, so that a service can map a validator's errors to the same codes.
 * Indicators are chosen by `kind` with `if`/`then`, so a validator reports the errors of the indicator's own
 * kind only. Definitions have stable names under `$defs` (`Quantity`, `RateIndicator`…). Validate with ajv's
 * `Ajv2020` and `ajv-formats` (for the `date` format).
 *
 * @example
 * ```ts
 * writeFileSync('report.schema.json', JSON.stringify(reportJsonSchema(), null, 2));
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  const rules = jsonSchemaRules();
  const schema = z.toJSONSchema(ReportSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: SCHEMA_DESCRIPTIONS,
    override: ({ zodSchema, jsonSchema }) => rules.get(zodSchema)?.(jsonSchema as JsonSchemaNode),
  }) as JsonSchemaNode;
  withAsciiDigitPatterns(schema);
  return {
    ...schema,
    $id: 'https://rule-of-law.invalid/schema/report.schema.json',
    title: '法治政府建设年度报告 — annual rule-of-law government report',
  };
}

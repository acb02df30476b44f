import { CODELISTS, CODELIST_IDS } from '../codelists/index.js';
import { UNIT_DIMENSIONS, type UnitDimension } from '../schema/unit.js';
import { withIssueCodes } from './issue-code-note.js';
import type { JsonSchemaNode } from './json-schema-node.js';
import { unitOfDimensions } from './unit-of-dimensions.js';

/** A rule on an indicator's `quantity.unit`: it measures one of `dimensions`. */
const quantityUnitOf = (dimensions: readonly UnitDimension[], description: string): JsonSchemaNode => ({
  properties: {
    quantity: { type: 'object', properties: { unit: { ...unitOfDimensions(dimensions), description: withIssueCodes(description, ['unit_for_kind']) } } },
  },
});

/** The dimensions each quantity-holding kind states its figure in: a measure, any but count and money. */
const KIND_DIMENSIONS = {
  count: ['count'],
  amount: ['money'],
  measure: UNIT_DIMENSIONS.filter((dimension) => dimension !== 'count' && dimension !== 'money'),
} as const satisfies Record<string, readonly UnitDimension[]>;

const KIND_UNIT_TEXT = {
  count: 'A count is stated in a count unit.',
  amount: 'An amount is stated in money (元).',
  measure: 'A measure is stated in neither a count unit nor money: percentage points, 倍, a rank (位), percent or a custom unit of another dimension.',
} as const;

/**
 * The unit an indicator of a quantity-holding kind states its figure in, as `parseReport` checks it: a count
 * in a count unit, an amount in money, a measure in any other dimension (neither count nor money).
 *
 * @example
 * ```ts
 * countIndicatorSchema.allOf = [kindUnitRule('count')];
 * ```
 */
export function kindUnitRule(kind: 'count' | 'amount' | 'measure'): JsonSchemaNode {
  return quantityUnitOf(KIND_DIMENSIONS[kind], KIND_UNIT_TEXT[kind]);
}

/**
 * The rules of a rate that JSON Schema can say: its stated figure is in percent, or in 倍 when its formula
 * is `multiple`; it states a figure or has both a numerator and a denominator.
 *
 * @example
 * ```ts
 * rateIndicatorSchema.allOf = rateRules();
 * ```
 */
export function rateRules(): JsonSchemaNode[] {
  return [
    {
      if: { properties: { formula: { const: 'multiple' } }, required: ['formula'] },
      then: quantityUnitOf(['multiple'], 'A rate of formula `multiple` is stated in 倍.'),
      else: quantityUnitOf(['percent'], 'A rate is stated in percent (in 倍 when its formula is `multiple`).'),
    },
    {
      description: withIssueCodes('A rate states its figure (`quantity`), or has both a numerator and a denominator.', ['rate_needs_value']),
      if: { not: { required: ['quantity'] } },
      then: { required: ['numerator', 'denominator'] },
    },
  ];
}

const freeCategoryLabel = 'A category outside the codelist, or any category of a breakdown without one, has a label.';

/**
 * The label rule of a breakdown's parts: a part whose category is not a code of the breakdown's codelist (every
 * part when it has none) needs a `label`.
 *
 * @example
 * ```ts
 * breakdownIndicatorSchema.allOf = breakdownRules();
 * ```
 */
export function breakdownRules(): JsonSchemaNode[] {
  return [
    {
      description: withIssueCodes(freeCategoryLabel, ['free_category_label']),
      if: { not: { required: ['codelist'] } },
      then: { properties: { parts: { type: 'array', items: { type: 'object', required: ['label'] } } } },
    },
    ...CODELIST_IDS.map((id) => ({
      description: withIssueCodes(freeCategoryLabel, ['free_category_label']),
      if: { properties: { codelist: { const: id } }, required: ['codelist'] },
      then: {
        properties: {
          parts: {
            type: 'array',
            items: {
              type: 'object',
              if: { properties: { category: { enum: CODELISTS[id].categories.map((category) => category.code) } }, required: ['category'] },
              else: { required: ['label'] },
            },
          },
        },
      },
    })),
  ];
}

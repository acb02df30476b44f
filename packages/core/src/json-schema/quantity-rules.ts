import { MAX_PERCENT, MAX_QUANTITY } from '../schema/quantity.js';
import type { UnitDimension } from '../schema/unit.js';
import { withIssueCodes } from './issue-code-note.js';
import type { JsonSchemaNode } from './json-schema-node.js';
import { unitOfDimensions } from './unit-of-dimensions.js';

/**
 * A rule on a quantity's value that depends on its unit: `if` the unit has one of these dimensions (and the
 * value is a number: a value of another type has its own error), `then` the value is so.
 */
const byUnit = (dimensions: readonly UnitDimension[], value: JsonSchemaNode): JsonSchemaNode => ({
  if: { properties: { unit: unitOfDimensions(dimensions), value: { type: 'number' } }, required: ['unit', 'value'] },
  then: { properties: { value } },
});

/**
 * The bound of every stated value, whatever its unit: at most `MAX_QUANTITY` in magnitude. (Its decimals,
 * at most `MAX_DECIMALS`, are `parseReport`'s alone: `multipleOf` is not exact in binary floating point.)
 *
 * @example
 * ```ts
 * Object.assign(valueSchema, quantityValueBounds());
 * ```
 */
export function quantityValueBounds(): JsonSchemaNode {
  return { minimum: -MAX_QUANTITY, maximum: MAX_QUANTITY };
}

/**
 * The rules of `QuantitySchema`'s own check that JSON Schema can say, by the unit's dimension (built-in or
 * custom, as `unitDimension` reads it): a count is a whole number from 0; money is never negative; a rank is a
 * whole number from 1; a percentage or percentage points stay within `MAX_PERCENT`. Each rule's description
 * carries the issue codes `parseReport` gives for it.
 *
 * @example
 * ```ts
 * quantitySchema.allOf = quantityRules();
 * ```
 */
export function quantityRules(): JsonSchemaNode[] {
  return [
    byUnit(['count'], {
      type: 'integer',
      minimum: 0,
      description: withIssueCodes('A count (a count unit, or a custom unit without another dimension) is a whole number from 0.', ['count_integer', 'negative']),
    }),
    byUnit(['money'], { type: 'number', minimum: 0, description: withIssueCodes('Money is never negative.', ['negative']) }),
    byUnit(['rank'], { type: 'integer', minimum: 1, description: withIssueCodes('A rank is a whole number from 1.', ['count_integer', 'rank_positive']) }),
    byUnit(['percent', 'percentage_point'], {
      type: 'number',
      minimum: -MAX_PERCENT,
      maximum: MAX_PERCENT,
      description: withIssueCodes('A percentage or percentage points: at most 10^6 in magnitude.', ['out_of_range']),
    }),
  ];
}

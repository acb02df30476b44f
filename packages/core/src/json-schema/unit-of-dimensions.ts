import { UNIT_CODES, UNIT_INFO, type UnitDimension } from '../schema/unit.js';
import type { JsonSchemaNode } from './json-schema-node.js';

/**
 * A JSON Schema that a unit passes when it measures one of `dimensions`, as `unitDimension` reads it: a
 * built-in code of such a dimension, or a custom unit declaring one (a custom unit without `dimension` is a
 * count). It says nothing else of the unit: whether it is a unit at all is the `Unit` definition's rule.
 *
 * @example
 * ```ts
 * unitOfDimensions(['money']);
 * // { if: { type: 'string' }, then: { enum: ['元'] }, else: { type: 'object', properties: { dimension: { enum: ['money'] } }, required: ['dimension'] } }
 * ```
 */
export function unitOfDimensions(dimensions: readonly UnitDimension[]): JsonSchemaNode {
  const codes = UNIT_CODES.filter((code) => dimensions.includes(UNIT_INFO[code].dimension));
  return {
    if: { type: 'string' },
    then: codes.length > 0 ? { enum: codes } : false,
    else: {
      type: 'object',
      properties: { dimension: { enum: [...dimensions] } },
      // A custom unit without a dimension is a count.
      ...(!dimensions.includes('count') && { required: ['dimension'] }),
    },
  };
}

import type * as z from 'zod/mini';
import type { JsonSchemaNode } from './json-schema-node.js';

/** Replaces a union's `oneOf`/`anyOf` by `rule`, keeping its annotations (description). */
function replaceUnion(json: JsonSchemaNode, rule: JsonSchemaNode): void {
  delete json.oneOf;
  delete json.anyOf;
  Object.assign(json, rule);
}

/** The branches of a generated union, in the zod union's order. */
function branchesOf(json: JsonSchemaNode): JsonSchemaNode[] {
  const branches = (json.oneOf ?? json.anyOf) as JsonSchemaNode[] | undefined;
  if (!Array.isArray(branches)) throw new Error('Not a union: no oneOf or anyOf');
  return branches;
}

/**
 * Rewrites the JSON Schema of a zod discriminated union (`oneOf`, which validators report branch by branch)
 * so that the discriminator chooses the branch: `required` and `enum` of the discriminator, then one
 * `if` (this value) / `then` (that branch) per member. A validator then reports the errors of the chosen
 * branch only, at the fields that are wrong — the form every draft 2020-12 validator understands, unlike
 * OpenAPI's `discriminator` keyword.
 *
 * @example
 * ```ts
 * // { oneOf: [{ $ref: '#/$defs/CountIndicator' }, …] } becomes
 * // { type: 'object', required: ['kind'], properties: { kind: { enum: ['count', …] } },
 * //   allOf: [{ if: { properties: { kind: { const: 'count' } }, required: ['kind'] }, then: { $ref: '#/$defs/CountIndicator' } }, …] }
 * discriminateUnion(json, IndicatorSchema);
 * ```
 */
export function discriminateUnion(json: JsonSchemaNode, union: z.core.$ZodDiscriminatedUnion): void {
  const key = union._zod.def.discriminator;
  const branches = branchesOf(json);
  const values = union._zod.def.options.map((option) => [...(option._zod.propValues?.[key] ?? [])]);
  if (values.some((list) => list.length === 0)) throw new Error(`A member of the union has no value of "${key}"`);
  const choose = (list: readonly unknown[]) => (list.length === 1 ? { const: list[0] } : { enum: list });
  replaceUnion(json, {
    type: 'object',
    required: [key],
    properties: { [key]: { enum: values.flat() } },
    allOf: branches.map((branch, index) => ({ if: { properties: { [key]: choose(values[index]!) }, required: [key] }, then: branch })),
  });
}

/**
 * Rewrites a union of a string branch and an object branch (zod tries both) into `if` it is a string `then`
 * the first, `else` the second: a validator reports one branch's errors only.
 *
 * @example
 * ```ts
 * // { anyOf: [{ type: 'string', enum: […] }, { $ref: '#/$defs/CustomUnit' }] } becomes
 * // { if: { type: 'string' }, then: { type: 'string', enum: […] }, else: { $ref: '#/$defs/CustomUnit' } }
 * chooseByType(json);
 * ```
 */
export function chooseByType(json: JsonSchemaNode): void {
  const [text, object] = branchesOf(json);
  replaceUnion(json, { if: { type: 'string' }, then: text, else: object });
}

/**
 * Rewrites a union of two object branches, only one of which can have `key` (the others are strict objects
 * without it), into `if` it has `key` `then` that branch, `else` the other.
 *
 * @example
 * ```ts
 * // An operand: { anyOf: [{ $ref: '#/$defs/IndicatorRef' }, { $ref: '#/$defs/InlineQuantity' }] } becomes
 * // { type: 'object', if: { required: ['ref'] }, then: { $ref: '#/$defs/IndicatorRef' }, else: { $ref: '#/$defs/InlineQuantity' } }
 * chooseByKey(json, 'ref', 0);
 * ```
 */
export function chooseByKey(json: JsonSchemaNode, key: string, withKey: 0 | 1): void {
  const branches = branchesOf(json);
  replaceUnion(json, { type: 'object', if: { required: [key] }, then: branches[withKey], else: branches[1 - withKey] });
}

/** A pattern without its `^…$` anchors. */
function unanchored(pattern: unknown): string {
  if (typeof pattern !== 'string' || !pattern.startsWith('^') || !pattern.endsWith('$')) throw new Error(`Not an anchored pattern: ${String(pattern)}`);
  return pattern.slice(1, -1);
}

/**
 * Rewrites a union of string patterns into one string with one pattern, their alternation: a validator reports
 * one error instead of one per branch and the union's.
 *
 * @example
 * ```ts
 * // { anyOf: [{ type: 'string', pattern: '^A$' }, { type: 'string', pattern: '^B$' }] } becomes
 * // { type: 'string', pattern: '^(?:A|B)$' }
 * alternatePatterns(json);
 * ```
 */
export function alternatePatterns(json: JsonSchemaNode): void {
  const patterns = branchesOf(json).map((branch) => unanchored(branch.pattern));
  replaceUnion(json, { type: 'string', pattern: `^(?:${patterns.join('|')})$` });
}

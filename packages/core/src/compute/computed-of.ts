import type { ComputedIndicator, ComputedReport } from './types.js';

/** The kinds of computed indicator: `count`, `amount`, `measure`, `rate`, `breakdown`. */
export type ComputedKind = ComputedIndicator['kind'];

/** The computed indicator of one kind. */
export type ComputedOfKind<K extends ComputedKind> = Extract<ComputedIndicator, { kind: K }>;

/**
 * The computed indicator with this id, narrowed to the kind asked for: typed access under strict
 * TypeScript (`noUncheckedIndexedAccess`) without casts. `undefined` when the report has no such id, or
 * when the indicator with that id is of another kind.
 *
 * @example
 * ```ts
 * const outcomes = computedOf(computeReport(report), 'reconsideration.outcomes', 'breakdown');
 * outcomes?.parts.map((part) => part.category); // ['uphold', 'dismiss_application', 'terminate', 'pending']
 * computedOf(computed, 'reconsideration.outcomes', 'rate'); // undefined: it is a breakdown
 * ```
 */
export function computedOf<K extends ComputedKind>(computed: Pick<ComputedReport, 'byId'>, id: string, kind: K): ComputedOfKind<K> | undefined {
  const entry = Object.hasOwn(computed.byId, id) ? computed.byId[id] : undefined;
  return entry?.kind === kind ? (entry as ComputedOfKind<K>) : undefined;
}

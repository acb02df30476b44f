import type { Qualifier } from '../schema/qualifier.js';

/** Qualifiers that pin the true value from below (it is at least the stated value). */
const BOUNDED_BELOW: ReadonlySet<Qualifier> = new Set(['exact', 'at_least']);
/** Qualifiers that pin the true value from above (it is at most the stated value). */
const BOUNDED_ABOVE: ReadonlySet<Qualifier> = new Set(['exact', 'at_most']);

/**
 * The qualifier of a change from one figure to another (`to − from`, and likewise `to ÷ from` for
 * non-negative figures), or `undefined` when the qualifiers leave the change open in both directions.
 *
 * The rule: the change is bounded below only when `to` is bounded below (exact or at least) and `from`
 * bounded above (exact or at most); bounded above only in the mirror case. Bounded both ways is exact,
 * one way is `at_least` / `at_most`. With no hard bound, two figures that are each exact or
 * approximate give an approximate change; any other mix (e.g. "5000余" against "6000余", or
 * "约" against "以上") gives no change at all: never a false exact or a false "about".
 *
 * | from \ to     | exact         | at_least  | at_most   | approximately |
 * |---------------|---------------|-----------|-----------|---------------|
 * | exact         | exact         | at_least  | at_most   | approximately |
 * | at_least      | at_most       | —         | at_most   | —             |
 * | at_most       | at_least      | at_least  | —         | —             |
 * | approximately | approximately | —         | —         | approximately |
 *
 * @example
 * ```ts
 * changeQualifier('exact', 'at_least');    // 'at_least': 558件 → 600余件 grew by at least 42
 * changeQualifier('at_least', 'at_least'); // undefined: 500余 → 600余 could have fallen
 * ```
 */
export function changeQualifier(from: Qualifier, to: Qualifier): Qualifier | undefined {
  const below = BOUNDED_BELOW.has(to) && BOUNDED_ABOVE.has(from);
  const above = BOUNDED_ABOVE.has(to) && BOUNDED_BELOW.has(from);
  if (below && above) return 'exact';
  if (below) return 'at_least';
  if (above) return 'at_most';
  const roughOrExact = (qualifier: Qualifier) => qualifier === 'exact' || qualifier === 'approximately';
  return roughOrExact(from) && roughOrExact(to) ? 'approximately' : undefined;
}

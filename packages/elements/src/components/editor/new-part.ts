import { CODELISTS, type BreakdownIndicator, type BreakdownPart, type Quantity } from '@rule-of-law/core';

/**
 * The part a figure pointed at in the text adds to a breakdown: the first category of its codelist that no part has
 * yet (a person then picks the right one from the list), else a free category (`part-2`, …) named by the figure as
 * written, to be renamed in the form. The figure's quantity is kept as read, with its place in the text.
 *
 * @example
 * ```ts
 * newPart(outcomes, { value: 3, unit: '件', written: '3件' }); // { category: 'correct', quantity: … } when uphold is taken
 * ```
 */
export function newPart(breakdown: BreakdownIndicator, quantity: Quantity): BreakdownPart {
  const taken = new Set(breakdown.parts.map((part) => part.category));
  const free = breakdown.codelist ? CODELISTS[breakdown.codelist].categories.find((category) => !taken.has(category.code)) : undefined;
  if (free) return { category: free.code, quantity };
  let n = breakdown.parts.length + 1;
  while (taken.has(`part-${n}`)) n += 1;
  return { category: `part-${n}`, label: { 'zh-CN': quantity.written }, quantity };
}

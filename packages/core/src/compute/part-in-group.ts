import { CODELISTS, type CodelistId } from '../codelists/index.js';
import type { BreakdownIndicator, BreakdownPart } from '../schema/indicator.js';

/** Each codelist's category → groups, built on first use: a roll-up resolves groups of thousands of reports. */
const categoryGroups = new Map<CodelistId, ReadonlyMap<string, readonly string[]>>();

function groupsOfCategory(codelist: CodelistId | undefined, category: string): readonly string[] {
  if (!codelist) return [];
  let byCode = categoryGroups.get(codelist);
  if (!byCode) {
    byCode = new Map(CODELISTS[codelist].categories.map((entry) => [entry.code, entry.groups]));
    categoryGroups.set(codelist, byCode);
  }
  return byCode.get(category) ?? [];
}

/**
 * Whether a part of a breakdown belongs to `group`: by its codelist category's groups, or by its own `groups`.
 * What an operand `{ "ref": …, "group": … }` sums, and what an editor highlights for it.
 *
 * @example
 * ```ts
 * partInGroup(outcomes, outcomes.parts[0], 'concluded'); // true for 维持 (uphold) in the reconsideration codelist
 * ```
 */
export function partInGroup(breakdown: BreakdownIndicator, part: BreakdownPart, group: string): boolean {
  return groupsOfCategory(breakdown.codelist, part.category).includes(group) || (part.groups ?? []).includes(group);
}

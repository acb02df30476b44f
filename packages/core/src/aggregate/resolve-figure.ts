import { CODELISTS, type CodelistId } from '../codelists/index.js';
import { figureOf } from '../compute/figure.js';
import { resolveTotalRef } from '../compute/resolve-total.js';
import { sumFigures } from '../compute/sum-figures.js';
import type { Figure } from '../compute/types.js';
import { breakdownGroups } from '../schema/report-references.js';
import type { BreakdownIndicator, Indicator } from '../schema/indicator.js';
import { isRef, type IndicatorRef, type Operand } from '../schema/operand.js';

const categoryGroups = new Map<CodelistId, ReadonlyMap<string, readonly string[]>>();

function groupsOf(codelist: CodelistId | undefined, category: string): readonly string[] {
  if (!codelist) return [];
  let byCode = categoryGroups.get(codelist);
  if (!byCode) {
    byCode = new Map(CODELISTS[codelist].categories.map((entry) => [entry.code, entry.groups]));
    categoryGroups.set(codelist, byCode);
  }
  return byCode.get(category) ?? [];
}

function find(indicators: readonly Indicator[], id: string): Indicator | undefined {
  for (const indicator of indicators) if (indicator.id === id) return indicator;
  return undefined;
}

/** A breakdown's stated total, resolved as `computeReport` does (a reference gives the count's or amount's figure, or a part of another breakdown). */
function totalOf(breakdown: BreakdownIndicator, indicators: readonly Indicator[]): Figure | undefined {
  const total = breakdown.total;
  if (total === undefined) return undefined;
  if (!('ref' in total)) return figureOf(total);
  return resolveTotalRef(total, (id) => find(indicators, id));
}

function sumOfParts(breakdown: BreakdownIndicator, parts: BreakdownIndicator['parts'], total: Figure | undefined): Figure | undefined {
  const unit = total?.unit ?? breakdown.parts[0]!.quantity.unit;
  if (parts.length === 0) return { value: 0, unit, qualifier: 'exact' };
  const result = sumFigures(parts.map((part) => figureOf(part.quantity)), { acrossCountUnits: breakdown.sumAcrossUnits === true, unit });
  return result.ok ? result.figure : undefined;
}

/**
 * The figure a reference stands for in one report — exactly what core's `resolveOperand` gives with
 * the report's computed breakdowns (a count's figure; a breakdown's total, else the sum of its parts;
 * one part; one group, summed like `computeBreakdown`'s groups) — without computing whole breakdowns
 * (shares, every group, derived rates): at 40,000 reports that was most of a roll-up's time. A test
 * checks the two agree on every operand of the reference and synthetic reports.
 */
export function resolveRef(ref: IndicatorRef, indicators: readonly Indicator[]): Figure | undefined {
  const target = find(indicators, ref.ref);
  if (!target || target.kind === 'rate') return undefined;
  if (target.kind !== 'breakdown') return figureOf(target.quantity);
  if (ref.part !== undefined) {
    const part = target.parts.find((candidate) => candidate.category === ref.part);
    return part && figureOf(part.quantity);
  }
  const total = totalOf(target, indicators);
  if (ref.group !== undefined) {
    if (!breakdownGroups(target).has(ref.group)) return undefined;
    const group = ref.group;
    const members = target.parts.filter((part) => groupsOf(target.codelist, part.category).includes(group) || (part.groups ?? []).includes(group));
    return sumOfParts(target, members, total);
  }
  return total ?? sumOfParts(target, target.parts, undefined);
}

/** A rate's numerator or denominator in one report: an inline figure, or a resolved reference ({@link resolveRef}). */
export function resolveFigure(operand: Operand, indicators: readonly Indicator[]): Figure | undefined {
  return isRef(operand) ? resolveRef(operand, indicators) : figureOf(operand.quantity);
}

/** A breakdown's total in one report, as `computeReport` resolves it. */
export function resolveTotal(breakdown: BreakdownIndicator, indicators: readonly Indicator[]): Figure | undefined {
  return totalOf(breakdown, indicators);
}

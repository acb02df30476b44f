import { CODELISTS, type OutcomeCategory, type OutcomeCodelist, type PartSelector } from '../codelists/index.js';
import type { BreakdownIndicator, BreakdownPart } from '../schema/indicator.js';
import type { IndicatorRef } from '../schema/operand.js';
import { unitKey, type Unit } from '../schema/unit.js';
import { figureOf } from './figure.js';
import { incompatibleUnits, mixedUnits, partialBreakdown, sumExceedsTotal, sumMismatch } from './findings/finding-messages.js';
import type { Finding } from './findings/finding.js';
import { computeRate } from './rate.js';
import { sumFigures } from './sum-figures.js';
import { sumOfParts } from './sum-of-parts.js';
import type { ComputedBreakdownIndicator, ComputedGroup, ComputedPart, DerivedRate, Figure } from './types.js';

/** What a breakdown's total refers to (an indicator, or with `part` a part of a breakdown), resolved by the caller from the report's indicators. */
export type ResolveFigure = (ref: IndicatorRef) => Figure | undefined;

function categoryOf(codelist: OutcomeCodelist | undefined, code: string): OutcomeCategory | undefined {
  return codelist?.categories.find((category) => category.code === code);
}

function computePart(part: BreakdownPart, codelist: OutcomeCodelist | undefined): Omit<ComputedPart, 'share'> {
  const category = categoryOf(codelist, part.category);
  const groups = [...new Set([...(category?.groups ?? []), ...(part.groups ?? [])])];
  return {
    category: part.category,
    label: part.label ?? category?.label ?? { 'zh-CN': part.category },
    quantity: part.quantity,
    groups,
  };
}

/** A definitely-known bound comparison of two figures: is `a` surely above, surely below or surely equal to `b`? */
function compare(a: Figure, b: Figure): 'above' | 'below' | 'equal' | 'unknown' {
  const aLow = a.qualifier === 'exact' || a.qualifier === 'at_least';
  const aHigh = a.qualifier === 'exact' || a.qualifier === 'at_most';
  const bLow = b.qualifier === 'exact' || b.qualifier === 'at_least';
  const bHigh = b.qualifier === 'exact' || b.qualifier === 'at_most';
  if (a.qualifier === 'exact' && b.qualifier === 'exact') {
    return a.value === b.value ? 'equal' : a.value > b.value ? 'above' : 'below';
  }
  if (aLow && bHigh && a.value > b.value) return 'above';
  if (aHigh && bLow && a.value < b.value) return 'below';
  return 'unknown';
}

function selectParts(parts: readonly Omit<ComputedPart, 'share'>[], selectors: readonly PartSelector[]): Omit<ComputedPart, 'share'>[] {
  return parts.filter((part) =>
    selectors.some((selector) =>
      'group' in selector ? part.groups.includes(selector.group) : 'category' in selector ? part.category === selector.category : false,
    ),
  );
}

function computeGroups(
  parts: readonly Omit<ComputedPart, 'share'>[],
  codelist: OutcomeCodelist | undefined,
  unit: Unit,
  acrossCountUnits: boolean,
): ComputedGroup[] {
  const names = new Set<string>(codelist ? Object.keys(codelist.groups) : []);
  for (const part of parts) for (const group of part.groups) names.add(group);
  return [...names].flatMap((group) => {
    const members = parts.filter((part) => part.groups.includes(group));
    const figure = sumOfParts(members, unit, acrossCountUnits);
    if (!figure) return [];
    const label = codelist?.groups[group] ?? { 'zh-CN': group };
    return [{ group, label, categories: members.map((part) => part.category), figure }];
  });
}

function computeDerivedRates(
  parts: readonly Omit<ComputedPart, 'share'>[],
  codelist: OutcomeCodelist,
  total: Figure | undefined,
  unit: Unit,
  acrossCountUnits: boolean,
): DerivedRate[] {
  const rates: DerivedRate[] = [];
  for (const definition of codelist.derivedRates) {
    const numeratorParts = selectParts(parts, definition.numerator);
    const usesTotal = 'total' in definition.denominator;
    if (usesTotal && !total) continue;
    const denominatorParts = usesTotal ? [] : selectParts(parts, [definition.denominator]);
    const denominator = usesTotal ? total : sumOfParts(denominatorParts, unit, acrossCountUnits);
    rates.push({
      id: definition.id,
      label: definition.label,
      base: definition.base,
      numeratorCategories: numeratorParts.map((part) => part.category),
      denominatorCategories: denominatorParts.map((part) => part.category),
      result: computeRate(sumOfParts(numeratorParts, unit, acrossCountUnits), denominator, { acrossCountUnits }),
    });
  }
  return rates;
}

function distinctUnits(units: readonly Unit[]): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const unit of units) if (!byKey.has(unitKey(unit))) byKey.set(unitKey(unit), unit);
  return [...byKey.values()];
}

/**
 * Computes a breakdown: the exact sum of its parts (qualifiers propagated), its coverage of the stated
 * total, the share of each part, the codelist groups (concluded, pending, correction, loss…) and the
 * official rates derived from them, each with its numerator, denominator and base. Findings report an
 * exhaustive breakdown that does not add up (`sum-mismatch`), a partial one (`partial-breakdown`), parts
 * exceeding the total, and units that cannot or may only by declaration be added.
 *
 * @example
 * ```ts
 * const { computed } = computeBreakdown(reconsiderationOutcomes, () => undefined);
 * computed.parts.map((part) => part.share.defined && part.share.value); // [37.5, 18.75, 25, 18.75]
 * ```
 */
export function computeBreakdown(indicator: BreakdownIndicator, resolve: ResolveFigure): { computed: ComputedBreakdownIndicator; findings: Finding[] } {
  const findings: Finding[] = [];
  const codelist = indicator.codelist ? CODELISTS[indicator.codelist] : undefined;
  const parts = indicator.parts.map((part) => computePart(part, codelist));
  const total = indicator.total === undefined ? undefined : 'ref' in indicator.total ? resolve(indicator.total) : figureOf(indicator.total);
  const acrossCountUnits = indicator.sumAcrossUnits === true;
  const unit = total?.unit ?? indicator.parts[0]!.quantity.unit;

  const summed = sumFigures(
    parts.map((part) => figureOf(part.quantity)),
    { acrossCountUnits, unit },
  );
  const units = distinctUnits([...(total ? [total.unit] : []), ...parts.map((part) => part.quantity.unit)]);
  let sum: Figure | undefined;
  if (summed.ok) {
    sum = summed.figure;
    if (units.length > 1)
      findings.push(acrossCountUnits ? mixedUnits(indicator.id, indicator.label, units) : incompatibleUnits(indicator.id, indicator.label, units));
  } else if (summed.reason === 'incompatible_units') {
    findings.push(incompatibleUnits(indicator.id, indicator.label, units));
  }

  const comparable = sum && total && (unitKey(sum.unit) === unitKey(total.unit) || acrossCountUnits);
  const coverage = sum && total && comparable ? computeRate(sum, total, { acrossCountUnits }) : undefined;
  if (sum && total && comparable) {
    const relation = compare(sum, total);
    if (indicator.exhaustive && (relation === 'above' || relation === 'below')) {
      findings.push(sumMismatch(indicator.id, indicator.label, total, sum));
    } else if (!indicator.exhaustive && relation === 'above') {
      findings.push(sumExceedsTotal(indicator.id, indicator.label, total, sum));
    } else if (!indicator.exhaustive && relation !== 'equal' && coverage?.defined) {
      findings.push(partialBreakdown(indicator.id, indicator.label, total, sum, coverage.value));
    }
  }

  const base = total ?? sum;
  const computedParts: ComputedPart[] = parts.map(({ category, label, quantity, groups }) => ({
    category,
    label,
    quantity,
    groups,
    share: computeRate(figureOf(quantity), base, { acrossCountUnits }),
  }));
  const computed: ComputedBreakdownIndicator = {
    kind: 'breakdown',
    indicator,
    ...(total && { total }),
    ...(sum && { sum }),
    ...(coverage && { coverage }),
    parts: computedParts,
    groups: computeGroups(parts, codelist, unit, acrossCountUnits),
    derivedRates: codelist && indicator.exhaustive ? computeDerivedRates(parts, codelist, total, unit, acrossCountUnits) : [],
  };
  return { computed, findings };
}

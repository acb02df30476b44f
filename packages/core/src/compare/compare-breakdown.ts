import { figureOf } from '../compute/figure.js';
import type { ComputedBreakdownIndicator, ComputedPart, RateResult } from '../compute/types.js';
import type { LocalizedText } from '../schema/localized-text.js';
import type { ComparedPeriods } from './comparison-notes.js';
import { compareValues } from './compare-values.js';
import { figureChange } from './figure-change.js';
import type { ComparedValue, ComparisonNote, DerivedRateComparison, PartComparison } from './types.js';

function stated(part: ComputedPart): ComparedValue {
  return { figure: figureOf(part.quantity), basis: 'stated', quantity: part.quantity };
}

function zeroLike(value: ComparedValue): ComparedValue {
  return { figure: { value: 0, unit: value.figure.unit, qualifier: 'exact' }, basis: 'stated' };
}

function partLabel(label: LocalizedText, part: LocalizedText): LocalizedText {
  return { 'zh-CN': `${label['zh-CN']}·${part['zh-CN']}`, en: `${label.en ?? label['zh-CN']} · ${part.en ?? part['zh-CN']}` };
}

/**
 * The parts of a breakdown in both periods, matched by category (the current report's order, then
 * categories only in the previous one). A category missing from an *exhaustive* breakdown counts as
 * zero there — its parts partition the total — so a change is still given (`impliedZero` says which
 * side); missing from a partial ("包括…") list it is unknown, and only listed as added or removed.
 */
export function compareParts(
  id: string,
  label: LocalizedText,
  previous: ComputedBreakdownIndicator,
  current: ComputedBreakdownIndicator,
  periods: ComparedPeriods,
  notes: ComparisonNote[],
): PartComparison[] {
  const before = new Map(previous.parts.map((part) => [part.category, part]));
  const after = new Map(current.parts.map((part) => [part.category, part]));
  const categories = [...after.keys(), ...[...before.keys()].filter((category) => !after.has(category))];
  return categories.map((category) => {
    const from = before.get(category);
    const to = after.get(category);
    const fromValue = from && stated(from);
    const toValue = to && stated(to);
    const status = fromValue && toValue ? 'matched' : toValue ? 'added' : 'removed';
    const shown = (to ?? from)!.label;
    const base = { category, label: shown, status, ...(fromValue && { previous: fromValue }), ...(toValue && { current: toValue }) } as const;
    if (fromValue && toValue) return { ...base, ...compareValues([id], partLabel(label, shown), fromValue, toValue, periods, notes) };
    if (toValue && previous.indicator.exhaustive) {
      return { ...base, impliedZero: 'previous', ...compareValues([id], partLabel(label, shown), zeroLike(toValue), toValue, periods, notes) };
    }
    if (fromValue && current.indicator.exhaustive) {
      return { ...base, impliedZero: 'current', ...compareValues([id], partLabel(label, shown), fromValue, zeroLike(fromValue), periods, notes) };
    }
    return base;
  });
}

const asFigure = (result: RateResult | undefined) => (result?.defined ? { value: result.value, unit: 'percent' as const, qualifier: result.qualifier } : undefined);

/** The official rates derived from an outcome breakdown (纠错率, 败诉率…) in both periods, in percentage points. */
export function compareDerivedRates(previous: ComputedBreakdownIndicator, current: ComputedBreakdownIndicator): DerivedRateComparison[] {
  const before = new Map(previous.derivedRates.map((rate) => [rate.id, rate]));
  const after = new Map(current.derivedRates.map((rate) => [rate.id, rate]));
  const ids = [...after.keys(), ...[...before.keys()].filter((rateId) => !after.has(rateId))];
  return ids.map((rateId) => {
    const from = before.get(rateId);
    const to = after.get(rateId);
    const shown = (to ?? from)!;
    const fromFigure = asFigure(from?.result);
    const toFigure = asFigure(to?.result);
    return {
      id: rateId,
      label: shown.label,
      base: shown.base,
      ...(from && { previous: from.result }),
      ...(to && { current: to.result }),
      change:
        fromFigure && toFigure
          ? figureChange(fromFigure, toFigure)
          : { defined: false, reason: 'missing', ...(fromFigure && { from: fromFigure }), ...(toFigure && { to: toFigure }) },
    };
  });
}

import type { ComputedIndicator } from '../compute/types.js';
import { isGrowthFormula, rateFormulaKind, type Indicator } from '../schema/indicator.js';
import { compareDerivedRates, compareParts } from './compare-breakdown.js';
import { compareValues } from './compare-values.js';
import { comparedValue } from './compared-value.js';
import { differentBaseNote, differentCodelistNote, differentFormulaNote, differentKindNote, noValueNote, type ComparedPeriods } from './comparison-notes.js';
import { compareQuotedPriors } from './quoted-priors.js';
import { rateBase, rateBaseKey } from './rate-base.js';
import type { Change, ComparisonNote, IndicatorComparison } from './types.js';

/** What {@link compareIndicator} needs besides the two computed indicators. */
export interface CompareContext {
  readonly periods: ComparedPeriods;
  readonly previousIndicators: ReadonlyMap<string, Indicator>;
  readonly currentIndicators: ReadonlyMap<string, Indicator>;
}

/** A ratio in one period and a year-on-year change (or a multiple) in the other: one cannot be read against the other. */
function formulaConflict(previous: ComputedIndicator, current: ComputedIndicator, context: CompareContext, notes: ComparisonNote[]): boolean {
  if (previous.kind !== 'rate' || current.kind !== 'rate') return false;
  const before = previous.indicator.formula;
  const after = current.indicator.formula;
  if (rateFormulaKind(before) === rateFormulaKind(after)) return false;
  notes.push(differentFormulaNote(current.indicator.id, current.indicator.label, before, after, context.periods));
  return true;
}

/**
 * Rates over different stated denominators: the change in percentage points would mislead. Not for
 * year-on-year changes, whose denominator is by definition each year's own earlier figure.
 */
function baseConflict(previous: ComputedIndicator, current: ComputedIndicator, context: CompareContext, notes: ComparisonNote[]): boolean {
  if (previous.kind !== 'rate' || current.kind !== 'rate') return false;
  if (isGrowthFormula(previous.indicator.formula) && isGrowthFormula(current.indicator.formula)) return false;
  const before = rateBaseKey(previous.indicator.denominator);
  const after = rateBaseKey(current.indicator.denominator);
  if (before === undefined || after === undefined || before === after) return false;
  const fromBase = rateBase(previous.indicator.denominator, context.previousIndicators);
  const toBase = rateBase(current.indicator.denominator, context.currentIndicators);
  if (fromBase && toBase) notes.push(differentBaseNote(current.indicator.id, current.indicator.label, fromBase.label, toBase.label, context.periods));
  return true;
}

/**
 * One indicator across two periods, matched by id: the value of each side, the absolute change
 * (percentage points for rates; for year-on-year changes, of the signed change), the relative change for
 * counts and money, breakdown parts and derived rates, the prior figures the current report quotes, and
 * the notes that make the comparison unsafe (a ratio against a year-on-year change is not compared).
 */
export function compareIndicator(previous: ComputedIndicator | undefined, current: ComputedIndicator | undefined, context: CompareContext): IndicatorComparison {
  const shown = (current ?? previous)!.indicator;
  const { id, family, label, kind } = shown;
  const notes: ComparisonNote[] = [];
  const previousValue = previous && comparedValue(previous);
  const currentValue = current && comparedValue(current);
  const quoted = current ? compareQuotedPriors(previous, current, context.periods, notes) : [];
  const common = {
    id,
    family,
    label,
    kind,
    ...(previousValue && { previous: previousValue }),
    ...(currentValue && { current: currentValue }),
  };
  if (!previous || !current) return { ...common, status: current ? 'added' : 'removed', quoted, notes };

  if (previous.kind !== current.kind) {
    notes.push(differentKindNote(id, label, previous.kind, current.kind, context.periods));
    return { ...common, status: 'matched', change: { defined: false, reason: 'not_comparable' }, quoted, notes };
  }
  let change: Change;
  let extra = {};
  if (formulaConflict(previous, current, context, notes)) {
    change = { defined: false, reason: 'not_comparable', ...(previousValue && { from: previousValue.figure }), ...(currentValue && { to: currentValue.figure }) };
  } else if (baseConflict(previous, current, context, notes)) {
    change = { defined: false, reason: 'different_base', ...(previousValue && { from: previousValue.figure }), ...(currentValue && { to: currentValue.figure }) };
  } else if (!previousValue || !currentValue) {
    if (!previousValue) notes.push(noValueNote(id, label, context.periods.previous));
    if (!currentValue) notes.push(noValueNote(id, label, context.periods.current));
    change = { defined: false, reason: 'missing', ...(previousValue && { from: previousValue.figure }), ...(currentValue && { to: currentValue.figure }) };
  } else {
    const compared = compareValues([id], label, previousValue, currentValue, context.periods, notes);
    change = compared.change;
    if (compared.relativeChange) extra = { relativeChange: compared.relativeChange };
  }
  if (previous.kind === 'breakdown' && current.kind === 'breakdown') {
    if (previous.indicator.codelist !== current.indicator.codelist) {
      notes.push(differentCodelistNote(id, label, previous.indicator.codelist, current.indicator.codelist));
    } else {
      extra = {
        ...extra,
        parts: compareParts(id, label, previous, current, context.periods, notes),
        derivedRates: compareDerivedRates(previous, current),
      };
    }
  }
  return { ...common, status: 'matched', change, ...extra, quoted, notes };
}

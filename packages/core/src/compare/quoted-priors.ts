import { figureOf } from '../compute/figure.js';
import type { ComputedIndicator, Figure } from '../compute/types.js';
import type { QuantityLike } from '../format/format-quantity.js';
import type { Period } from '../schema/report.js';
import { unitDimension, unitKey } from '../schema/unit.js';
import { invalidPriorFigureNote, quotedPriorDiffersNote, type ComparedPeriods } from './comparison-notes.js';
import { comparedValue } from './compared-value.js';
import { figureChange } from './figure-change.js';
import { readPriorFigures, type PriorFigure } from './prior-figures.js';
import { relativeChange } from './relative-change.js';
import type { ComparisonNote, QuotedPriorComparison } from './types.js';

const samePeriod = (a: Period, b: Period) => a.start === b.start && a.end === b.end;

/** The figure of an indicator, or of one part of a breakdown. */
function figureFor(computed: ComputedIndicator | undefined, part: string | undefined): QuantityLike | undefined {
  if (!computed) return undefined;
  if (part === undefined) {
    const value = comparedValue(computed);
    return value && (value.quantity ?? value.figure);
  }
  return computed.kind === 'breakdown' ? computed.parts.find((candidate) => candidate.category === part)?.quantity : undefined;
}

const asFigure = (value: QuantityLike): Figure => ({ value: value.value, unit: value.unit, qualifier: value.qualifier ?? 'exact' });

/** Does a quoted figure agree with the report's own figure for the same period? */
function agreement(quoted: QuantityLike, own: QuantityLike): 'same' | 'differs' | 'unknown' {
  if (unitKey(quoted.unit) !== unitKey(own.unit)) return 'differs';
  const a = asFigure(quoted);
  const b = asFigure(own);
  if (a.qualifier === b.qualifier && a.value === b.value) return 'same';
  if (a.qualifier === 'exact' && b.qualifier === 'exact') return 'differs';
  return 'unknown';
}

/**
 * The prior-period figures the current report quotes for one indicator, each kept attributed to the
 * current report: its own year-on-year change (current − quoted), and — when the previous report covers
 * the quoted period — whether the two reports agree. Disagreement is a warning; nothing is merged.
 */
export function compareQuotedPriors(
  previous: ComputedIndicator | undefined,
  current: ComputedIndicator,
  periods: ComparedPeriods,
  notes: ComparisonNote[],
): QuotedPriorComparison[] {
  const { id, label } = current.indicator;
  const read = readPriorFigures(current.indicator);
  if (read.invalid.length > 0) notes.push(invalidPriorFigureNote(id, label, read.invalid));
  return read.figures.map((prior: PriorFigure) => {
    const matchesPreviousPeriod = samePeriod(prior.period, periods.previous);
    const now = figureFor(current, prior.part);
    const quoted = figureOf(prior.quantity);
    const dimension = unitDimension(quoted.unit);
    const own = matchesPreviousPeriod ? figureFor(previous, prior.part) : undefined;
    const agreed = own && agreement(prior.quantity, own);
    if (agreed === 'differs' && own) notes.push(quotedPriorDiffersNote(id, label, prior, own, periods));
    return {
      attributedTo: 'current',
      prior,
      matchesPreviousPeriod,
      ...(now && { change: figureChange(quoted, asFigure(now)) }),
      ...(now && (dimension === 'count' || dimension === 'money') && { relativeChange: relativeChange(quoted, asFigure(now)) }),
      ...(agreed && { agreement: agreed }),
    };
  });
}

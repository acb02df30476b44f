import { rateBase, rateBaseKey, type RateBase } from '../compare/rate-base.js';
import { computeRate } from '../compute/rate.js';
import type { RateIndicator } from '../schema/indicator.js';
import { unitDimension, unitKey } from '../schema/unit.js';
import { rateBasesKeptApartNote, rateNotPooledNote, rateReportsLeftOutNote } from './aggregate-notes.js';
import { ExactTotal } from './exact-total.js';
import { IndicatorAccumulator, type Siblings } from './indicator-accumulator.js';
import { resolveFigure } from './resolve-figure.js';
import type { AggregatedRate, AggregateNote, LeftOutReason, LeftOutReport, PooledRate, ReportRef } from './types.js';

interface BaseEntry {
  readonly base: RateBase;
  readonly numerator: ExactTotal;
  readonly denominator: ExactTotal;
}

function reasonOf(numerator: unknown, denominator: unknown): LeftOutReason {
  return !numerator && !denominator ? 'no_operands' : !numerator ? 'no_numerator' : 'no_denominator';
}

const additive = (unit: Parameters<typeof unitDimension>[0]) => {
  const dimension = unitDimension(unit);
  return dimension === 'count' || dimension === 'money';
};

/**
 * A rate: each report's numerator and denominator resolved (as core's `resolveOperand` would), summed
 * exactly per base — the denominator's reference and the units — and divided once with `computeRate`:
 * never an average of stated rates. Reports without both operands are left out, by name.
 */
export class RateAccumulator extends IndicatorAccumulator<'rate'> {
  private readonly bases = new Map<string, BaseEntry>();
  private readonly leftOut: LeftOutReport[] = [];

  protected add(indicator: RateIndicator, position: number, siblings: Siblings): void {
    const numerator = indicator.numerator && resolveFigure(indicator.numerator, siblings);
    const denominator = indicator.denominator && resolveFigure(indicator.denominator, siblings);
    if (!numerator || !denominator) {
      this.leftOut.push({ report: position, reason: reasonOf(numerator, denominator) });
      return;
    }
    if (!additive(numerator.unit) || !additive(denominator.unit)) {
      this.leftOut.push({ report: position, reason: 'not_additive' });
      return;
    }
    const key = `${rateBaseKey(indicator.denominator)}|${unitKey(numerator.unit)}/${unitKey(denominator.unit)}`;
    let entry = this.bases.get(key);
    if (!entry) {
      const base = rateBase(indicator.denominator, new Map(siblings.map((sibling) => [sibling.id, sibling])))!;
      entry = { base: { ...base, key }, numerator: new ExactTotal(numerator.unit), denominator: new ExactTotal(denominator.unit) };
      this.bases.set(key, entry);
    }
    entry.numerator.add(numerator.value, numerator.qualifier);
    entry.denominator.add(denominator.value, denominator.qualifier);
  }

  protected result(reports: readonly ReportRef[], notes: AggregateNote[]): AggregatedRate {
    const pooled: PooledRate[] = [...this.bases.values()].map(({ base, numerator, denominator }) => {
      const sums = { numerator: numerator.figure(), denominator: denominator.figure() };
      return { base, ...sums, result: computeRate(sums.numerator, sums.denominator), reports: numerator.count };
    });
    if (pooled.length === 0) notes.push(rateNotPooledNote(this.id, this.label, this.count));
    else if (this.leftOut.length > 0) {
      notes.push(rateReportsLeftOutNote(this.id, this.label, this.leftOut.map((entry) => reports[entry.report]!), this.count));
    }
    if (pooled.length > 1) notes.push(rateBasesKeptApartNote(this.id, this.label, pooled.map((entry) => entry.base)));
    const only = pooled.length === 1 ? pooled[0] : undefined;
    return { ...this.common(), kind: 'rate', ...(only && { result: only.result }), pooled, leftOut: this.leftOut };
  }
}

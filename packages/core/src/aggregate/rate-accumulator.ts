import { growthBase, rateBase, rateBaseKey, type RateBase } from '../compare/rate-base.js';
import { computeRate } from '../compute/rate.js';
import { resolveOperand } from '../compute/resolve-operand.js';
import { isGrowthFormula, type GrowthFormula, type RateIndicator } from '../schema/indicator.js';
import { unitDimension, unitKey } from '../schema/unit.js';
import { growthNotPooledNote, rateBasesKeptApartNote, rateNotPooledNote, rateReportsLeftOutNote } from './aggregate-notes.js';
import { ExactTotal } from './exact-total.js';
import { IndicatorAccumulator, type Siblings } from './indicator-accumulator.js';
import type { AggregatedRate, AggregateNote, LeftOutReason, LeftOutReport, PooledRate, ReportRef } from './types.js';

interface BaseEntry {
  readonly base: RateBase;
  readonly numerator: ExactTotal;
  readonly denominator: ExactTotal;
  /** For a year-on-year change: the formulas of the reports pooled. */
  readonly formulas?: Set<GrowthFormula>;
  /** For a multiple (a ratio in times): pooled apart from ratios in percent, and divided in times. */
  readonly multiple?: true;
}

function reasonOf(numerator: unknown, denominator: unknown): LeftOutReason {
  return !numerator && !denominator ? 'no_operands' : !numerator ? 'no_numerator' : 'no_denominator';
}

const additive = (unit: Parameters<typeof unitDimension>[0]) => {
  const dimension = unitDimension(unit);
  return dimension === 'count' || dimension === 'money';
};

/**
 * A rate: each report's numerator and denominator resolved with core's `resolveOperand`, summed
 * exactly per base — the denominator's reference and the units — and divided once with `computeRate`:
 * never an average of stated rates. Reports without both operands are left out, by name.
 *
 * A year-on-year change (`formula` `increase` or `decrease`) is pooled apart from ratios, as the change
 * from the summed earlier figures to the summed current ones — and only when every report stating it
 * gives both: a change over some of the reports would not be the group's change (`growth-not-pooled`).
 * A multiple (`formula: 'multiple'`, in times) is pooled apart from ratios in percent.
 */
export class RateAccumulator extends IndicatorAccumulator<'rate'> {
  private readonly bases = new Map<string, BaseEntry>();
  private readonly leftOut: LeftOutReport[] = [];
  /** Positions of the reports that state the rate as a year-on-year change. */
  private readonly growthPositions = new Set<number>();
  /** How many of those were left out. */
  private growthLeftOut = 0;

  protected add(indicator: RateIndicator, position: number, siblings: Siblings): void {
    const growth = isGrowthFormula(indicator.formula) ? indicator.formula : undefined;
    if (growth) this.growthPositions.add(position);
    const numerator = resolveOperand(indicator.numerator, siblings);
    const denominator = resolveOperand(indicator.denominator, siblings);
    if (!numerator || !denominator || !additive(numerator.unit) || !additive(denominator.unit)) {
      this.leftOut.push({ report: position, reason: !numerator || !denominator ? reasonOf(numerator, denominator) : 'not_additive' });
      if (growth) this.growthLeftOut += 1;
      return;
    }
    const units = `${unitKey(numerator.unit)}/${unitKey(denominator.unit)}`;
    const multiple = indicator.formula === 'multiple';
    const key = growth ? `growth|${units}` : `${multiple ? 'multiple|' : ''}${rateBaseKey(indicator.denominator)}|${units}`;
    let entry = this.bases.get(key);
    if (!entry) {
      const base = growth ? growthBase(denominator.unit) : rateBase(indicator.denominator, siblings.indicators)!;
      entry = {
        base: { ...base, key },
        numerator: new ExactTotal(numerator.unit),
        denominator: new ExactTotal(denominator.unit),
        ...(growth && { formulas: new Set<GrowthFormula>() }),
        ...(multiple && { multiple: true as const }),
      };
      this.bases.set(key, entry);
    }
    if (growth) entry.formulas?.add(growth);
    entry.numerator.add(numerator.value, numerator.qualifier);
    entry.denominator.add(denominator.value, denominator.qualifier);
  }

  protected result(reports: readonly ReportRef[], notes: AggregateNote[]): AggregatedRate {
    const growthComplete = this.growthLeftOut === 0;
    const entries = [...this.bases.values()];
    const ratioEntries = entries.filter((entry) => !entry.formulas);
    const pooled: PooledRate[] = entries
      .filter((entry) => !entry.formulas || growthComplete)
      .map(({ base, numerator, denominator, formulas, multiple }) => {
        const sums = { numerator: numerator.figure(), denominator: denominator.figure() };
        // Reports that agree on the direction keep it; a mix is read as an increase (a fall then negative).
        const formula = multiple ? 'multiple' : formulas && (formulas.size === 1 ? [...formulas][0]! : 'increase');
        return { base, ...sums, result: computeRate(sums.numerator, sums.denominator, formula ? { formula } : {}), reports: numerator.count };
      });
    const ratios = this.count - this.growthPositions.size;
    if (ratios > 0) {
      const ratioLeftOut = this.leftOut.filter((entry) => !this.growthPositions.has(entry.report));
      if (ratioEntries.length === 0) notes.push(rateNotPooledNote(this.id, this.label, ratios));
      else if (ratioLeftOut.length > 0) {
        notes.push(
          rateReportsLeftOutNote(
            this.id,
            this.label,
            ratioLeftOut.map((entry) => reports[entry.report]!),
            ratios,
          ),
        );
      }
    }
    if (!growthComplete) {
      const incomplete = this.leftOut.filter((entry) => this.growthPositions.has(entry.report));
      notes.push(
        growthNotPooledNote(
          this.id,
          this.label,
          incomplete.map((entry) => reports[entry.report]!),
          this.growthPositions.size,
        ),
      );
    }
    if (pooled.length > 1)
      notes.push(
        rateBasesKeptApartNote(
          this.id,
          this.label,
          pooled.map((entry) => entry.base),
        ),
      );
    const only = pooled.length === 1 ? pooled[0] : undefined;
    return { ...this.common(), kind: 'rate', ...(only && { result: only.result }), pooled, leftOut: this.leftOut };
  }
}

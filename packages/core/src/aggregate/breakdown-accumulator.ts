import { computeBreakdown } from '../compute/compute-breakdown.js';
import { breakdownTotal } from '../compute/resolve-total.js';
import type { Figure } from '../compute/types.js';
import { formatQuantity } from '../format/format-quantity.js';
import type { BreakdownIndicator, BreakdownPart } from '../schema/indicator.js';
import type { LocalizedText } from '../schema/localized-text.js';
import type { Quantity } from '../schema/quantity.js';
import { unitDimension, unitKey, type Unit } from '../schema/unit.js';
import { combineQualifiers } from '../compute/figure.js';
import { breakdownPartsNotAddedNote, breakdownTotalIncompleteNote, differentCodelistsNote } from './aggregate-notes.js';
import { ExactTotal } from './exact-total.js';
import { IndicatorAccumulator, type Siblings } from './indicator-accumulator.js';
import type { AggregatedBreakdown, AggregateNote } from './types.js';

interface PartEntry {
  label?: LocalizedText;
  groups?: Set<string>;
  readonly total: ExactTotal;
  /** Stated in another unit in some report: not added. */
  conflict: boolean;
  /** How many partial (non-exhaustive) breakdowns list this category. */
  partialHits: number;
}

/** A computed figure written down as a stated quantity, in the zh-CN convention ("1234件", "25529.5元", "996余人次"). */
function quantityOf(figure: Figure): Quantity {
  return {
    value: figure.value,
    unit: figure.unit,
    ...(figure.qualifier !== 'exact' && { qualifier: figure.qualifier }),
    written: formatQuantity(figure, { locale: 'zh-CN', verbatim: false }),
  };
}

const key = (unit: Unit) => (typeof unit === 'string' ? unit : unitKey(unit));

/**
 * A breakdown: parts merged by category across reports and the totals summed, into one merged
 * `BreakdownIndicator` that core's `computeBreakdown` then computes (sum, shares, codelist groups,
 * derived official rates). Exhaustive only if every report's is; a category absent from a partial
 * ("包括…") list is unknown there, so its merged figure becomes "at least". The merged total is given
 * when some report states (or refers to) a total and every other one either does or is exhaustive
 * (its parts' sum then stands for its total); a partial list without a total leaves it unknown.
 */
export class BreakdownAccumulator extends IndicatorAccumulator<'breakdown'> {
  private codelist: BreakdownIndicator['codelist'];
  private otherCodelists = 0;
  private merged = 0;
  private partial = 0;
  private sumAcrossUnits = false;
  private readonly parts = new Map<string, PartEntry>();
  /** Totals in their first unit; `mixedTotals` when count units differ, `incompatibleTotals` when they cannot meet at all. */
  private totals: ExactTotal | undefined;
  private mixedTotals = false;
  private incompatibleTotals = false;
  private totalsMissing = 0;
  /** How many reports state (or refer to) a total: with none, the merged breakdown has none either. */
  private totalsStated = 0;

  protected add(indicator: BreakdownIndicator, _position: number, siblings: Siblings): void {
    if (this.merged === 0) this.codelist = indicator.codelist;
    else if (indicator.codelist !== this.codelist) {
      this.otherCodelists += 1;
      return;
    }
    this.merged += 1;
    if (!indicator.exhaustive) this.partial += 1;
    if (indicator.sumAcrossUnits) this.sumAcrossUnits = true;
    for (const part of indicator.parts) this.addPart(part, indicator.exhaustive);
    const total = breakdownTotal(indicator, (id) => siblings.indicators.get(id));
    if (total) {
      this.totalsStated += 1;
      this.addTotal(total.unit, total.value, total.qualifier);
    } else if (indicator.exhaustive) for (const part of indicator.parts) this.addTotal(part.quantity.unit, part.quantity.value, part.quantity.qualifier);
    else this.totalsMissing += 1;
  }

  private addTotal(unit: Unit, value: number, qualifier: Figure['qualifier'] | undefined): void {
    this.totals ??= new ExactTotal(unit);
    if (key(unit) !== key(this.totals.unit)) {
      if (unitDimension(unit) === 'count' && unitDimension(this.totals.unit) === 'count') this.mixedTotals = true;
      else this.incompatibleTotals = true;
    }
    this.totals.add(value, qualifier);
  }

  private addPart(part: BreakdownPart, exhaustive: boolean): void {
    const { unit, value, qualifier } = part.quantity;
    let entry = this.parts.get(part.category);
    if (!entry) {
      entry = { total: new ExactTotal(unit), conflict: false, partialHits: 0 };
      this.parts.set(part.category, entry);
    }
    if (!entry.label && part.label) entry.label = part.label;
    if (part.groups) for (const group of part.groups) (entry.groups ??= new Set()).add(group);
    if (key(unit) !== key(entry.total.unit) || (unitDimension(unit) !== 'count' && unitDimension(unit) !== 'money')) entry.conflict = true;
    entry.total.add(value, qualifier);
    if (!exhaustive) entry.partialHits += 1;
  }

  protected result(_reports: unknown, notes: AggregateNote[]): AggregatedBreakdown {
    const common = { ...this.common(), kind: 'breakdown' as const };
    if (this.otherCodelists > 0) notes.push(differentCodelistsNote(this.id, this.label, this.otherCodelists));
    const parts: BreakdownPart[] = [];
    const unadded: string[] = [];
    for (const [category, entry] of this.parts) {
      if (entry.conflict) {
        unadded.push(category);
        continue;
      }
      const sum = entry.total.figure();
      // Partial lists that do not name the category say nothing about it there: the sum is a lower bound.
      const figure = this.partial - entry.partialHits > 0 ? { ...sum, qualifier: combineQualifiers([sum.qualifier, 'at_least']) } : sum;
      parts.push({
        category,
        ...(entry.label && { label: entry.label }),
        quantity: quantityOf(figure),
        ...(entry.groups && { groups: [...entry.groups] }),
      });
    }
    if (unadded.length > 0) notes.push(breakdownPartsNotAddedNote(this.id, this.label, unadded));
    const totalsAddUp = this.totals && !this.incompatibleTotals && (!this.mixedTotals || this.sumAcrossUnits);
    if (this.totalsMissing > 0 && this.totalsStated > 0) notes.push(breakdownTotalIncompleteNote(this.id, this.label, this.totalsMissing));
    else if (this.totalsStated > 0 && !totalsAddUp) notes.push(breakdownTotalIncompleteNote(this.id, this.label, undefined));
    if (parts.length === 0) return { ...common, findings: [] };

    const merged: BreakdownIndicator = {
      id: this.id,
      family: this.family,
      label: this.label,
      kind: 'breakdown',
      ...(this.codelist && { codelist: this.codelist }),
      ...(this.totalsMissing === 0 && this.totalsStated > 0 && totalsAddUp && this.totals && { total: quantityOf(this.totals.figure()) }),
      parts,
      exhaustive: this.partial === 0,
      ...(this.sumAcrossUnits && { sumAcrossUnits: true }),
    };
    // Computed on first access: a roll-up by parent has thousands of groups, and most are never looked at.
    let computation: ReturnType<typeof computeBreakdown> | undefined;
    const compute = () => (computation ??= computeBreakdown(merged, () => undefined));
    return Object.defineProperties({ ...common, merged } as AggregatedBreakdown, {
      computed: { get: () => compute().computed, enumerable: true },
      findings: { get: () => compute().findings, enumerable: true },
    });
  }
}

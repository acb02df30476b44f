import type { QuantityIndicator } from '../schema/indicator.js';
import { unitDimension, unitKey, type Unit } from '../schema/unit.js';
import { notAdditiveNote, REFUSAL_MESSAGES, unitsKeptApartNote } from './aggregate-notes.js';
import { ExactTotal } from './exact-total.js';
import { IndicatorAccumulator } from './indicator-accumulator.js';
import type { AggregatedQuantity, AggregateNote, RefusalReason, UnitTotal } from './types.js';

const NOT_ADDITIVE: ReadonlySet<string> = new Set<RefusalReason>(['percent', 'percentage_point', 'multiple', 'rank']);

/**
 * Counts, money and physical measures (学时, 平方米, 吨: each unit kept apart) add up across reports;
 * percent, percentage points, 倍 and ranks never do.
 */
function refusalOf(unit: Unit): RefusalReason | undefined {
  const dimension = unitDimension(unit);
  return NOT_ADDITIVE.has(dimension) ? (dimension as RefusalReason) : undefined;
}

/** A count, amount or measure: one exact total per unit (批次 and 人次 never meet), or a refusal with its reason. */
export class QuantityAccumulator extends IndicatorAccumulator<QuantityIndicator['kind']> {
  /** The first unit's total, and the others' when a report uses another unit (rare: kept lazily). */
  private first: ExactTotal | undefined;
  private others: Map<string, ExactTotal> | undefined;
  private refusal: RefusalReason | undefined;

  protected add(indicator: QuantityIndicator): void {
    const { unit, value, qualifier } = indicator.quantity;
    this.refusal ??= refusalOf(unit);
    if (this.refusal) return;
    this.first ??= new ExactTotal(unit);
    if (unit === this.first.unit || unitKey(unit) === unitKey(this.first.unit)) {
      this.first.add(value, qualifier);
      return;
    }
    this.others ??= new Map();
    const key = unitKey(unit);
    let total = this.others.get(key);
    if (!total) {
      total = new ExactTotal(unit);
      this.others.set(key, total);
    }
    total.add(value, qualifier);
  }

  protected result(_reports: unknown, notes: AggregateNote[]): AggregatedQuantity {
    const common = { ...this.common(), kind: this.kind };
    if (this.refusal) {
      notes.push(notAdditiveNote(this.id, this.label, this.refusal));
      return { ...common, totals: [], refused: { reason: this.refusal, message: REFUSAL_MESSAGES[this.refusal] } };
    }
    const all = this.first ? [this.first, ...(this.others?.values() ?? [])] : [];
    const totals: UnitTotal[] = all.map((total) => ({ unit: total.unit, figure: total.figure(), reports: total.count }));
    if (totals.length > 1)
      notes.push(
        unitsKeptApartNote(
          this.id,
          this.label,
          totals.map((total) => total.unit),
        ),
      );
    return { ...common, totals };
  }
}

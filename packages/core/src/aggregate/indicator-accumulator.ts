import type { OperandContext } from '../compute/resolve-operand.js';
import type { Family } from '../schema/family.js';
import type { Indicator, IndicatorKind } from '../schema/indicator.js';
import type { LocalizedText } from '../schema/localized-text.js';
import { differentKindsNote } from './aggregate-notes.js';
import type { AggregatedIndicator, AggregateNote, IndicatorCoverage, ReportRef } from './types.js';

/**
 * The report being read, against which references resolve: its indicators by id (the first of an id, as the
 * roll-up reads each id once per report), and no computed breakdowns — `resolveOperand` sums on demand only
 * what an operand needs.
 */
export type Siblings = OperandContext;

/**
 * Accumulates one indicator id over the reports of a group, in one pass: subclasses keep only what the
 * roll-up needs (figures per unit, operands per base, parts per category).
 */
export abstract class IndicatorAccumulator<K extends IndicatorKind = IndicatorKind> {
  readonly id: string;
  readonly kind: K;
  readonly family: Family;
  readonly label: LocalizedText;
  /** Positions of the reports that state this id, of any kind (for coverage). */
  protected readonly positions: number[] = [];
  /** How many reports state it with this kind. */
  protected count = 0;
  private otherKinds: Map<IndicatorKind, number> | undefined;

  constructor(first: Indicator & { kind: K }) {
    this.id = first.id;
    this.kind = first.kind;
    this.family = first.family;
    this.label = first.label;
  }

  /** Takes one report's indicator with this id (a second one with the same id in a report is ignored). */
  accept(indicator: Indicator, position: number, siblings: Siblings): void {
    if (this.positions[this.positions.length - 1] === position) return;
    this.positions.push(position);
    if (indicator.kind !== this.kind) {
      this.otherKinds ??= new Map();
      this.otherKinds.set(indicator.kind, (this.otherKinds.get(indicator.kind) ?? 0) + 1);
      return;
    }
    this.count += 1;
    this.add(indicator as Indicator & { kind: K }, position, siblings);
  }

  protected abstract add(indicator: Indicator & { kind: K }, position: number, siblings: Siblings): void;

  /** The roll-up of this id; notes explain anything refused or left out. */
  finish(reports: readonly ReportRef[], notes: AggregateNote[]): AggregatedIndicator {
    if (this.otherKinds) notes.push(differentKindsNote(this.id, this.label, this.kind, this.otherKinds));
    return this.result(reports, notes);
  }

  protected abstract result(reports: readonly ReportRef[], notes: AggregateNote[]): AggregatedIndicator;

  protected common() {
    return { id: this.id, family: this.family, label: this.label, reports: this.count };
  }

  /** Which reports of the group (of `size`) state this id, and which do not. */
  coverage(size: number): IndicatorCoverage {
    const missing: number[] = [];
    let next = 0;
    for (let position = 0; position < size; position += 1) {
      if (this.positions[next] === position) next += 1;
      else missing.push(position);
    }
    return { id: this.id, label: this.label, kind: this.kind, reported: this.positions.length, missing };
  }
}

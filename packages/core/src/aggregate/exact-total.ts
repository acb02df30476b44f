import { combineQualifiers } from '../compute/figure.js';
import type { Figure } from '../compute/types.js';
import { sumExact } from '../compute/sum-exact.js';
import { QUALIFIERS, type Qualifier } from '../schema/qualifier.js';
import type { Unit } from '../schema/unit.js';

const BIT: Readonly<Record<Qualifier, number>> = { exact: 0, at_least: 1, approximately: 2, at_most: 4 };

/**
 * A running total of figures in one unit, kept as plain numbers (no object per figure: at 40,000
 * reports, surviving per-figure objects made the garbage collector the bottleneck) and summed once,
 * exactly, with core's `sumExact`; the qualifier is core's `combineQualifiers` of those seen.
 */
export class ExactTotal {
  readonly unit: Unit;
  private readonly values: number[] = [];
  private qualifiers = 0;

  constructor(unit: Unit) {
    this.unit = unit;
  }

  add(value: number, qualifier: Qualifier | undefined): void {
    this.values.push(value);
    if (qualifier !== undefined) this.qualifiers |= BIT[qualifier];
  }

  /** How many figures it holds. */
  get count(): number {
    return this.values.length;
  }

  /** The exact sum (zero for none) with the combined qualifier. */
  figure(): Figure {
    const qualifier = this.qualifiers === 0 ? 'exact' : combineQualifiers(QUALIFIERS.filter((entry) => (this.qualifiers & BIT[entry]) !== 0));
    return { value: sumExact(this.values), unit: this.unit, qualifier };
  }
}

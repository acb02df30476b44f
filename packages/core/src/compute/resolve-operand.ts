import type { BreakdownIndicator, Indicator } from '../schema/indicator.js';
import { isRef, type Operand } from '../schema/operand.js';
import { breakdownGroups } from '../rules/report-references.js';
import { figureOf } from './figure.js';
import { partInGroup } from './part-in-group.js';
import { breakdownTotal } from './resolve-total.js';
import { sumOfParts } from './sum-of-parts.js';
import type { ComputedBreakdownIndicator, Figure } from './types.js';

/** What operands may refer to: the report's indicators, and those of its breakdowns already computed. */
export interface OperandContext {
  /** The report's indicators by id. */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /**
   * The report's breakdowns as `computeBreakdown` computed them, by id (`computeReport` passes its own): a
   * whole breakdown or a group of one listed here is read from it. Any other breakdown is summed on demand
   * from its parts, as `computeBreakdown` sums them — the same figure, without computing shares, every
   * group and derived rates (the roll-up of many reports passes none).
   */
  readonly breakdowns?: ReadonlyMap<string, ComputedBreakdownIndicator>;
}

/**
 * A whole breakdown (its total, else the sum of its parts) or one group of it (its member parts summed, in
 * the total's unit), summed from the indicator alone: what `computeBreakdown` gives as `total ?? sum` and as
 * that group's `figure`. `undefined` for a group the breakdown does not offer, or parts that cannot be added.
 */
function breakdownFigureOnDemand(target: BreakdownIndicator, group: string | undefined, indicators: OperandContext['indicators']): Figure | undefined {
  const total = breakdownTotal(target, (id) => indicators.get(id));
  const unit = total?.unit ?? target.parts[0]!.quantity.unit;
  const acrossCountUnits = target.sumAcrossUnits === true;
  if (group === undefined) return total ?? sumOfParts(target.parts, unit, acrossCountUnits);
  if (!breakdownGroups(target).has(group)) return undefined;
  const members = target.parts.filter((part) => partInGroup(target, part, group));
  return sumOfParts(members, unit, acrossCountUnits);
}

/**
 * The figure an operand stands for in one report: an inline quantity; a count's, amount's or measure's
 * quantity; a breakdown's stated total, else the sum of its parts; one part of a breakdown; or one group of
 * it (its member parts summed). `undefined` when it stands for nothing computable: no operand, a missing
 * indicator, a rate, a part or group the breakdown does not have, parts whose units cannot be added.
 *
 * The one resolution of rate operands: `computeReport` (through `computeRateIndicator`) and
 * `aggregateReports` both resolve with it. A breakdown in `context.breakdowns` gives its computed figures;
 * any other is summed from its parts on demand, as `computeBreakdown` sums them (a test holds the two equal
 * on the reference, synthetic and arbitrary valid reports). References resolve by id in
 * `context.indicators`: with duplicate ids (which `parseReport` refuses) the map the caller built decides
 * which one counts.
 *
 * @example
 * ```ts
 * const indicators = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
 * resolveOperand({ ref: 'reconsideration.outcomes', group: 'concluded' }, { indicators }); // { value: 13, unit: '件', qualifier: 'exact' }
 * resolveOperand({ quantity: { value: 725, unit: '件', written: '725件' } }, { indicators }); // { value: 725, unit: '件', qualifier: 'exact' }
 * ```
 */
export function resolveOperand(operand: Operand | undefined, context: OperandContext): Figure | undefined {
  if (!operand) return undefined;
  if (!isRef(operand)) return figureOf(operand.quantity);
  const target = context.indicators.get(operand.ref);
  if (!target || target.kind === 'rate') return undefined;
  if (target.kind !== 'breakdown') return figureOf(target.quantity);
  if (operand.part !== undefined) {
    const part = target.parts.find((candidate) => candidate.category === operand.part);
    return part && figureOf(part.quantity);
  }
  const computed = context.breakdowns?.get(target.id);
  if (!computed) return breakdownFigureOnDemand(target, operand.group, context.indicators);
  if (operand.group !== undefined) return computed.groups.find((group) => group.group === operand.group)?.figure;
  return computed.total ?? computed.sum;
}

import { PRIOR_FIGURES_KEY, readPriorFigures } from '../compare/prior-figures.js';
import { partInGroup } from '../compute/part-in-group.js';
import type { Indicator } from '../schema/indicator.js';
import { isRef, type IndicatorRef, type Operand } from '../schema/operand.js';
import type { Quantity } from '../schema/quantity.js';
import type { Report } from '../schema/report.js';

/** What a quantity is to the indicator that holds it: `prior`, a figure of an earlier period it quotes (`extensions.priorFigures`). */
export type FigureRole = 'quantity' | 'part' | 'total' | 'numerator' | 'denominator' | 'prior';

/** A quantity of the report that came from the text, with where it stands there. */
export interface FigurePlace {
  /** The indicator that holds the quantity. */
  readonly id: string;
  readonly role: FigureRole;
  /** For a part, its index in `parts`. */
  readonly part?: number;
  /** For a prior-period figure, its index in `extensions.priorFigures`. */
  readonly prior?: number;
  readonly quantity: Quantity;
  /** UTF-16 offsets in the source text, as `quantity.source` gives them. */
  readonly start: number;
  readonly end: number;
}

function place(id: string, role: FigureRole, quantity: Quantity | undefined, part?: number): FigurePlace[] {
  const source = quantity?.source;
  if (!quantity || !source) return [];
  return [{ id, role, ...(part === undefined ? {} : { part }), quantity, start: source.start, end: source.end }];
}

const inline = (operand: Operand | undefined): Quantity | undefined => (operand && !isRef(operand) ? operand.quantity : undefined);

/** The prior-period figures the indicator quotes, with their places. */
function priorPlaces(indicator: Indicator): FigurePlace[] {
  const priors = indicator.extensions?.[PRIOR_FIGURES_KEY] === undefined ? [] : readPriorFigures(indicator).figures;
  return priors.flatMap((prior, index) => place(indicator.id, 'prior', prior.quantity).map((each) => ({ ...each, prior: index })));
}

function placesOf(indicator: Indicator): FigurePlace[] {
  return [...ownPlaces(indicator), ...priorPlaces(indicator)];
}

function ownPlaces(indicator: Indicator): FigurePlace[] {
  const { id } = indicator;
  switch (indicator.kind) {
    case 'breakdown':
      return [
        ...place(id, 'total', indicator.total && !('ref' in indicator.total) ? indicator.total : undefined),
        ...indicator.parts.flatMap((part, index) => place(id, 'part', part.quantity, index)),
      ];
    case 'rate':
      return [
        ...place(id, 'quantity', indicator.quantity),
        ...place(id, 'numerator', inline(indicator.numerator)),
        ...place(id, 'denominator', inline(indicator.denominator)),
      ];
    default:
      return place(id, 'quantity', indicator.quantity);
  }
}

/**
 * Every quantity of the report that carries its place in the source text (`quantity.source`), in text order:
 * what an editor highlights in the text, each linked to the indicator that holds it — prior-period figures it
 * quotes included. One figure can have two places (a prior-period figure that is also a growth rate's base).
 *
 * @example
 * ```ts
 * figurePlaces(draft).filter((place) => place.start <= offset && offset < place.end); // the figures under the caret
 * ```
 */
export function figurePlaces(report: Report): FigurePlace[] {
  return report.indicators.flatMap(placesOf).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The places of what `ref` points at: the indicator's figure; for a breakdown, its stated total (else its parts),
 * the part it names, or the parts of the group it names.
 */
function placesOfRef(report: Report, ref: IndicatorRef): FigurePlace[] {
  const target = report.indicators.find((indicator) => indicator.id === ref.ref);
  if (!target) return [];
  const places = ownPlaces(target);
  if (target.kind !== 'breakdown') return places;
  const parts = places.filter((each) => each.role === 'part');
  if (ref.part !== undefined) return parts.filter((each) => target.parts[each.part!]!.category === ref.part);
  if (ref.group !== undefined) return parts.filter((each) => partInGroup(target, target.parts[each.part!]!, ref.group!));
  const total = places.filter((each) => each.role === 'total');
  return total.length > 0 ? total : parts;
}

/**
 * The figures that make up indicator `id`, in text order: its own, and for a rate those of its numerator and
 * denominator wherever they are (inline, or the indicators, totals, parts and groups they refer to, with `role`
 * saying which operand). What an editor highlights when the indicator is selected.
 *
 * @example
 * ```ts
 * // The reference report's draft: 办结率 100%, of 16 件次 (the breakdown's total) of which 16 件次 环保类.
 * figuresOf(draft, 'environment.completion_rate').map((place) => place.role); // ['denominator', 'numerator', 'quantity']
 * ```
 */
export function figuresOf(report: Report, id: string): FigurePlace[] {
  const indicator = report.indicators.find((each) => each.id === id);
  if (!indicator) return [];
  const own = placesOf(indicator);
  if (indicator.kind !== 'rate') return own;
  const operands = (['numerator', 'denominator'] as const).flatMap((role) => {
    const operand = indicator[role];
    return operand && isRef(operand) ? placesOfRef(report, operand).map((each) => ({ ...each, role })) : [];
  });
  return [...own, ...operands].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether a place is an indicator's own figure (its quantity, a part, the total), which an operand may refer to. */
const holds = (place: FigurePlace): boolean => place.role === 'quantity' || place.role === 'part' || place.role === 'total';

/**
 * The operand for a figure picked in the text: a reference to the indicator (or breakdown part) whose quantity
 * stands at the same place, so that the rate and the figure stay one; else the quantity itself, inline.
 *
 * @example
 * ```ts
 * const operand = operandForFigure(report, clickedQuantity);
 * report = applyEdit(report, { type: 'set-operand', id: rateId, side: 'numerator', operand });
 * ```
 */
export function operandForFigure(report: Report, quantity: Quantity): Operand {
  const source = quantity.source;
  const same = source && figurePlaces(report).find((each) => each.start === source.start && each.end === source.end && holds(each));
  return same ? operandForPlace(report, same) : { quantity };
}

/**
 * The operand for one place of {@link figurePlaces} (a figure clicked where an indicator holds it): a reference to
 * that indicator (or its part) when it is the indicator's own figure; else (a rate's inline operand, a prior-period
 * figure) as {@link operandForFigure} finds it.
 *
 * @example
 * ```ts
 * const place = figurePlaces(report).find((each) => each.id === 'litigation.cases')!;
 * operandForPlace(report, place); // { ref: 'litigation.cases' }
 * ```
 */
export function operandForPlace(report: Report, place: FigurePlace): Operand {
  if (!holds(place)) return operandForFigure(report, place.quantity);
  const holder = report.indicators.find((indicator) => indicator.id === place.id);
  if (place.role === 'part' && holder?.kind === 'breakdown') return { ref: place.id, part: holder.parts[place.part!]!.category };
  return { ref: place.id };
}

import { CODELISTS, type CodelistId } from '../codelists/index.js';
import type { BreakdownIndicator, BreakdownPart, Indicator, RateIndicator } from '../schema/indicator.js';
import type { IndicatorRef } from '../schema/operand.js';
import type { Quantity } from '../schema/quantity.js';
import type { Report } from '../schema/report.js';
import { DOTTED_SLUG } from '../schema/slug.js';
import { EditError } from './edit-error.js';
import { mapReferences, referencesTo } from './indicator-references.js';
import { markReviewed } from './review-state.js';
import type { PartChanges, QuantityChanges, ReportEdit } from './report-edit.js';

type IndicatorEdit = Exclude<ReportEdit, { type: 'add-indicator' | 'delete-indicator' | 'rename' }>;

/** `object` without the keys whose new value is `null` or `undefined`, with the others set. */
function withChanges<T extends object>(object: T, changes: Readonly<Record<string, unknown>>): T {
  const next = { ...object } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

function findIndex(report: Report, id: string): number {
  const index = report.indicators.findIndex((indicator) => indicator.id === id);
  if (index < 0) throw new EditError('unknown_indicator', { id });
  return index;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((each, at) => (at === index ? item : each));
}

function asRate(indicator: Indicator): RateIndicator {
  if (indicator.kind !== 'rate') throw new EditError('wrong_kind', { id: indicator.id, kind: 'rate' });
  return indicator;
}

function asBreakdown(indicator: Indicator): BreakdownIndicator {
  if (indicator.kind !== 'breakdown') throw new EditError('wrong_kind', { id: indicator.id, kind: 'breakdown' });
  return indicator;
}

function partAt(indicator: BreakdownIndicator, part: number): BreakdownPart {
  const found = Number.isInteger(part) ? indicator.parts[part] : undefined;
  if (!found) throw new EditError('unknown_part', { id: indicator.id, part: String(part) });
  return found;
}

function changedQuantity(id: string, quantity: Quantity | undefined, changes: QuantityChanges): Quantity {
  if (quantity) return withChanges(quantity, { ...changes });
  const { value, unit, written, qualifier } = changes;
  if (value === undefined || unit === undefined || written === undefined) throw new EditError('no_quantity', { id });
  return qualifier ? { value, unit, qualifier, written } : { value, unit, written };
}

function setQuantity(indicator: Indicator, part: number | undefined, changes: QuantityChanges): Indicator {
  if (indicator.kind === 'breakdown') {
    if (part === undefined) {
      const total = indicator.total && 'ref' in indicator.total ? undefined : indicator.total;
      if (indicator.total && !total) throw new EditError('no_quantity', { id: indicator.id });
      return { ...indicator, total: changedQuantity(indicator.id, total, changes) };
    }
    const existing = partAt(indicator, part);
    return { ...indicator, parts: replaceAt(indicator.parts, part, { ...existing, quantity: changedQuantity(indicator.id, existing.quantity, changes) }) };
  }
  if (part !== undefined) throw new EditError('wrong_kind', { id: indicator.id, kind: 'breakdown' });
  return { ...indicator, quantity: changedQuantity(indicator.id, indicator.quantity, changes) } as Indicator;
}

function setPart(indicator: BreakdownIndicator, part: number, changes: PartChanges): BreakdownIndicator {
  const existing = partAt(indicator, part);
  return { ...indicator, parts: replaceAt(indicator.parts, part, withChanges(existing, { ...changes, groups: changes.groups && [...changes.groups] })) };
}

/**
 * The breakdown with another codelist (or none). Parts that named a category of the codelist it leaves, without a
 * label of their own, take that category's label with them: a free category needs one, and the words stay.
 */
function setCodelist(indicator: BreakdownIndicator, codelist: CodelistId | null): BreakdownIndicator {
  const leaving = indicator.codelist && indicator.codelist !== codelist ? CODELISTS[indicator.codelist].categories : [];
  const parts = indicator.parts.map((part) => {
    const label = part.label ?? leaving.find((category) => category.code === part.category)?.label;
    return label && !part.label ? { ...part, label: { ...label } } : part;
  });
  return withChanges({ ...indicator, parts }, { codelist });
}

/** A count, amount or measure as a breakdown whose one part is its figure (a free category named as the indicator is). */
function breakdownOfFigure(indicator: Indicator): BreakdownIndicator {
  if (indicator.kind === 'breakdown' || indicator.kind === 'rate') throw new EditError('wrong_kind', { id: indicator.id, kind: 'figure' });
  const { kind: _kind, quantity, ...common } = indicator;
  return { ...common, kind: 'breakdown', parts: [{ category: 'part-1', label: { ...indicator.label }, quantity }], exhaustive: false };
}

/** The edit applied to the one indicator it names (edits that reach other indicators are applied by {@link applyEdit}). */
function editIndicator(indicator: Indicator, edit: IndicatorEdit): Indicator {
  switch (edit.type) {
    case 'accept':
      return indicator;
    case 'set-label':
      return { ...indicator, label: edit.label };
    case 'set-family':
      return { ...indicator, family: edit.family };
    case 'set-quantity':
      return setQuantity(indicator, edit.part, edit.changes);
    case 'set-operand':
      return withChanges(asRate(indicator), { [edit.side]: edit.operand });
    case 'set-codelist':
      return setCodelist(asBreakdown(indicator), edit.codelist);
    case 'set-exhaustive':
      return { ...asBreakdown(indicator), exhaustive: edit.exhaustive };
    case 'add-part': {
      const breakdown = asBreakdown(indicator);
      const at = Math.max(0, Math.min(edit.at ?? breakdown.parts.length, breakdown.parts.length));
      return { ...breakdown, parts: [...breakdown.parts.slice(0, at), edit.part, ...breakdown.parts.slice(at)] };
    }
    case 'remove-part': {
      const breakdown = asBreakdown(indicator);
      partAt(breakdown, edit.part);
      if (breakdown.parts.length === 1) throw new EditError('last_part', { id: breakdown.id });
      return { ...breakdown, parts: breakdown.parts.filter((_, at) => at !== edit.part) };
    }
    case 'set-part':
      return setPart(asBreakdown(indicator), edit.part, edit.changes);
    case 'make-breakdown':
      return breakdownOfFigure(indicator);
  }
}

/** Refuses when something else still refers to indicator `id` (or, with `part`, to that part of it). */
function refuseIfReferenced(report: Report, id: string, part?: string): void {
  const by = referencesTo(report, id).filter((reference) => reference.from !== id && (part === undefined || reference.ref.part === part));
  if (by.length > 0)
    throw new EditError('referenced', { id: part === undefined ? id : `${id} / ${part}`, by: [...new Set(by.map((each) => each.from))].join(', ') });
}

function checkNewId(report: Report, id: string): void {
  if (!DOTTED_SLUG.test(id)) throw new EditError('invalid_id', { id });
  if (report.indicators.some((indicator) => indicator.id === id)) throw new EditError('duplicate_id', { id });
}

/** Every reference in the report passed through `change`. */
function mapAllReferences(report: Report, change: (ref: IndicatorRef) => IndicatorRef): Report {
  return { ...report, indicators: report.indicators.map((indicator) => mapReferences(indicator, change)) };
}

/** References to part `from` of breakdown `id` moved to its new category `to` (none given: nothing moves). */
function followCategory(report: Report, id: string, from: string, to: string | undefined): Report {
  if (to === undefined || to === from) return report;
  return mapAllReferences(report, (ref) => (ref.ref === id && ref.part === from ? { ...ref, part: to } : ref));
}

/**
 * The report with one edit applied: a new report object sharing what the edit did not touch (the input is never
 * changed). An edit to a drafted indicator also marks it reviewed (`extensions.extraction.reviewed`): a person
 * has looked at it. References follow what they point at: a `rename` moves every `{ "ref": … }` to the new id, a
 * part's new category moves every `{ "ref": …, "part": … }` naming the old one. What would leave a reference
 * dangling is refused: deleting an indicator, or removing a part, that another still refers to.
 *
 * @throws {@link EditError} when the edit does not fit the report (an unknown id or part, a rate edit on a count,
 *   a duplicate or malformed id, a reference left dangling); the report is then unchanged.
 *
 * @example
 * ```ts
 * const fixed = applyEdit(draft, { type: 'set-operand', id: 'reconsideration.correction_rate', side: 'denominator', operand: { ref: 'reconsideration.cases' } });
 * ```
 */
export function applyEdit(report: Report, edit: ReportEdit): Report {
  switch (edit.type) {
    case 'add-indicator': {
      checkNewId(report, edit.indicator.id);
      const at = edit.after === undefined ? report.indicators.length : findIndex(report, edit.after) + 1;
      return { ...report, indicators: [...report.indicators.slice(0, at), edit.indicator, ...report.indicators.slice(at)] };
    }
    case 'delete-indicator': {
      const index = findIndex(report, edit.id);
      refuseIfReferenced(report, edit.id);
      return { ...report, indicators: report.indicators.filter((_, at) => at !== index) };
    }
    case 'rename': {
      const index = findIndex(report, edit.id);
      if (edit.to === edit.id) return report;
      checkNewId(report, edit.to);
      const renamed = { ...report, indicators: replaceAt(report.indicators, index, markReviewed({ ...report.indicators[index]!, id: edit.to })) };
      return mapAllReferences(renamed, (ref) => (ref.ref === edit.id ? { ...ref, ref: edit.to } : ref));
    }
    default: {
      const index = findIndex(report, edit.id);
      const before = report.indicators[index]!;
      if (edit.type === 'remove-part') refuseIfReferenced(report, edit.id, partAt(asBreakdown(before), edit.part).category);
      const after = markReviewed(editIndicator(before, edit));
      // What refers to the figure would refer to the whole breakdown: refused, as deleting it is.
      if (edit.type === 'make-breakdown') refuseIfReferenced(report, edit.id);
      // Accepting what is already reviewed (or was never drafted) changes nothing: no undo step for it.
      if (after === before) return report;
      const edited = { ...report, indicators: replaceAt(report.indicators, index, after) };
      return edit.type === 'set-part' ? followCategory(edited, edit.id, partAt(asBreakdown(before), edit.part).category, edit.changes.category) : edited;
    }
  }
}

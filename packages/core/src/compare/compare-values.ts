import type { LocalizedText } from '../schema/localized-text.js';
import { unitDimension } from '../schema/unit.js';
import { indeterminateChangeNote, notComparableNote, qualifiedChangeNote, differentUnitsNote, type ComparedPeriods } from './comparison-notes.js';
import { figureChange } from './figure-change.js';
import { relativeChange } from './relative-change.js';
import type { Change, ComparedValue, ComparisonNote, RelativeChange } from './types.js';

/**
 * The change between two compared values, with the relative change for counts and money, and the note
 * each outcome calls for: different units, an indeterminate change, a qualified (bound or approximate)
 * change, or 倍. Shared by indicators, breakdown totals and breakdown parts.
 */
export function compareValues(
  ids: readonly string[],
  label: LocalizedText,
  from: ComparedValue,
  to: ComparedValue,
  periods: ComparedPeriods,
  notes: ComparisonNote[],
): { change: Change; relativeChange?: RelativeChange } {
  const change = figureChange(from.figure, to.figure);
  if (change.defined) {
    if (change.qualifier !== 'exact') notes.push(qualifiedChangeNote(ids, label, change));
  } else if (change.reason === 'incompatible_units') {
    notes.push(differentUnitsNote(ids, label, from.figure, to.figure, periods));
  } else if (change.reason === 'indeterminate') {
    notes.push(indeterminateChangeNote(ids, label, from.quantity ?? from.figure, to.quantity ?? to.figure, periods));
  } else if (change.reason === 'not_comparable') {
    notes.push(notComparableNote(ids[0] ?? '', label));
  }
  const dimension = unitDimension(from.figure.unit);
  if (dimension !== 'count' && dimension !== 'money') return { change };
  return { change, relativeChange: relativeChange(from.figure, to.figure) };
}

import {
  FAMILIES,
  type Change,
  type ComparedValue,
  type ComparisonNote,
  type Family,
  type IndicatorComparison,
  type LocalizedText,
  type RateResult,
  type RelativeChange,
  type ReportComparison,
} from '@rule-of-law/core';

/** One side of a row: a compared value, a derived rate's result, or a zero implied by a complete list. */
export type RowValue =
  { readonly kind: 'value'; readonly value: ComparedValue } | { readonly kind: 'rate'; readonly result: RateResult } | { readonly kind: 'implied-zero' };

/** One row of a family's comparison table. */
export interface CompareRow {
  /** `indicator`, a breakdown's `part`, or a rate `derived` from a breakdown (纠错率…, in percentage points). */
  readonly level: 'indicator' | 'part' | 'derived';
  /** The indicator's id (a part's or derived rate's breakdown). */
  readonly id: string;
  /** Unique within the comparison: id, then `/category` or `#rate`. */
  readonly key: string;
  readonly label: LocalizedText;
  /** A derived rate's base ("以审结案件为基数"). */
  readonly base?: LocalizedText;
  readonly previous?: RowValue;
  readonly current?: RowValue;
  readonly change?: Change;
  readonly relativeChange?: RelativeChange;
  /** The notes about this indicator, shown right after its rows (once, after the last of them). */
  readonly notes: readonly ComparisonNote[];
}

/** A family's table. */
export interface FamilyRows {
  readonly family: Family;
  readonly rows: readonly CompareRow[];
}

/** The compare element's model: tables by family, what is only on one side, and every note numbered. */
export interface CompareModel {
  readonly families: readonly FamilyRows[];
  /** Indicators only in the current report (added) and only in the previous one (removed). */
  readonly added: readonly IndicatorComparison[];
  readonly removed: readonly IndicatorComparison[];
  /** Every note, errors first, numbered from 1 in this order. */
  readonly notes: readonly ComparisonNote[];
  /** Notes about the two reports as a whole (different issuers, period order). */
  readonly reportNotes: readonly ComparisonNote[];
}

/** The families of a `families` attribute (space- or comma-separated), in order; every family when empty. */
export function familyOrder(attribute: string | undefined): readonly Family[] {
  const named = (attribute ?? '').split(/[\s,]+/).filter((name): name is Family => (FAMILIES as readonly string[]).includes(name));
  return named.length > 0 ? [...new Set(named)] : FAMILIES;
}

function indicatorRows(entry: IndicatorComparison): CompareRow[] {
  const rows: CompareRow[] = [
    {
      level: 'indicator',
      id: entry.id,
      key: entry.id,
      label: entry.label,
      ...(entry.previous && { previous: { kind: 'value', value: entry.previous } }),
      ...(entry.current && { current: { kind: 'value', value: entry.current } }),
      ...(entry.change && { change: entry.change }),
      ...(entry.relativeChange && { relativeChange: entry.relativeChange }),
      notes: [],
    },
  ];
  for (const part of entry.parts ?? []) {
    const zero = { kind: 'implied-zero' } as const;
    rows.push({
      level: 'part',
      id: entry.id,
      key: `${entry.id}/${part.category}`,
      label: part.label,
      ...(part.previous ? { previous: { kind: 'value', value: part.previous } } : part.impliedZero === 'previous' ? { previous: zero } : {}),
      ...(part.current ? { current: { kind: 'value', value: part.current } } : part.impliedZero === 'current' ? { current: zero } : {}),
      ...(part.change && { change: part.change }),
      ...(part.relativeChange && { relativeChange: part.relativeChange }),
      notes: [],
    });
  }
  for (const rate of entry.derivedRates ?? []) {
    rows.push({
      level: 'derived',
      id: entry.id,
      key: `${entry.id}#${rate.id}`,
      label: rate.label,
      base: rate.base,
      ...(rate.previous && { previous: { kind: 'rate', result: rate.previous } }),
      ...(rate.current && { current: { kind: 'rate', result: rate.current } }),
      change: rate.change,
      notes: [],
    });
  }
  const last = rows.length - 1;
  rows[last] = { ...rows[last]!, notes: entry.notes };
  return rows;
}

/**
 * The rows of a comparison, by family (in `families` order): each indicator found in both reports,
 * then its breakdown's parts and derived rates, its notes after its last row; the indicators only on one
 * side apart; every note numbered once.
 */
export function compareModel(comparison: ReportComparison, families: readonly Family[]): CompareModel {
  const shown = new Set(families);
  const matched = comparison.indicators.filter((entry) => entry.status === 'matched' && shown.has(entry.family));
  const ids = new Set(comparison.indicators.filter((entry) => shown.has(entry.family)).map((entry) => entry.id));
  return {
    families: families.flatMap((family) => {
      const own = matched.filter((entry) => entry.family === family);
      return own.length > 0 ? [{ family, rows: own.flatMap(indicatorRows) }] : [];
    }),
    added: comparison.indicators.filter((entry) => entry.status === 'added' && shown.has(entry.family)),
    removed: comparison.indicators.filter((entry) => entry.status === 'removed' && shown.has(entry.family)),
    notes: comparison.notes.filter((note) => note.indicatorIds.length === 0 || note.indicatorIds.some((id) => ids.has(id))),
    reportNotes: comparison.notes.filter((note) => note.indicatorIds.length === 0),
  };
}

import type { Figure, RateResult } from '../compute/types.js';
import type { Family } from '../schema/family.js';
import type { GrowthFormula, IndicatorKind } from '../schema/indicator.js';
import type { Issuer } from '../schema/issuer.js';
import type { BilingualText, LocalizedText } from '../schema/localized-text.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Quantity } from '../schema/quantity.js';
import type { Period } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';
import type { Note } from './note.js';
import type { PriorFigure } from './prior-figures.js';

/** Why two figures give no change. */
export type ChangeUndefinedReason =
  /** The qualifiers leave the change open both ways ("500余" → "600余"). */
  | 'indeterminate'
  /** Different units (件 and 起, 批次 and 人次). */
  | 'incompatible_units'
  /** Rates over different denominators. */
  | 'different_base'
  /** Figures that are not compared automatically: 倍, indicators of different kinds or codelists, a ratio against a year-on-year change. */
  | 'not_comparable'
  /** One side has no value (e.g. a rate with neither a stated value nor both operands). */
  | 'missing';

/**
 * An absolute change `to − from`, exact to the last written digit, in the figures' unit (percentage
 * points for two percentages), qualified by {@link changeQualifier}; or the reason there is none.
 */
export type Change =
  | {
      readonly defined: true;
      readonly value: number;
      readonly unit: Unit;
      readonly qualifier: Qualifier;
      readonly from: Figure;
      readonly to: Figure;
    }
  | {
      readonly defined: false;
      readonly reason: ChangeUndefinedReason;
      readonly from?: Figure;
      readonly to?: Figure;
    };

/**
 * A relative change in percent: a {@link RateResult} whose numerator is the absolute change and whose
 * denominator is the earlier figure (zero base → `zero_denominator`); or `indeterminate` when the
 * qualifiers leave the change open, `not_comparable` for figures that are not counts or money. Never
 * NaN or Infinity.
 */
export type RelativeChange =
  | RateResult
  | {
      readonly defined: false;
      readonly reason: 'indeterminate' | 'not_comparable';
      readonly numerator?: undefined;
      readonly denominator: Figure;
    };

/** Which way a change went, as far as its qualifier lets us know. */
export type ChangeDirection = 'up' | 'down' | 'unchanged' | 'uncertain';

/** Where a compared figure comes from. */
export type ValueBasis = 'stated' | 'computed' | 'total' | 'sum_of_parts';

/** The figure of one side of a comparison. */
export interface ComparedValue {
  /** The figure compared. For a year-on-year change, the signed change in percent: a fall is negative. */
  readonly figure: Figure;
  readonly basis: ValueBasis;
  /** The quantity as the report wrote it, when the figure is stated (a change positive, in the direction `formula` names). */
  readonly quantity?: Quantity;
  /** Present for a year-on-year change (`increase` or `decrease`): the rate's formula, which `quantity` is read with. */
  readonly formula?: GrowthFormula;
}

/** Whether an indicator (or a part) is in both reports or only one. */
export type ComparisonStatus = 'matched' | 'added' | 'removed';

/** Codes of the notes a comparison can make. */
export const COMPARISON_NOTE_CODES = [
  'different-units',
  'different-kind',
  'different-base',
  'different-formula',
  'different-codelist',
  'indeterminate-change',
  'qualified-change',
  'not-comparable',
  'no-value',
  'quoted-prior-differs',
  'invalid-prior-figure',
  'different-issuer',
  'period-order',
] as const;

/** One of {@link COMPARISON_NOTE_CODES}. */
export type ComparisonNoteCode = (typeof COMPARISON_NOTE_CODES)[number];

/** A note that makes a comparison unsafe, partial or qualified. */
export type ComparisonNote = Note<ComparisonNoteCode>;

/** One category of a breakdown in both years. */
export interface PartComparison {
  readonly category: string;
  readonly label: LocalizedText;
  readonly status: ComparisonStatus;
  readonly previous?: ComparedValue;
  readonly current?: ComparedValue;
  /**
   * A category missing from an exhaustive breakdown counts as zero there (the parts partition the
   * total): which side's zero was implied.
   */
  readonly impliedZero?: 'previous' | 'current';
  readonly change?: Change;
  readonly relativeChange?: RelativeChange;
}

/** An official rate derived from an outcome breakdown (纠错率, 败诉率…) in both years, in percentage points. */
export interface DerivedRateComparison {
  readonly id: string;
  readonly label: BilingualText;
  readonly base: BilingualText;
  readonly previous?: RateResult;
  readonly current?: RateResult;
  readonly change: Change;
}

/**
 * A prior-period figure that the current report itself quotes ("较2022年558件"), kept attributed to
 * the current report: compared with the current figure, and checked against the previous report's own.
 */
export interface QuotedPriorComparison {
  /** The report that quotes it: always the current one. */
  readonly attributedTo: 'current';
  readonly prior: PriorFigure;
  /** True when the quoted period is the previous report's period. */
  readonly matchesPreviousPeriod: boolean;
  /** Current figure − quoted figure, as the current report's own year-on-year change. */
  readonly change?: Change;
  readonly relativeChange?: RelativeChange;
  /**
   * The quoted figure against the previous report's own figure for the same period: `same`, `differs`
   * (a warning note is made), or `unknown` (qualified figures). Absent when there is nothing to check against.
   */
  readonly agreement?: 'same' | 'differs' | 'unknown';
}

/** One indicator, matched by id across the two reports. */
export interface IndicatorComparison {
  readonly id: string;
  readonly family: Family;
  readonly label: LocalizedText;
  readonly status: ComparisonStatus;
  /** The current indicator's kind (the previous one's when removed). */
  readonly kind: IndicatorKind;
  readonly previous?: ComparedValue;
  readonly current?: ComparedValue;
  /** Present when matched. */
  readonly change?: Change;
  /** Counts and money only (a breakdown's total included). */
  readonly relativeChange?: RelativeChange;
  /** Breakdowns: parts matched by category. */
  readonly parts?: readonly PartComparison[];
  /** Breakdowns with a codelist: official derived rates, in percentage points. */
  readonly derivedRates?: readonly DerivedRateComparison[];
  /** Prior-period figures the current report quotes for this indicator. */
  readonly quoted: readonly QuotedPriorComparison[];
  readonly notes: readonly ComparisonNote[];
}

/** Which report a side of the comparison is. */
export interface ReportSummary {
  readonly issuer: Issuer;
  readonly title: string;
  readonly period: Period;
}

/** The comparison of two reports, indicator by indicator. */
export interface ReportComparison {
  readonly previous: ReportSummary;
  readonly current: ReportSummary;
  /** In the current report's order, then the removed ones in the previous report's order. */
  readonly indicators: readonly IndicatorComparison[];
  /** Ids only in the current report. */
  readonly added: readonly string[];
  /** Ids only in the previous report. */
  readonly removed: readonly string[];
  /** Every note (report-level and per indicator), errors first, then warnings, then info. */
  readonly notes: readonly ComparisonNote[];
}

import type { ComputedBreakdownIndicator, Figure, RateResult } from '../compute/types.js';
import type { Finding } from '../compute/findings/finding.js';
import type { Note } from '../compare/note.js';
import type { RateBase } from '../compare/rate-base.js';
import type { Family } from '../schema/family.js';
import type { BreakdownIndicator, IndicatorKind } from '../schema/indicator.js';
import type { Issuer } from '../schema/issuer.js';
import type { BilingualText, LocalizedText } from '../schema/localized-text.js';
import type { Period, Report } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';

/** Built-in ways of grouping reports. */
export const GROUP_BY_KEYS = ['parent', 'level', 'year', 'issuer'] as const;

/** One of {@link GROUP_BY_KEYS}: the issuer's parent government, its level, the reporting year, or the issuer itself. */
export type GroupByKey = (typeof GROUP_BY_KEYS)[number];

/** How to group reports: a built-in key, several (parent and year…), or a function giving each report's group key. */
export type GroupBy = GroupByKey | readonly GroupByKey[] | ((report: Report) => string);

/** Options of {@link aggregateReports}. */
export interface AggregateOptions {
  /** Default: one group of every report. */
  readonly groupBy?: GroupBy;
  /** Only these indicator ids (default: every id found). */
  readonly indicators?: readonly string[];
}

/** A report in a roll-up: where it was in the input, and whose it is. */
export interface ReportRef {
  /** Its position in the array passed to {@link aggregateReports}. */
  readonly index: number;
  readonly issuer: Issuer;
  readonly title: string;
  readonly period: Period;
}

/** Codes of the notes a roll-up can make. */
export const AGGREGATE_NOTE_CODES = [
  'units-kept-apart',
  'not-additive',
  'rate-reports-left-out',
  'rate-bases-kept-apart',
  'rate-not-pooled',
  'growth-not-pooled',
  'different-kinds',
  'different-codelists',
  'breakdown-total-incomplete',
  'breakdown-parts-not-added',
] as const;

/** One of {@link AGGREGATE_NOTE_CODES}. */
export type AggregateNoteCode = (typeof AGGREGATE_NOTE_CODES)[number];

/** A note that explains a refused or partial sum in a roll-up. */
export type AggregateNote = Note<AggregateNoteCode>;

/** Why a figure was not summed. */
export type RefusalReason = 'percent' | 'percentage_point' | 'multiple' | 'rank';

/** The exact sum of one unit's figures. */
export interface UnitTotal {
  readonly unit: Unit;
  /** Exact sum; its qualifier combines the parts' (one "余" makes it "at least"). */
  readonly figure: Figure;
  /** How many reports it sums. */
  readonly reports: number;
}

interface AggregatedCommon {
  readonly id: string;
  readonly family: Family;
  readonly label: LocalizedText;
  /** How many reports of the group state it (with the kind below). */
  readonly reports: number;
}

/** A count, amount or measure rolled up: one exact total per unit, or the reason it is not summed. */
export interface AggregatedQuantity extends AggregatedCommon {
  readonly kind: 'count' | 'amount' | 'measure';
  /** One total per unit, never added across units (批次 and 人次 stay apart). Empty when refused. */
  readonly totals: readonly UnitTotal[];
  /** Set when the figures may not be summed at all (percent, percentage points, 倍, ranks). */
  readonly refused?: { readonly reason: RefusalReason; readonly message: BilingualText };
}

/**
 * A rate recomputed over one base: summed numerators ÷ summed denominators. For a year-on-year change,
 * the change from the summed earlier figures to the summed current ones (`result.formula` says which way
 * it is read: the reports' own formula when they agree, else `increase`).
 */
export interface PooledRate {
  readonly base: RateBase;
  readonly numerator: Figure;
  readonly denominator: Figure;
  readonly result: RateResult;
  /** How many reports it pools. */
  readonly reports: number;
}

/** Why a report's rate could not be pooled (`not_additive`: an operand in percent or another unit that cannot be summed). */
export type LeftOutReason = 'no_numerator' | 'no_denominator' | 'no_operands' | 'not_additive';

/** A report left out of a pooled rate. */
export interface LeftOutReport {
  /** Position in the group's `reports`. */
  readonly report: number;
  readonly reason: LeftOutReason;
}

/**
 * A rate rolled up from summed numerators and denominators, never averaged. A year-on-year change is
 * pooled only when every report stating it gives both its current and earlier figures.
 */
export interface AggregatedRate extends AggregatedCommon {
  readonly kind: 'rate';
  /** The pooled rate when every pooled report shares one base. */
  readonly result?: RateResult;
  /**
   * One pooled rate per base (denominator) and units; different bases are never pooled together, nor
   * ratios with year-on-year changes.
   */
  readonly pooled: readonly PooledRate[];
  /** Reports whose rate has no resolvable numerator or denominator (e.g. only "96.2%" stated). */
  readonly leftOut: readonly LeftOutReport[];
}

/** A breakdown rolled up: parts merged by category, then computed as one breakdown. */
export interface AggregatedBreakdown extends AggregatedCommon {
  readonly kind: 'breakdown';
  /** The merged breakdown: summed parts (and total), exhaustive only if every report's is. */
  readonly merged?: BreakdownIndicator;
  /**
   * Core's computation of the merged breakdown: sum, shares, groups, derived official rates. Computed
   * on first access (an enumerable getter, so spreading or `JSON.stringify` include it).
   */
  readonly computed?: ComputedBreakdownIndicator;
  /** Core's findings about the merged breakdown (computed with `computed`). */
  readonly findings: readonly Finding[];
}

/** One indicator rolled up over a group of reports. */
export type AggregatedIndicator = AggregatedQuantity | AggregatedRate | AggregatedBreakdown;

/** Which reports of a group state an indicator, and which do not. */
export interface IndicatorCoverage {
  readonly id: string;
  readonly label: LocalizedText;
  readonly kind: IndicatorKind;
  readonly reported: number;
  /** Positions, in the group's `reports`, of the reports that do not state it. */
  readonly missing: readonly number[];
}

/** A group of reports and its roll-up. */
export interface AggregateGroup {
  /** The group key ('' for the single group when not grouping). */
  readonly key: string;
  /** The key in words: "天津市滨海新区", "街道 · 2023年" / "Subdistrict · 2023". */
  readonly label: BilingualText;
  readonly reports: readonly ReportRef[];
  /** In order of first appearance. */
  readonly indicators: readonly AggregatedIndicator[];
  /** Same order as `indicators`. */
  readonly coverage: readonly IndicatorCoverage[];
  /** Every refused or partial sum explained, warnings first. */
  readonly notes: readonly AggregateNote[];
}

/** The roll-up: one entry per group, sorted by key in code-unit order (so independent of the input's order). */
export interface Aggregation {
  readonly groups: readonly AggregateGroup[];
}

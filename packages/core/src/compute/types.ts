import type { BilingualText, LocalizedText } from '../schema/localized-text.js';
import type { BreakdownIndicator, Indicator, QuantityIndicator, RateIndicator, ResultFormula } from '../schema/indicator.js';
import type { Qualifier } from '../schema/qualifier.js';
import type { Quantity } from '../schema/quantity.js';
import type { Report } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';
import type { Finding } from './findings/finding.js';

/** A computed figure: a value in base units with its unit and how exact it is. */
export interface Figure {
  readonly value: number;
  readonly unit: Unit;
  readonly qualifier: Qualifier;
}

/** Why a rate could not be computed. */
export type UndefinedRateReason = 'zero_denominator' | 'missing_operand' | 'incompatible_units' | 'not_a_number';

/**
 * A rate computed from a numerator and a denominator, or the reason it has no value. Never NaN or Infinity.
 * A ratio has no `formula`; a year-on-year change has `formula` `increase` or `decrease`, its numerator
 * being the current figure and its denominator the earlier one; a multiple (a ratio in times) has `multiple`.
 */
export type RateResult =
  | {
      readonly defined: true;
      /**
       * The rate in percent, at full precision (e.g. 37.5 for 6 of 16). For a change, the change in the
       * direction `formula` names (725 → 486 with `decrease` is 32.96…), negative when the figures moved
       * the other way. For a multiple, in times (8745 against 3362 is 2.601…).
       */
      readonly value: number;
      readonly numerator: Figure;
      readonly denominator: Figure;
      /** `exact` only when both operands are exact. */
      readonly qualifier: Qualifier;
      /** Present for a year-on-year change (`increase` or `decrease`) and for a multiple (`multiple`, in times). */
      readonly formula?: ResultFormula;
    }
  | {
      readonly defined: false;
      readonly reason: UndefinedRateReason;
      readonly numerator?: Figure;
      readonly denominator?: Figure;
      /** Present for a year-on-year change (`increase` or `decrease`) and for a multiple (`multiple`, in times). */
      readonly formula?: ResultFormula;
    };

/** An official rate derived from an outcome breakdown (纠错率, 败诉率…), with the base it used. */
export interface DerivedRate {
  readonly id: string;
  readonly label: BilingualText;
  readonly base: BilingualText;
  /** Categories counted in the numerator. */
  readonly numeratorCategories: readonly string[];
  /** Categories counted in the denominator (empty when the base is the stated total). */
  readonly denominatorCategories: readonly string[];
  readonly result: RateResult;
}

/** A computed count, amount or measure: the stated quantity as it is. */
export interface ComputedQuantityIndicator {
  readonly kind: QuantityIndicator['kind'];
  readonly indicator: QuantityIndicator;
  readonly quantity: Quantity;
}

/** How a stated rate compares with the rate computed from its parts. */
export type Reconciliation = 'match' | 'mismatch' | 'not_checked';

/** A computed rate: the stated figure, the computed one and whether they agree at the stated precision. */
export interface ComputedRateIndicator {
  readonly kind: 'rate';
  readonly indicator: RateIndicator;
  readonly stated?: Quantity;
  /** The numerator resolved to a figure (a referenced indicator, breakdown part or group, or inline); for a change, the current figure. */
  readonly numerator?: Figure;
  /** The denominator resolved to a figure; for a change, the earlier figure. */
  readonly denominator?: Figure;
  /** Decimals of the stated rate as written ("96.2%" → 1). */
  readonly statedDecimals?: number;
  readonly computed?: RateResult;
  readonly reconciliation: Reconciliation;
  /** The rounding rules under which the stated rate follows from its parts. */
  readonly matchedRounding?: readonly ('half_up' | 'truncate')[];
  /**
   * With a stated rate and only a numerator: every integer denominator consistent with the stated precision
   * (for a year-on-year change, every earlier figure).
   */
  readonly impliedDenominators?: readonly number[];
}

/** One computed part of a breakdown. */
export interface ComputedPart {
  readonly category: string;
  readonly label: Required<Pick<LocalizedText, 'zh-CN'>> & LocalizedText;
  readonly quantity: Quantity;
  readonly groups: readonly string[];
  /** Its share of the stated total (or of the sum of parts when no total is stated). */
  readonly share: RateResult;
}

/** A computed group of a breakdown (concluded, correction, loss…). */
export interface ComputedGroup {
  readonly group: string;
  readonly label: LocalizedText;
  readonly categories: readonly string[];
  readonly figure: Figure;
}

/** A computed breakdown: total, exact sum of parts, coverage, shares, groups and derived official rates. */
export interface ComputedBreakdownIndicator {
  readonly kind: 'breakdown';
  readonly indicator: BreakdownIndicator;
  /** The stated total (resolved when it is a reference). */
  readonly total?: Figure;
  /** The exact sum of the parts; absent when their units cannot be summed. */
  readonly sum?: Figure;
  /** The sum of parts as a share of the stated total. */
  readonly coverage?: RateResult;
  readonly parts: readonly ComputedPart[];
  readonly groups: readonly ComputedGroup[];
  readonly derivedRates: readonly DerivedRate[];
}

/** Any computed indicator. */
export type ComputedIndicator = ComputedQuantityIndicator | ComputedRateIndicator | ComputedBreakdownIndicator;

/** Dates that matter for publication, all from the data. */
export interface Timeline {
  /** The latest lawful publication date: 1 April of the year after the period ends. */
  readonly publicationDeadline: string;
  readonly signedOn?: string;
  readonly publishedOn?: string;
  /** True when published on or before the deadline; absent when the publication date is unknown. */
  readonly publishedOnTime?: boolean;
}

/** The computed view of a report: one entry per indicator, in report order, plus findings. */
export interface ComputedReport {
  readonly report: Report;
  readonly indicators: readonly ComputedIndicator[];
  /** The same entries by indicator id. */
  readonly byId: Readonly<Record<string, ComputedIndicator>>;
  readonly timeline: Timeline;
  /** Findings, errors first, then warnings, then info. */
  readonly findings: readonly Finding[];
}

export type { Indicator };

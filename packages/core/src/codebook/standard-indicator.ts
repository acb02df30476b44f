import type { Family } from '../schema/family.js';
import type { BilingualText } from '../schema/localized-text.js';

/** What a standard indicator measures, from which the dimension of its figures follows. */
export const STANDARD_KINDS = ['count', 'amount', 'rate'] as const;

/** One of {@link STANDARD_KINDS}. */
export type StandardKind = (typeof STANDARD_KINDS)[number];

/**
 * The dimension a figure must have to be a standard indicator: `person` for 人 / 名 / 人次, `count` for the
 * other count units (件 起 宗 次 批次 项…), `money` for 元, `percent` for %.
 */
export const STANDARD_DIMENSIONS = ['count', 'person', 'money', 'percent'] as const;

/** One of {@link STANDARD_DIMENSIONS}. */
export type StandardDimension = (typeof STANDARD_DIMENSIONS)[number];

/**
 * One entry of the codebook: an indicator that annual rule-of-law reports commonly state, with the id every
 * report gives it, so that comparisons and roll-ups across reports match it.
 */
export interface StandardIndicator {
  /** `family.concept`, snake_case English (`reconsideration.concluded`). */
  readonly id: string;
  /** The family; the id starts with it. */
  readonly family: Family;
  readonly label: BilingualText;
  readonly kind: StandardKind;
  readonly dimension: StandardDimension;
  /** zh words that name the concept (纠错率, 直接纠错率). The one nearest the end of a label decides. */
  readonly phrases: readonly string[];
  /**
   * zh head nouns that name the concept only when a label has no phrase of any entry: 办理行政复议案件 is
   * `reconsideration.cases`, but 审结行政复议案件 is `reconsideration.concluded`.
   */
  readonly fallbackPhrases?: readonly string[];
  /**
   * Topic words one of which must be the topic of the figure (in its label, or before it in its sentence):
   * 维持 is `reconsideration.upheld` only where the topic is 复议.
   */
  readonly requires?: readonly string[];
  /** Words the concept takes for granted, which do not narrow it (规范性文件 for the review of normative documents). */
  readonly implied?: readonly string[];
  /** For a rate: the id of its denominator. */
  readonly base?: string;
  /** For a rate: the id of its numerator. */
  readonly numerator?: string;
}

import type { BilingualText } from '../schema/localized-text.js';

/** One outcome category of a codelist, with the groups it belongs to. */
export interface OutcomeCategory<Group extends string = string> {
  readonly code: string;
  readonly label: BilingualText;
  readonly groups: readonly Group[];
}

/** Which parts of a breakdown a derived rate counts: the union of these groups and categories, or the stated total. */
export type PartSelector<Group extends string = string> = { readonly group: Group } | { readonly category: string } | { readonly total: true };

/** An official rate derived from an outcome breakdown, e.g. 纠错率 = corrections ÷ concluded. */
export interface DerivedRateDefinition<Group extends string = string> {
  readonly id: string;
  readonly label: BilingualText;
  /** The base in words, e.g. "审结案件" / "concluded cases". */
  readonly base: BilingualText;
  readonly numerator: readonly PartSelector<Group>[];
  readonly denominator: PartSelector<Group>;
}

/** A codelist of outcome categories, their groups and the official rates derived from them. */
export interface OutcomeCodelist<Group extends string = string> {
  readonly id: string;
  readonly label: BilingualText;
  readonly categories: readonly OutcomeCategory<Group>[];
  readonly groups: Readonly<Record<Group, BilingualText>>;
  readonly derivedRates: readonly DerivedRateDefinition<Group>[];
}

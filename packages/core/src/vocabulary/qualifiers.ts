/**
 * How a stated figure relates to the true number:
 * `exact` (达, 为, or no marker), `at_least` (余, 以上, 逾, 超, 超过),
 * `approximately` (约, 左右, 近), `at_most` (不足, 以下, 以内).
 */
export const QUALIFIERS = ['exact', 'at_least', 'approximately', 'at_most'] as const;

/** One of {@link QUALIFIERS}. */
export type Qualifier = (typeof QUALIFIERS)[number];

import type { OutcomeCodelist } from './codelist.js';
import { LITIGATION_CODELIST } from './litigation-outcomes.js';
import { RECONSIDERATION_CODELIST } from './reconsideration-outcomes.js';

export * from './codelist.js';
export * from './litigation-outcomes.js';
export * from './reconsideration-outcomes.js';

/** Ids of the built-in outcome codelists. */
export const CODELIST_IDS = ['reconsideration_outcome', 'litigation_outcome'] as const;

/** One of {@link CODELIST_IDS}. */
export type CodelistId = (typeof CODELIST_IDS)[number];

/** The built-in outcome codelists by id. */
export const CODELISTS: Readonly<Record<CodelistId, OutcomeCodelist>> = {
  reconsideration_outcome: RECONSIDERATION_CODELIST,
  litigation_outcome: LITIGATION_CODELIST,
};

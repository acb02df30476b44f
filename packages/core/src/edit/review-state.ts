import { reasonsOf } from '../extract/reasons.js';
import type { Indicator } from '../schema/indicator.js';
import type { JsonValue } from '../schema/json-value.js';

/**
 * Where an indicator stands in review: `to-check`, drafted from the text with reasons for doubt and not yet
 * looked at; `drafted`, drafted without doubt and not yet looked at; `reviewed`, looked at by a person (accepted
 * or edited); `entered`, not drafted by the extractor at all (typed in, or from a report made elsewhere).
 */
export type ReviewState = 'to-check' | 'drafted' | 'reviewed' | 'entered';

const noteOf = (indicator: Indicator): Record<string, JsonValue> | undefined => {
  const note = indicator.extensions?.extraction;
  return typeof note === 'object' && note !== null && !Array.isArray(note) ? note : undefined;
};

/**
 * The review state of an indicator (see {@link ReviewState}), from the note the extractor left in
 * `extensions.extraction` and the mark an edit adds to it.
 *
 * @example
 * ```ts
 * reviewStateOf(draft.indicators[0]); // 'to-check'
 * reviewStateOf(applyEdit(draft, { type: 'accept', id: draft.indicators[0].id }).indicators[0]); // 'reviewed'
 * ```
 */
export function reviewStateOf(indicator: Indicator): ReviewState {
  const note = noteOf(indicator);
  if (!note) return 'entered';
  if (note.reviewed === true) return 'reviewed';
  return reasonsOf(indicator.extensions).length > 0 ? 'to-check' : 'drafted';
}

/** `indicator` marked reviewed when the extractor drafted it (its evidence kept); the same object otherwise. */
export function markReviewed(indicator: Indicator): Indicator {
  const note = noteOf(indicator);
  if (!note || note.reviewed === true) return indicator;
  return { ...indicator, extensions: { ...indicator.extensions, extraction: { ...note, reviewed: true } } };
}

import { computeReport, parseReport, type ComputedReport, type Report } from '@rule-of-law/core';
import type { RolErrorDetail } from '../events.js';
import { computeError, invalidError } from './errors.js';

/** A report validated and computed, or why it could not be. */
export type PreparedReport =
  { readonly ok: true; readonly report: Report; readonly computed: ComputedReport } | { readonly ok: false; readonly error: RolErrorDetail };

/** Validation and computation are done once per input object, however many elements show it. */
const cache = new WeakMap<object, PreparedReport>();

/** How many JSON texts (with the URL they came from) are remembered, and up to what length: the reports of one page. */
const TEXTS_REMEMBERED = 4;
const TEXT_REMEMBERED_MAX_LENGTH = 1 << 20;

/** The last JSON texts prepared, oldest first: elements given the same text (one `src`) share the result. */
const texts = new Map<string, { readonly src: string | undefined; readonly prepared: PreparedReport }>();

/**
 * Validates anything (an object, or JSON text) with core's `parseReport` and computes it with
 * `computeReport`. Never throws. Objects are memoised by identity: to show changed data, assign a new
 * object (as Lit expects anyway); the last few JSON texts by their content and URL, so that a report and
 * its parts loading one `src` validate it once.
 */
export function prepareReport(input: unknown, src?: string): PreparedReport {
  if (typeof input === 'string') {
    const remembered = texts.get(input);
    if (remembered && remembered.src === src) return remembered.prepared;
    const prepared = prepareNew(input, src);
    if (input.length > TEXT_REMEMBERED_MAX_LENGTH) return prepared;
    texts.delete(input);
    texts.set(input, { src, prepared });
    if (texts.size > TEXTS_REMEMBERED) texts.delete(texts.keys().next().value!);
    return prepared;
  }
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const hit = key && cache.get(key);
  if (hit) return hit;
  const prepared = prepareNew(input, src);
  if (key) cache.set(key, prepared);
  return prepared;
}

function prepareNew(input: unknown, src: string | undefined): PreparedReport {
  const parsed = parseReport(input);
  let prepared: PreparedReport;
  if (!parsed.ok) {
    prepared = { ok: false, error: invalidError(parsed.issues, src) };
  } else {
    try {
      prepared = { ok: true, report: parsed.report, computed: computeReport(parsed.report) };
      cache.set(parsed.report, prepared);
    } catch (error) {
      prepared = { ok: false, error: computeError(error) };
    }
  }
  return prepared;
}

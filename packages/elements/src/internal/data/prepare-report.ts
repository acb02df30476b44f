import { computeReport, parseReport, type ComputedReport, type Report } from '@rule-of-law/core';
import type { RolErrorDetail } from '../events.js';
import { computeError, invalidError } from './errors.js';

/** A report validated and computed, or why it could not be. */
export type PreparedReport =
  | { readonly ok: true; readonly report: Report; readonly computed: ComputedReport }
  | { readonly ok: false; readonly error: RolErrorDetail };

/** Validation and computation are done once per input object, however many elements show it. */
const cache = new WeakMap<object, PreparedReport>();

/**
 * Validates anything (an object, or JSON text) with core's `parseReport` and computes it with
 * `computeReport`. Never throws. Objects are memoised by identity: to show changed data, assign a new
 * object (as Lit expects anyway).
 */
export function prepareReport(input: unknown, src?: string): PreparedReport {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const hit = key && cache.get(key);
  if (hit) return hit;
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
  if (key) cache.set(key, prepared);
  return prepared;
}

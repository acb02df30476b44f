import * as z from 'zod/mini';

/** What a library check reports into: zod's parse payload (its value and its issue list). */
export type RolIssueSink = z.core.ParsePayload;

/**
 * Adds one of the library's own validation issues: code `custom`, message `rol:` + the key of its text in
 * `parse/messages.ts`, with the values the text needs, at `path` below the checked value.
 */
export function rolIssue(sink: RolIssueSink, key: string, params: Record<string, unknown>, path: (string | number)[]): void {
  sink.issues.push({ code: 'custom', message: `rol:${key}`, params, path, input: sink.value, continue: true });
}

/**
 * A check of the library's own rules on an already well-typed value, reporting with {@link rolIssue}.
 * What `z.superRefine` does, without building a fresh `addIssue` closure for every value checked (a
 * report has a hundred quantities).
 *
 * @example
 * ```ts
 * PeriodSchema.check(rolCheck((period, sink) => { if (period.end < period.start) rolIssue(sink, 'period-order', period, ['end']); }));
 * ```
 */
export function rolCheck<T>(check: (value: T, sink: RolIssueSink) => void): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => check(payload.value, payload as RolIssueSink));
}

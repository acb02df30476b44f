import * as z from 'zod/mini';
import type { RolIssueSink } from '../rules/rol-issue.js';

/**
 * A check of the library's own rules (a function of `rules/`) on an already well-typed value, reporting with
 * `rolIssue`. What `z.superRefine` does, without building a fresh `addIssue` closure for every value checked
 * (a report has a hundred quantities). The rule is kept on the check's definition (`rolCheck`), so that the
 * validator generated from the schemas (scripts/write-report-validator.ts) calls the same function.
 *
 * @example
 * ```ts
 * PeriodSchema.check(rolCheck(checkPeriodOrder));
 * ```
 */
export function rolCheck<T>(rule: (value: T, sink: RolIssueSink) => void): z.core.$ZodCheck<T> {
  const check = z.check<T>((payload) => rule(payload.value, payload as unknown as RolIssueSink));
  Object.assign(check._zod.def, { rolCheck: rule });
  return check;
}

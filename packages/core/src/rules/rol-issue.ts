import type { ValidationIssue } from '../parse/validation-issue.js';

/** What a library check reports into: the value checked and the issue list (the shape of zod's parse payload). */
export interface RolIssueSink {
  readonly value: unknown;
  readonly issues: ValidationIssue[];
}

/**
 * Adds one of the library's own validation issues: code `custom`, message `rol:` + the key of its text in
 * `parse/messages.ts`, with the values the text needs, at `path` below the checked value. Such issues never
 * stop the checks after them.
 */
export function rolIssue(sink: RolIssueSink, key: string, params: Record<string, unknown>, path: (string | number)[]): void {
  sink.issues.push({ code: 'custom', message: `rol:${key}`, params, path, input: sink.value, continue: true });
}

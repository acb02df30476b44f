import type { Locale, BilingualText, ReportIssue } from '@rule-of-law/core';
import type { ErrorKind, RolErrorDetail } from '../events.js';
import { stringsOf, type Strings } from '../i18n/strings.js';

type Bilingual = BilingualText;

function bilingual(message: (strings: Strings, locale: Locale) => string): Bilingual {
  return { 'zh-CN': message(stringsOf('zh-CN'), 'zh-CN'), en: message(stringsOf('en'), 'en') };
}

function single(code: string, message: Bilingual): ReportIssue<string>[] {
  return [{ path: [], pointer: '', code, message }];
}

function failure(kind: ErrorKind, code: string, message: Bilingual, extra: Partial<RolErrorDetail> = {}): RolErrorDetail {
  return { kind, issues: single(code, message), message, retryable: false, ...extra };
}

/** The server answered with an error status. */
export function httpError(status: number, src: string): RolErrorDetail {
  return failure(
    'http',
    `http_${status}`,
    bilingual((s) => s.errorHttp(status)),
    { status, src, retryable: true },
  );
}

/** The request failed before any answer (offline, refused, blocked). */
export function networkError(src: string): RolErrorDetail {
  return failure(
    'network',
    'network',
    bilingual((s) => s.errorNetwork),
    { src, retryable: true },
  );
}

/** The answer did not come within the time limit. */
export function timeoutError(src: string, timeoutMs: number): RolErrorDetail {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return failure(
    'timeout',
    'timeout',
    bilingual((s) => s.errorTimeout(seconds)),
    { src, retryable: true },
  );
}

/** The answer is larger than the limit: not read any further (a report is far smaller; this is not worth a retry). */
export function tooLargeError(src: string, maxBytes: number): RolErrorDetail {
  const megabytes = Math.round(maxBytes / 104857.6) / 10;
  return failure(
    'too-large',
    'too_large',
    bilingual((s) => s.errorTooLarge(megabytes)),
    { src },
  );
}

/** The data is not a valid report: every issue from core's `parseReport`. */
export function invalidError(issues: readonly ReportIssue<string>[], src?: string): RolErrorDetail {
  const message = bilingual((s) => s.errorInvalid(issues.length));
  return { kind: 'invalid', issues, message, retryable: src !== undefined, ...(src === undefined ? {} : { src }) };
}

/** The named indicator is missing, was not named, or has a kind the element cannot show. */
export function indicatorError(message: (strings: Strings, locale: Locale) => string): RolErrorDetail {
  return failure('not-found', 'indicator', bilingual(message));
}

/** Computing the validated report threw: a bug in the library, reported rather than half-drawn. */
export function computeError(error: unknown): RolErrorDetail {
  const message = bilingual((s) => `${s.errorCompute} ${String(error)}`);
  return failure('compute', 'compute', message);
}

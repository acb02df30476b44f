import type { RolErrorDetail } from '../events.js';
import { httpError, networkError, timeoutError } from './errors.js';

/** The result of {@link fetchText}: the body, a failure, or `aborted` when the caller gave up on it. */
export type FetchTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: RolErrorDetail }
  | { readonly ok: false; readonly aborted: true };

const TIMEOUT = Symbol('timeout');

/**
 * Fetches `url` as text with a time limit. `signal` lets the caller abandon the request (when `src`
 * changes or the element leaves the page); that gives `{ aborted: true }`, never an error.
 */
export async function fetchText(url: string, options: { readonly timeoutMs: number; readonly signal: AbortSignal }): Promise<FetchTextResult> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, error: httpError(response.status, url) };
    return { ok: true, text: await response.text() };
  } catch {
    if (options.signal.aborted) return { ok: false, aborted: true };
    if (controller.signal.reason === TIMEOUT) return { ok: false, error: timeoutError(url, options.timeoutMs) };
    return { ok: false, error: networkError(url) };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

import type { RolErrorDetail } from '../events.js';
import { httpError, networkError, timeoutError, tooLargeError } from './errors.js';

/** The result of {@link fetchText}: the body, a failure, or `aborted` when the caller gave up on it. */
export type FetchTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: RolErrorDetail }
  | { readonly ok: false; readonly aborted: true };

/**
 * The largest answer read, in bytes: 5 MB. The reference report is 36 KB and a province's roll-up a few
 * hundred; anything larger is not a report, and reading, parsing and drawing it would stall the page.
 */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const TIMEOUT = Symbol('timeout');
const TOO_LARGE = Symbol('too-large');

/** The body as text, read chunk by chunk and given up (with the request) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<string> {
  const tooLarge = (): never => {
    controller.abort(TOO_LARGE);
    throw TOO_LARGE;
  };
  if (Number(response.headers.get('Content-Length')) > maxBytes) tooLarge();
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? tooLarge() : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) tooLarge();
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches `url` as text with a time limit and a size limit ({@link MAX_RESPONSE_BYTES}: larger answers are
 * refused from their `Content-Length`, or abandoned while streaming). `signal` lets the caller abandon the
 * request (when `src` changes or the element leaves the page); that gives `{ aborted: true }`, never an error.
 */
export async function fetchText(
  url: string,
  options: { readonly timeoutMs: number; readonly signal: AbortSignal; readonly maxBytes?: number },
): Promise<FetchTextResult> {
  const controller = new AbortController();
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const onAbort = (): void => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT), options.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, error: httpError(response.status, url) };
    return { ok: true, text: await readLimited(response, maxBytes, controller) };
  } catch {
    if (options.signal.aborted) return { ok: false, aborted: true };
    if (controller.signal.reason === TOO_LARGE) return { ok: false, error: tooLargeError(url, maxBytes) };
    if (controller.signal.reason === TIMEOUT) return { ok: false, error: timeoutError(url, options.timeoutMs) };
    return { ok: false, error: networkError(url) };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

import type { RolErrorDetail } from '../events.js';
import { httpError, networkError, timeoutError, tooLargeError } from './errors.js';

/** The result of {@link fetchText}: the body, a failure, or `aborted` when the caller gave up on it. */
export type FetchTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: RolErrorDetail } | { readonly ok: false; readonly aborted: true };

/**
 * The largest answer read, in bytes: 5 MB. The reference report is 36 KB and a province's roll-up a few
 * hundred; anything larger is not a report, and reading, parsing and drawing it would stall the page.
 */
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const TOO_LARGE = Symbol('too-large');

/** The body as text, read chunk by chunk and given up (with the request) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<string> {
  const tooLarge = (): never => {
    controller.abort(TOO_LARGE);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the same reason the request was aborted with, told apart by identity
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

/** One HTTP request, shared by every element asking for the same URL while it is in flight. */
interface SharedRequest {
  readonly answer: Promise<FetchTextResult>;
  readonly controller: AbortController;
  /** How many callers still wait for it: when the last one leaves, the request is abandoned. */
  waiting: number;
}

/** The requests in flight, by URL and size limit; an entry leaves when its answer is in or nobody waits. */
const inFlight = new Map<string, SharedRequest>();

function request(url: string, maxBytes: number, key: string): SharedRequest {
  const controller = new AbortController();
  const answer = (async (): Promise<FetchTextResult> => {
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return { ok: false, error: httpError(response.status, url) };
      return { ok: true, text: await readLimited(response, maxBytes, controller) };
    } catch {
      if (controller.signal.reason === TOO_LARGE) return { ok: false, error: tooLargeError(url, maxBytes) };
      return controller.signal.aborted ? { ok: false, aborted: true } : { ok: false, error: networkError(url) };
    } finally {
      if (inFlight.get(key)?.controller === controller) inFlight.delete(key);
    }
  })();
  return { answer, controller, waiting: 0 };
}

/**
 * Fetches `url` as text with a time limit and a size limit ({@link MAX_RESPONSE_BYTES}: larger answers are
 * refused from their `Content-Length`, or abandoned while streaming). `signal` lets the caller abandon the
 * request (when `src` changes or the element leaves the page); that gives `{ aborted: true }`, never an error.
 *
 * Callers asking for the same URL while it is in flight share one HTTP request (a report and its parts on
 * one page, each with the same `src`, download it once, and a `<link rel="preload">` of it serves them
 * all); each keeps its own time limit, and the request is abandoned only when every caller has left it.
 * A request made after the answer came in (a retry) is a new one.
 */
export async function fetchText(
  url: string,
  options: { readonly timeoutMs: number; readonly signal: AbortSignal; readonly maxBytes?: number },
): Promise<FetchTextResult> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  const key = `${maxBytes} ${url}`;
  let shared = inFlight.get(key);
  if (!shared) inFlight.set(key, (shared = request(url, maxBytes, key)));
  shared.waiting += 1;
  let leave!: (result: FetchTextResult) => void;
  const left = new Promise<FetchTextResult>((resolve) => (leave = resolve));
  const onAbort = (): void => leave({ ok: false, aborted: true });
  if (options.signal.aborted) onAbort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => leave({ ok: false, error: timeoutError(url, options.timeoutMs) }), options.timeoutMs);
  const result = await Promise.race([shared.answer, left]);
  clearTimeout(timer);
  options.signal.removeEventListener('abort', onAbort);
  shared.waiting -= 1;
  if (shared.waiting === 0 && inFlight.get(key) === shared) {
    inFlight.delete(key);
    shared.controller.abort();
  }
  return result;
}

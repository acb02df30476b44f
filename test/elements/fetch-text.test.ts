// fetchText: elements asking for the same URL while it is in flight share one request, each with its own
// time limit; the request is abandoned only when every caller has left; a request after the answer (a retry)
// is a new one. Driven by a fetch stand-in answering after a delay, with fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchText, type FetchTextResult } from '../../packages/elements/src/internal/data/fetch-text.js';

const URL = '/report.json';
const TEXT = '{"schemaVersion":1}';

/** Every call of the fetch stand-in: the signal it was given. */
let calls: AbortSignal[];

/** Installs a fetch that answers `status` (with TEXT when 200) `afterMs` after it is called, unless aborted first. */
function serve(afterMs: number, status = 200): void {
  calls = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    const signal = init.signal!;
    calls.push(signal);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ ok: status === 200, status, headers: new Headers(), body: null, text: async () => TEXT }), afterMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  });
}

/** A caller: its promise, settled flag, and an abort of its own. */
function call(timeoutMs = 1000) {
  const abort = new AbortController();
  const caller = { result: undefined as FetchTextResult | undefined, abort: () => abort.abort() };
  void fetchText(URL, { timeoutMs, signal: abort.signal }).then((result) => (caller.result = result));
  return caller;
}

const kind = (result: FetchTextResult | undefined): string =>
  !result ? 'pending' : result.ok ? `text ${result.text}` : 'aborted' in result ? 'aborted' : `error ${result.error.kind}`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchText shares one request per URL in flight', () => {
  it('two callers, one request, the same text for both', async () => {
    serve(100);
    const [a, b] = [call(), call()];
    await vi.advanceTimersByTimeAsync(100);
    expect([kind(a.result), kind(b.result), calls.length]).toEqual([`text ${TEXT}`, `text ${TEXT}`, 1]);
  });

  it('a caller joining later, while the request is in flight, gets the same answer', async () => {
    serve(100);
    const a = call();
    await vi.advanceTimersByTimeAsync(60);
    const b = call();
    await vi.advanceTimersByTimeAsync(40);
    expect([kind(a.result), kind(b.result), calls.length]).toEqual([`text ${TEXT}`, `text ${TEXT}`, 1]);
  });

  it('one caller leaving does not abandon the request for the other', async () => {
    serve(100);
    const [a, b] = [call(), call()];
    a.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(kind(a.result)).toBe('aborted');
    expect(calls[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(kind(b.result)).toBe(`text ${TEXT}`);
  });

  it('when every caller has left, the request is abandoned, and the next caller makes a new one', async () => {
    serve(100);
    const [a, b] = [call(), call()];
    a.abort();
    b.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect([kind(a.result), kind(b.result), calls[0]!.aborted]).toEqual(['aborted', 'aborted', true]);
    const c = call();
    await vi.advanceTimersByTimeAsync(100);
    expect([kind(c.result), calls.length]).toEqual([`text ${TEXT}`, 2]);
  });

  it('each caller keeps its own time limit; the request goes on for the patient one', async () => {
    serve(300);
    const [impatient, patient] = [call(100), call(1000)];
    await vi.advanceTimersByTimeAsync(100);
    expect([kind(impatient.result), kind(patient.result), calls[0]!.aborted]).toEqual(['error timeout', 'pending', false]);
    await vi.advanceTimersByTimeAsync(200);
    expect(kind(patient.result)).toBe(`text ${TEXT}`);
  });

  it('a lone caller timing out abandons the request', async () => {
    serve(300);
    const a = call(100);
    await vi.advanceTimersByTimeAsync(100);
    expect([kind(a.result), calls[0]!.aborted]).toEqual(['error timeout', true]);
  });

  it('a failure is shared too, and a retry after it is a new request', async () => {
    serve(50, 500);
    const [a, b] = [call(), call()];
    await vi.advanceTimersByTimeAsync(50);
    expect([kind(a.result), kind(b.result), calls.length]).toEqual(['error http', 'error http', 1]);
    const retry = call();
    await vi.advanceTimersByTimeAsync(50);
    expect([kind(retry.result), calls.length]).toEqual(['error http', 2]);
  });

  it('a caller whose signal is already aborted leaves at once, and makes no request that goes on', async () => {
    serve(100);
    const abort = new AbortController();
    abort.abort();
    const result = await fetchText(URL, { timeoutMs: 1000, signal: abort.signal });
    expect(kind(result)).toBe('aborted');
    expect(calls.every((signal) => signal.aborted)).toBe(true);
  });
});

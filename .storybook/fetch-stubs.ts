/**
 * Storybook is a static site, so it has no slow server to show the loading and timeout states with.
 * This stub answers two reserved same-origin URLs in the preview instead of the network (the same
 * names as the browser tests' endpoints in web-test-runner.config.mjs); every other request goes
 * through untouched, so the 404, invalid-JSON and network-error stories are real failures.
 *
 * - `…/__rol/never.json`: never answers (until the element gives up: its `timeout`, or a new `src`).
 * - `…/__rol/slow.json?ms=1500`: answers with the reference report after `ms` milliseconds.
 */
import reference from '../examples/hangzhoudao-2023.json';

/** The path segment the stub answers. */
export const STUB_PREFIX = '/__rol/';

function urlOf(input: RequestInfo | URL): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, document.baseURI);
}

function abortable<T>(signal: AbortSignal | null | undefined, start: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    start(resolve);
  });
}

const realFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = urlOf(input);
  const stubbed = url.origin === location.origin && url.pathname.includes(STUB_PREFIX);
  if (!stubbed) return realFetch(input, init);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  const name = url.pathname.slice(url.pathname.lastIndexOf(STUB_PREFIX) + STUB_PREFIX.length);
  if (name === 'never.json') return abortable<Response>(signal, () => {});
  if (name === 'slow.json') {
    const ms = Number(url.searchParams.get('ms') ?? 1500);
    return abortable<Response>(signal, (resolve) => {
      const timer = setTimeout(() => resolve(new Response(JSON.stringify(reference), { headers: { 'content-type': 'application/json' } })), ms);
      signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
    });
  }
  return Promise.resolve(new Response(`no stub for ${url.pathname}`, { status: 404, statusText: 'Not Found' }));
};

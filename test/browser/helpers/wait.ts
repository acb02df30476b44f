// Waiting on positive signals instead of fixed sleeps, so that the browser tests hold on a loaded machine.
// None of these has a time limit of its own: the test's timeout (15 s, web-test-runner.config.mjs) bounds them.
//
// Why no requestAnimationFrame barrier: web-test-runner runs two test files at once, and the page it opened
// first is hidden (`document.visibilityState === 'hidden'`). A hidden page renders no frames, so rAF callbacks,
// ResizeObserver observations and layout-shift entries wait until it is shown, which may be never.
import { settled } from './dom.js';

/**
 * Resolves in a later task (a MessageChannel message, which hidden pages do not throttle): after every
 * microtask queued so far — promise reactions, MutationObserver callbacks, Lit updates — has run.
 *
 * @example
 * ```ts
 * element.requestUpdate();
 * await nextTask(); // the element's MutationObserver has seen the re-render
 * ```
 */
export function nextTask(): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

/**
 * Resolves once `element` has done everything already set in motion that runs without the network or a timer:
 * its pending updates ({@link settled}), then a task boundary ({@link nextTask}) so that the microtasks those
 * updates queued (MutationObserver callbacks of its own DOM, promise reactions) have run, then any update they
 * requested. An event such work would fire (`rol-load`, `rol-error`: fired after an update) has fired by then.
 *
 * @example
 * ```ts
 * convertPage();
 * element.requestUpdate();
 * await quiescent(element);
 * equal(loads, 0, 'the toolbar’s rewriting is not a new report');
 * ```
 */
export async function quiescent(element: Element): Promise<void> {
  await settled(element);
  await nextTask();
  await settled(element);
}

/**
 * Resolves once `check()` holds: tested now and after each batch of DOM changes inside `root` (its subtree:
 * child lists, text and attributes; a shadow root below it needs its own call). For what shows up without an
 * event, e.g. the change lines a report draws once its `previous-src` has loaded.
 *
 * @example
 * ```ts
 * await until(element.shadowRoot!, () => element.shadowRoot!.querySelector('[part="change"]') !== null);
 * ```
 */
export function until(root: Node, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  const view = (root.ownerDocument ?? (root as Document)).defaultView as (Window & typeof globalThis) | null;
  const Observer = view?.MutationObserver ?? MutationObserver;
  return new Promise((resolve) => {
    const observer = new Observer(() => {
      if (!check()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/**
 * Resolves after `count` frames of `view` have been rendered — or at once, or as soon as, the page is hidden:
 * a hidden page renders no frames (nor layout-shift entries) until it is shown.
 *
 * @example
 * ```ts
 * await renderedFrames(2); // the adopted styles have been painted before layout shifts are observed
 * ```
 */
export function renderedFrames(count: number, view: Window = window): Promise<void> {
  const { document } = view;
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      document.removeEventListener('visibilitychange', onVisibility);
      resolve();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') finish();
    };
    if (document.visibilityState === 'hidden') return finish();
    document.addEventListener('visibilitychange', onVisibility);
    const step = (left: number): void => {
      if (left === 0) finish();
      else view.requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/**
 * Resolves once a `<rule-of-law-trend>` (in a shadow root or the light DOM, in any frame) has drawn at the width it
 * measured. The trend measures its first chart's drawing area once its update that drew it has completed, and
 * again in its ResizeObserver's callback (no timer); it redraws when the width changed. This waits for its updates;
 * then for a task boundary (a timer of its own window), after which those measurements and redraws have run; then —
 * where the page renders frames — for a ResizeObserver of its own created after the trend's (observers are called
 * in the order they were created) to see the area and for a timer set in that callback; and for the redraws those
 * measurements asked for.
 *
 * @example
 * ```ts
 * element.indicators = 'enforcement.penalties';
 * element.reports = syntheticYears();
 * await nextEvent(element, 'rol-load');
 * await measured(element);
 * ```
 */
export async function measured(element: Element): Promise<void> {
  const view = element.ownerDocument.defaultView as Window & typeof globalThis;
  await settled(element);
  await new Promise<void>((resolve) => view.setTimeout(resolve));
  await settled(element);
  const area = (element.shadowRoot ?? element).querySelector('.plot-area');
  const { document } = view;
  if (!area || area.getClientRects().length === 0 || document.visibilityState === 'hidden') return;
  await new Promise<void>((resolve) => {
    const finish = (): void => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      resolve();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') finish();
    };
    const observer = new view.ResizeObserver(() => view.setTimeout(finish));
    document.addEventListener('visibilitychange', onVisibility);
    observer.observe(area);
  });
  await settled(element);
}

/**
 * Resolves once an `<img src="x">` added now has failed to load and fired `error`. The hostile label
 * `<img src=x onerror="window.__pwned=2">` of the XSS tests asks for the same URL: had an element drawn it as
 * markup — even for one render — that image, requested earlier, would have failed and run its handler by then.
 *
 * @example
 * ```ts
 * await brokenImageReported();
 * equal(window.__pwned, undefined);
 * ```
 */
export function brokenImageReported(): Promise<void> {
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.addEventListener('error', () => resolve(), { once: true });
    image.addEventListener('load', () => reject(new Error('the URL "x" loaded: it must fail for this barrier')), { once: true });
    image.src = 'x';
  });
}

/**
 * Resolves once every `unhandledrejection` event the page's work so far has caused has been dispatched. The HTML
 * spec queues those events on the DOM manipulation task source when a microtask checkpoint ends; this waits for
 * the next task (so the checkpoints before it have ended), then for a `<details>` element's `toggle` event, which
 * is queued on the same task source — and so dispatched after them.
 *
 * @example
 * ```ts
 * await rejectionsReported();
 * equal(pageErrors.join('\n'), '', 'nothing was thrown to the page');
 * ```
 */
export async function rejectionsReported(): Promise<void> {
  await nextTask();
  const details = document.createElement('details');
  await new Promise<void>((resolve) => {
    details.addEventListener('toggle', () => resolve(), { once: true });
    details.open = true;
  });
}

/**
 * Sets `<html lang>` and resolves once the page's MutationObservers have seen it: the elements' locale observer
 * (created when the first element connected) runs before this one (observers are notified in the order they
 * were created), so every element has asked for its re-render; await `settled` for the re-render itself.
 *
 * @example
 * ```ts
 * await setPageLang('en-GB');
 * await settled(element);
 * ```
 */
export function setPageLang(lang: string): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
    root.lang = lang;
  });
}

/**
 * Shows this test's page (web-test-runner's other tab is then the hidden one) and keeps it shown until the
 * returned function is called: a hidden page delivers no ResizeObserver observations and renders no frames.
 *
 * @example
 * const release = await keepPageVisible();
 * try { … } finally { release(); }
 */
export async function keepPageVisible(): Promise<() => void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const show = (): void => {
    if (document.visibilityState === 'hidden') void executeServerCommand('rol-bring-to-front');
  };
  document.addEventListener('visibilitychange', show);
  const shown = new Promise<void>((resolve) => {
    const check = (): void => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', check);
      resolve();
    };
    document.addEventListener('visibilitychange', check);
    check();
  });
  await executeServerCommand('rol-bring-to-front');
  await shown;
  return () => document.removeEventListener('visibilitychange', show);
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComputedReport, Report } from '@rule-of-law/core';
import type { RolErrorDetail } from '../events.js';
import { fetchText } from './fetch-text.js';
import { prepareReport } from './prepare-report.js';

/**
 * One report to load: an object or JSON text (validated like the `report` property; the text of an inline
 * `<script type="application/json">` child is one, see {@link inlineInput}) or a URL (fetched like `src`).
 */
export type ReportInput = { readonly report: unknown } | { readonly src: string };

/** A report that loaded, validated and computed, with the URL it came from. */
export interface LoadedReport {
  readonly report: Report;
  readonly computed: ComputedReport;
  readonly src?: string;
}

/** What an element that shows one or several reports has to show. */
export type ReportsState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: RolErrorDetail }
  | { readonly status: 'ready'; readonly reports: readonly LoadedReport[] };

/** What {@link ReportsLoader} reads from its element, each time it syncs. */
export interface ReportsLoaderOptions {
  /** The inputs in force, in order; `undefined` entries are skipped. */
  readonly inputs: () => readonly (ReportInput | undefined)[];
  /** The time limit of each URL, in milliseconds. */
  readonly timeoutMs: () => number;
  /** Told once per outcome, after the element has rendered it (to fire `rol-load` / `rol-error`). */
  readonly settled?: (state: ReportsState) => void;
  /**
   * The element takes an inline JSON child ({@link inlineInput}): its children are watched, and the inputs
   * synced when they change. Only a changed input reloads: the element's own light-DOM rendering, a static
   * fallback giving way or a page toolbar rewriting text (简→繁) do not.
   */
  readonly inline?: boolean;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * The inline `<script type="application/json">` child of `host` as an input (its text), or `undefined`
 * when there is none.
 *
 * @example
 * ```ts
 * inputs: () => [this.report != null ? { report: this.report } : this.src ? { src: this.src } : inlineInput(this)],
 * ```
 */
export function inlineInput(host: Element): ReportInput | undefined {
  const script = host.querySelector<HTMLScriptElement>(INLINE);
  return script ? { report: script.textContent ?? '' } : undefined;
}

type Loaded = { readonly ok: true; readonly loaded: LoadedReport } | { readonly ok: false; readonly error?: RolErrorDetail };

const same = (a: ReportInput, b: ReportInput | undefined): boolean =>
  b !== undefined && ('src' in a ? 'src' in b && a.src === b.src : 'report' in b && a.report === b.report);

/**
 * The one loader of the elements, for one report or several: each input is an object or JSON text
 * (validated and computed with core, memoised by identity or text) or a URL (fetched with the element's time
 * limit, sharing one request with every element asking for it, abandoned when the inputs change or the
 * element leaves the page). The first failure, in input order, becomes the error (a fetch failure is
 * retryable through {@link reload}); nothing is shown half-loaded. Outcomes settle after the element has
 * rendered them: `settled` is told once per outcome, so events follow what the reader sees.
 * {@link sync} is cheap when the inputs are the same objects, texts and URLs as last time.
 *
 * @example
 * ```ts
 * private readonly loader = new ReportsLoader(this, { inputs: () => [{ src: this.src }], timeoutMs: () => this.timeout });
 * willUpdate() { this.loader.sync(); }
 * ```
 */
export class ReportsLoader implements ReactiveController {
  state: ReportsState = { status: 'empty' };
  private last: readonly ReportInput[] | undefined;
  private abort: AbortController | undefined;
  private pending: ReportsState | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportsLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.inline && this.host instanceof Node) {
      this.observer ??= new MutationObserver(() => this.sync());
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    if (this.state.status === 'loading') this.reload();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
  }

  hostUpdated(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.options.settled?.(pending);
  }

  /** Loads the inputs again when they differ from the last ones. */
  sync(): void {
    const inputs = this.inputs();
    const last = this.last;
    if (last && inputs.length === last.length && inputs.every((input, index) => same(input, last[index]))) return;
    this.load(inputs);
  }

  /** Loads the inputs again, whatever they are (after a fetch failure). */
  reload(): void {
    this.load(this.inputs());
  }

  private inputs(): ReportInput[] {
    return this.options.inputs().filter((input): input is ReportInput => input !== undefined);
  }

  private load(inputs: readonly ReportInput[]): void {
    this.last = inputs;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const timeoutMs = this.options.timeoutMs();
    const results = inputs.map((input): Loaded | Promise<Loaded> =>
      'src' in input
        ? fetchText(input.src, { timeoutMs, signal: abort.signal }).then((result) => (result.ok ? this.prepare(result.text, input.src) : result))
        : this.prepare(input.report),
    );
    if (!results.some((result) => result instanceof Promise)) return this.settle(this.combine(results as Loaded[]));
    this.settle({ status: 'loading' });
    // An abandoned load (the inputs changed, the element left the page) settles nothing.
    // eslint-disable-next-line @typescript-eslint/await-thenable -- some entries are already settled values, as Promise.all allows
    void Promise.all(results).then((done) => abort.signal.aborted || this.settle(this.combine(done)));
  }

  private prepare(input: unknown, src?: string): Loaded {
    const prepared = prepareReport(input, src);
    if (!prepared.ok) return { ok: false, error: prepared.error };
    return { ok: true, loaded: { report: prepared.report, computed: prepared.computed, ...(src === undefined ? {} : { src }) } };
  }

  private combine(results: readonly Loaded[]): ReportsState {
    if (results.length === 0) return { status: 'empty' };
    const reports: LoadedReport[] = [];
    for (const result of results) {
      if (!result.ok) return result.error ? { status: 'error', error: result.error } : { status: 'loading' };
      reports.push(result.loaded);
    }
    return { status: 'ready', reports };
  }

  private settle(state: ReportsState): void {
    this.state = state;
    this.pending = state.status === 'ready' || state.status === 'error' ? state : undefined;
    this.host.requestUpdate();
  }
}

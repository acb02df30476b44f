import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComputedReport, Report } from '@rule-of-law/core';
import type { RolErrorDetail } from '../events.js';
import { fetchText } from './fetch-text.js';
import { prepareReport } from './prepare-report.js';

/** One report to load: an object (validated like the `report` property) or a URL (fetched like `src`). */
export type ReportInput = { readonly report: unknown } | { readonly src: string };

/** A report that loaded, validated and computed, with the URL it came from. */
export interface LoadedReport {
  readonly report: Report;
  readonly computed: ComputedReport;
  readonly src?: string;
}

/** What an element that shows several reports has to show. */
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
}

type Loaded = { readonly ok: true; readonly loaded: LoadedReport } | { readonly ok: false; readonly error?: RolErrorDetail };

const keyOf = (input: ReportInput): unknown => ('src' in input ? `src:${input.src}` : input.report);

/**
 * Loads several reports at once, each with the same rules as one report's inputs: an object is validated
 * and computed with core (memoised by identity); a URL is fetched with the element's time limit and
 * abandoned when the inputs change or the element leaves the page. The first failure, in input order,
 * becomes the error (a fetch failure is retryable through {@link reload}); nothing is shown half-loaded.
 * {@link sync} is cheap when the inputs are the same objects and URLs as last time.
 */
export class ReportsLoader implements ReactiveController {
  state: ReportsState = { status: 'empty' };
  private keys: readonly unknown[] | undefined;
  private abort: AbortController | undefined;
  private pending: ReportsState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReportsLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.status === 'loading') this.reload();
  }

  hostDisconnected(): void {
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
    const keys = inputs.map(keyOf);
    if (this.keys && keys.length === this.keys.length && keys.every((key, index) => key === this.keys![index])) return;
    this.load(inputs, keys);
  }

  /** Loads the inputs again, whatever they are (after a fetch failure). */
  reload(): void {
    const inputs = this.inputs();
    this.load(inputs, inputs.map(keyOf));
  }

  private inputs(): ReportInput[] {
    return this.options.inputs().filter((input): input is ReportInput => input !== undefined);
  }

  private load(inputs: readonly ReportInput[], keys: readonly unknown[]): void {
    this.keys = keys;
    this.abort?.abort();
    this.abort = undefined;
    if (inputs.length === 0) return this.settle({ status: 'empty' });
    if (inputs.every((input) => 'report' in input)) return this.settle(this.combine(inputs.map((input) => this.prepare((input as { report: unknown }).report))));
    const abort = new AbortController();
    this.abort = abort;
    this.settle({ status: 'loading' });
    const timeoutMs = this.options.timeoutMs();
    void Promise.all(
      inputs.map(async (input): Promise<Loaded> => {
        if ('report' in input) return this.prepare(input.report);
        const result = await fetchText(input.src, { timeoutMs, signal: abort.signal });
        if (result.ok) return this.prepare(result.text, input.src);
        return 'error' in result ? { ok: false, error: result.error } : { ok: false };
      }),
    ).then((results) => {
      if (abort.signal.aborted || this.abort !== abort) return;
      this.abort = undefined;
      this.settle(this.combine(results));
    });
  }

  private prepare(input: unknown, src?: string): Loaded {
    const prepared = prepareReport(input, src);
    if (!prepared.ok) return { ok: false, error: prepared.error };
    return { ok: true, loaded: { report: prepared.report, computed: prepared.computed, ...(src === undefined ? {} : { src }) } };
  }

  private combine(results: readonly Loaded[]): ReportsState {
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

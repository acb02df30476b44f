import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComputedReport, Report } from '@rule-of-law/core';
import { emit, type RolErrorDetail } from '../events.js';
import { fetchText } from './fetch-text.js';
import { prepareReport } from './prepare-report.js';

/** Where a report came from. */
export type ReportOrigin = 'property' | 'src' | 'inline';

/** What a report-showing element has to show. */
export type SourceState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading'; readonly src: string }
  | { readonly status: 'error'; readonly error: RolErrorDetail }
  | { readonly status: 'ready'; readonly report: Report; readonly computed: ComputedReport; readonly origin: ReportOrigin };

/** The element side of {@link ReportSourceController}. */
export interface ReportSourceHost extends ReactiveControllerHost, HTMLElement {
  report?: Report | undefined;
  src?: string | undefined;
  timeout: number;
}

const INLINE = ':scope > script[type="application/json"]';

/**
 * Turns one of three equivalent inputs into a validated, computed report: the `report` property,
 * else the `src` URL (fetched with a time limit, abandoned when `src` changes or the element leaves
 * the page), else an inline `<script type="application/json">` child. Fires `rol-load` or `rol-error`
 * once per outcome, after the element has rendered it.
 */
export class ReportSourceController implements ReactiveController {
  state: SourceState = { status: 'empty' };
  private abort: AbortController | undefined;
  private pending: (() => void) | undefined;
  private childObserver: MutationObserver | undefined;
  private synced = false;
  /** The inline JSON last read (null: there was none). */
  private inline: string | null | undefined;

  /** Stood down by {@link release}: the host shows data given as an object, not `src` or inline JSON. */
  private released = false;

  /** `options.emitErrors: false` leaves `rol-error` to the host, which fires it once per error from every cause. */
  constructor(
    private readonly host: ReportSourceHost,
    private readonly options: { readonly emitErrors?: boolean } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Only a changed inline JSON counts: the element's own light-DOM rendering, the static fallback giving
    // way, or a page toolbar rewriting text (简→繁) must not reload the data and re-render.
    this.childObserver = new MutationObserver(() => {
      if (!this.released && this.host.report == null && !this.host.src && this.inlineText() !== this.inline) this.sync();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.synced && this.state.status === 'loading') this.sync();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.abort?.abort();
  }

  hostUpdated(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.();
  }

  /** Stands down: abandons a fetch in flight and forgets its outcome, without an event (the host shows other data). */
  release(): void {
    this.released = true;
    this.abort?.abort();
    this.abort = undefined;
    this.pending = undefined;
    if (this.state.status !== 'empty') this.state = { status: 'empty' };
  }

  /**
   * For elements that also take data as an object (`given`): load `src` or the inline JSON only while
   * none is given, else {@link release}. Call it when an input changed.
   */
  follow(given: boolean): void {
    if (given) this.release();
    else this.sync();
  }

  /** Reads the inputs again and loads whichever is in force. */
  sync(): void {
    this.synced = true;
    this.released = false;
    this.abort?.abort();
    this.abort = undefined;
    const { report, src } = this.host;
    if (report != null) {
      this.accept(report, 'property');
    } else if (src) {
      void this.fetch(src);
    } else {
      const text = (this.inline = this.inlineText());
      if (text !== null) this.accept(text, 'inline');
      else this.settle({ status: 'empty' });
    }
  }

  /** The text of the inline `<script type="application/json">` child, or null when there is none. */
  private inlineText(): string | null {
    const script = this.host.querySelector<HTMLScriptElement>(INLINE);
    return script ? (script.textContent ?? '') : null;
  }

  private accept(input: unknown, origin: ReportOrigin, src?: string): void {
    const prepared = prepareReport(input, src);
    if (prepared.ok) this.settle({ status: 'ready', report: prepared.report, computed: prepared.computed, origin });
    else this.settle({ status: 'error', error: prepared.error });
  }

  private async fetch(src: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.settle({ status: 'loading', src });
    const result = await fetchText(src, { timeoutMs: this.host.timeout, signal: abort.signal });
    if (abort.signal.aborted || this.abort !== abort) return;
    this.abort = undefined;
    if (result.ok) this.accept(result.text, 'src', src);
    else if ('error' in result) this.settle({ status: 'error', error: result.error });
  }

  private settle(state: SourceState): void {
    this.state = state;
    if (state.status === 'ready') {
      const detail = { report: state.report, computed: state.computed };
      this.pending = () => emit(this.host, 'rol-load', detail);
    } else if (state.status === 'error' && this.options.emitErrors !== false) {
      const detail = state.error;
      this.pending = () => emit(this.host, 'rol-error', detail);
    } else {
      this.pending = undefined;
    }
    this.host.requestUpdate();
  }
}

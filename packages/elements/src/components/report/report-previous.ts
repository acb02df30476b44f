import { html, type ReactiveControllerHost } from 'lit';
import type { ComputedReport, LocaleTag, Report } from '@rule-of-law/core';
import type { Strings } from '../../internal/i18n/strings.js';

/** What a report element offers the support that compares it with an earlier report. */
export interface PreviousHost extends ReactiveControllerHost, HTMLElement {
  previous?: Report | undefined;
  previousSrc?: string | undefined;
  timeout: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the report shows of the comparison in one render. */
export interface PreviousRender {
  /** Under the header: which report it is compared with, or its loading or error state. */
  readonly summary: unknown;
  /** Beside the figure of indicator `id`: its change ("较上年 ▲ 增加42件"), or nothing. */
  change(id: string): unknown;
}

/** The comparison support of one report element (a reactive controller that loads `previous`). */
export interface PreviousSupport {
  render(report: Report, computed: ComputedReport, locale: LocaleTag): PreviousRender;
}

/** Makes the comparison support of a report element. */
export type PreviousSupportFactory = (host: PreviousHost) => PreviousSupport;

let factory: PreviousSupportFactory | undefined;
const supports = new WeakMap<PreviousHost, PreviousSupport>();

/**
 * Gives `<rule-of-law-report>` its `previous` support. Called by `define/compare.js` (and so by the
 * `rule-of-law-all.min.js` bundle): the plain drop-in never loads the comparison code.
 */
export function registerPreviousSupport(make: PreviousSupportFactory): void {
  factory = make;
}

/**
 * The comparison a report shows beside its figures, or `undefined` when neither `previous` nor
 * `previous-src` is set (the report is then exactly as without this feature). Without registered support
 * it is a visible note that comparing needs `rule-of-law-all.min.js`, never a silent nothing.
 */
export function previousRender(host: PreviousHost, report: Report, computed: ComputedReport, locale: LocaleTag, strings: Strings): PreviousRender | undefined {
  if (host.previous == null && !host.previousSrc) return undefined;
  let support = supports.get(host);
  if (!support && factory) {
    support = factory(host);
    supports.set(host, support);
  }
  if (support) return support.render(report, computed, locale);
  return { summary: html`<p part="compare-note" class="state" role="note">${strings.compareNeedsAll}</p>`, change: () => undefined };
}

import type { BilingualText, ComputedReport, LocaleTag, Period, Report, ReportComparison, ReportIssue } from '@rule-of-law/core';

/** What went wrong when loading or showing data. */
export type ErrorKind = 'http' | 'network' | 'timeout' | 'too-large' | 'invalid' | 'not-found' | 'compute';

/** Detail of `rol-load`: the validated report and its computed view. */
export interface RolLoadDetail {
  readonly report: Report;
  readonly computed: ComputedReport;
  /** `<rule-of-law-trend>`: every report shown (`report` is the latest). */
  readonly reports?: readonly Report[];
  /** `<rule-of-law-compare>`: the comparison of `previous` with `report` (the current one). */
  readonly comparison?: ReportComparison;
  /** `<rule-of-law-compare>`: the earlier report. */
  readonly previous?: Report;
}

/** Detail of `rol-error`: what went wrong, every issue found, and whether trying again may help. */
export interface RolErrorDetail {
  readonly kind: ErrorKind;
  /** The issues found (schema issues from core's `parseReport`, or one issue describing the failure). */
  readonly issues: readonly ReportIssue<string>[];
  /** The message shown, in zh-CN and English. */
  readonly message: BilingualText;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The URL that was fetched, for fetch failures. */
  readonly src?: string;
  /** True for fetch failures, which a retry may cure. */
  readonly retryable: boolean;
}

/** Detail of `rol-select`: the chart segment a reader chose. */
export interface RolSelectDetail {
  readonly indicatorId: string;
  readonly category: string;
  readonly label: string;
  readonly value: number;
  /** The share in percent, when defined. */
  readonly share?: number;
  readonly locale: LocaleTag;
  /** `<rule-of-law-trend>`: the period of the chosen point (`category` is its `start/end`). */
  readonly period?: Period;
}

/** The events the elements fire, by name. */
export interface RolEventMap {
  'rol-load': CustomEvent<RolLoadDetail>;
  'rol-error': CustomEvent<RolErrorDetail>;
  'rol-select': CustomEvent<RolSelectDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends RolEventMap {}
}

/**
 * Dispatches one of the library's events from `target`: bubbling and composed, so it crosses shadow
 * roots and reaches a listener on `document`.
 *
 * @example
 * ```ts
 * emit(this, 'rol-select', { indicatorId, category, label, value, share, locale });
 * ```
 */
export function emit<Name extends keyof RolEventMap>(target: EventTarget, name: Name, detail: RolEventMap[Name]['detail']): RolEventMap[Name] {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }) as RolEventMap[Name];
  target.dispatchEvent(event);
  return event;
}

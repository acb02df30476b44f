import { html, nothing, type TemplateResult } from 'lit';
import { type LocaleTag, localized } from '@rule-of-law/core';
import type { StatusOutcome } from '../data/outcome.js';
import type { RolErrorDetail } from '../events.js';
import type { Strings } from '../i18n/strings.js';

/** How many schema issues an error state lists before summing up the rest. */
const MAX_LISTED_ISSUES = 8;

/** The loading state: a polite live region, so a screen reader hears it without losing its place. */
function loadingView(strings: Strings): TemplateResult {
  return html`<div part="status" class="state loading" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span><span>${strings.loading}</span>
  </div>`;
}

/** Shown when no data was given at all: never a blank box. */
function emptyView(strings: Strings): TemplateResult {
  return html`<div part="status" class="state empty" role="status"><p>${strings.empty}</p><slot name="fallback"></slot></div>`;
}

/**
 * The error state: `role="alert"`, what went wrong in the page's language, the schema issues with
 * where they are, a retry button for fetch failures, and the webmaster's fallback content.
 */
function errorView(error: RolErrorDetail, locale: LocaleTag, strings: Strings, onRetry?: () => void): TemplateResult {
  const listed = error.kind === 'invalid' ? error.issues.slice(0, MAX_LISTED_ISSUES) : [];
  const rest = error.kind === 'invalid' ? error.issues.length - listed.length : 0;
  return html`<div part="error" class="state error" role="alert">
    <p class="error-title">${strings.errorTitle}</p>
    <p class="error-message">${localized(error.message, locale)}</p>
    ${
      listed.length > 0
        ? html`<ul class="issues">
          ${listed.map(
            (issue) => html`<li>
              <code>${issue.pointer || strings.reportRoot}</code>
              <span>${localized(issue.message, locale)}</span>
            </li>`,
          )}
        </ul>`
        : nothing
    }
    ${rest > 0 ? html`<p>${strings.moreIssues(rest)}</p>` : nothing}
    ${error.retryable && onRetry ? html`<p><button type="button" part="retry" @click=${onRetry}>${strings.retry}</button></p>` : nothing}
    <slot name="fallback"></slot>
  </div>`;
}

/**
 * The view of a state ({@link loadingView}, {@link emptyView} or {@link errorView}), with `onRetry` offered
 * for an error a retry may cure.
 *
 * @example
 * ```ts
 * statusView({ status: 'loading' }, locale, strings, () => this.reload());
 * ```
 */
export function statusView(state: StatusOutcome, locale: LocaleTag, strings: Strings, onRetry: () => void): TemplateResult {
  if (state.status === 'empty') return emptyView(strings);
  if (state.status === 'loading') return loadingView(strings);
  return errorView(state.error, locale, strings, state.error.retryable ? onRetry : undefined);
}

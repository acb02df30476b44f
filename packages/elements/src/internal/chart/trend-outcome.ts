import { indicatorError } from '../data/errors.js';
import type { LoadedReport } from '../data/reports-loader.js';
import type { RolErrorDetail } from '../events.js';
import { listSeparator } from '../views/trend/trend-labels.js';
import { parseIds, trendModel, type TrendModel } from './trend-series.js';

/** What a trend chart of some reports shows: its model, or why there is nothing to draw. */
export type TrendOutcome = { readonly status: 'model'; readonly model: TrendModel } | { readonly status: 'invalid'; readonly error: RolErrorDetail };

/**
 * The trend of `reports` for the `indicators` attribute (ids space- or comma-separated): the
 * {@link trendModel}, or an error when no indicator is named or none of them is in any report (shown as
 * the error state and fired as `rol-error` by the element, thrown by the static renderer).
 *
 * @example
 * ```ts
 * const outcome = trendOutcome(loaded, 'enforcement.penalties petitions.accepted');
 * if (outcome.status === 'model') trendView(outcome.model, options, context);
 * ```
 */
export function trendOutcome(reports: readonly LoadedReport[], indicators: string | undefined): TrendOutcome {
  const ids = parseIds(indicators);
  if (ids.length === 0) return { status: 'invalid', error: indicatorError((s) => s.errorNoIndicator) };
  const model = trendModel(reports, ids);
  if (model.series.length > 0) return { status: 'model', model };
  return { status: 'invalid', error: indicatorError((s, locale) => s.errorNotFound(model.missing.join(listSeparator(locale)))) };
}

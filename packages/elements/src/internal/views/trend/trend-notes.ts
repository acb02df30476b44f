import { html, nothing, type TemplateResult } from 'lit';
import type { TrendModel } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { listSeparator, periodLabel, trendWords } from './trend-labels.js';

/**
 * The notes under a trend, each only when it applies: the units drawn apart, gaps that are not zeros,
 * qualified figures, indicators found in no report, and issuers with more than one report for a period.
 *
 * @example
 * ```ts
 * trendNotes(model, viewContext('zh-CN')); // <ul part="notes">…并非为零…</ul>, or nothing
 * ```
 */
export function trendNotes(model: TrendModel, context: ViewContext): TemplateResult | typeof nothing {
  const words = trendWords(context);
  const notes: string[] = [];
  if (model.groups.length > 1) notes.push(words.unitsNote(model.groups.length));
  if (model.hasGaps) notes.push(words.gapsNote);
  if (model.hasQualified) notes.push(words.qualifiedNote);
  if (model.missing.length > 0) notes.push(words.missingIndicators(model.missing.join(listSeparator(context.locale))));
  for (const duplicate of model.duplicates) notes.push(words.duplicatePeriod(duplicate.issuer.name, periodLabel(duplicate.period, context)));
  if (notes.length === 0) return nothing;
  return html`<ul part="notes" class="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
}

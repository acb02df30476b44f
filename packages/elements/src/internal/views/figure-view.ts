import { html, nothing, type TemplateResult } from 'lit';
import { formatQuantity, type ComputedIndicator, type Quantity } from '@rule-of-law/core';
import { textSpan } from '../i18n/text.js';
import type { ViewContext } from './view-context.js';

/** The indicator kinds a figure shows (a breakdown shows its stated total). */
export type FigureKind = 'count' | 'amount' | 'measure' | 'breakdown';

/**
 * One figure: its label, the figure as the report wrote it ("996余人次") and its note. Shared by
 * `<rule-of-law-figure>`, the report's light-DOM rendering and the static HTML renderer.
 */
export function figureView(entry: Extract<ComputedIndicator, { kind: FigureKind }>, context: ViewContext): TemplateResult {
  const { locale } = context;
  const { indicator } = entry;
  const quantity: Quantity | undefined =
    entry.kind === 'breakdown' ? (entry.indicator.total && 'value' in entry.indicator.total ? entry.indicator.total : undefined) : entry.quantity;
  const figure = entry.kind === 'breakdown' ? (quantity ?? entry.total ?? entry.sum) : quantity;
  return html`<div part="base" class="figure">
    <p part="label" class="label">${textSpan(indicator.label, locale)}</p>
    <p part="value" class="value">${figure ? formatQuantity(figure, { locale }) : '—'}</p>
    ${indicator.note ? html`<p part="note" class="note">${textSpan(indicator.note, locale)}</p>` : nothing}
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { formatQuantity, type ComputedIndicator, type LocalizedText, type Quantity } from '@rule-of-law/core';
import { textSpan } from '../../internal/i18n/text.js';
import { IndicatorElement } from '../../internal/indicator-element.js';
import { stateStyles } from '../../internal/styles/state.styles.js';
import { tokenStyles } from '../../internal/styles/tokens.styles.js';
import { figureStyles } from './figure.styles.js';

type FigureKind = 'count' | 'amount' | 'measure' | 'breakdown';
const KINDS: readonly FigureKind[] = ['count', 'amount', 'measure', 'breakdown'];
const KIND_NAME = { 'zh-CN': '数量', en: 'quantity' } as const;

/**
 * @summary One figure of a report: its label, the figure as the report wrote it ("996余人次", with its
 * qualifier kept) and an optional note. A breakdown shows its stated total.
 *
 * @attr indicator - The id of the indicator to show within `report`, e.g. `petitions.visits.persons`.
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One count, amount, measure or breakdown indicator given directly.
 *
 * @event {CustomEvent<RolErrorDetail>} rol-error - The data is invalid or the indicator is missing; `detail.issues` says why.
 *
 * @slot fallback - Shown with the empty and error states (e.g. a link to the original report).
 *
 * @csspart base - The figure's box.
 * @csspart label - What the figure counts.
 * @csspart value - The figure as written.
 * @csspart note - The note, when there is one.
 * @csspart error - The error state (`role="alert"`).
 * @csspart status - The empty state.
 *
 * @cssprop --rol-color-text - Text colour (default: inherited).
 * @cssprop --rol-color-text-muted - Secondary text.
 * @cssprop --rol-color-surface-raised - The box's background.
 * @cssprop --rol-color-border - The box's border.
 * @cssprop --rol-radius - Corner radius.
 * @cssprop --rol-font-size-figure - Size of the figure (default 1.75em).
 * @cssprop --rol-figure-padding - Padding of the box.
 */
export class RuleOfLawFigure extends IndicatorElement<FigureKind> {
  static override styles = [tokenStyles, stateStyles, figureStyles];

  protected get kinds(): readonly FigureKind[] {
    return KINDS;
  }

  protected get kindName(): Required<LocalizedText> {
    return KIND_NAME;
  }

  protected renderIndicator(entry: Extract<ComputedIndicator, { kind: FigureKind }>): TemplateResult {
    const { locale } = this;
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
}

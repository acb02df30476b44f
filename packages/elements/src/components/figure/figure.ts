import type { TemplateResult } from 'lit';
import type { BilingualText } from '@rule-of-law/core';
import type { ResolvedIndicator } from '../../internal/data/resolve-indicator.js';
import { IndicatorElement, type Entry } from '../../internal/indicator-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { figureView, type FigureKind } from '../../internal/views/figure-view.js';
import { figureStyles } from './figure.styles.js';

const KINDS: readonly FigureKind[] = ['count', 'amount', 'measure', 'breakdown'];
const KIND_NAME = { 'zh-CN': '数量', en: 'quantity' } as const;

/**
 * @summary One figure of a report: its label, the figure as the report wrote it ("996余人次", with its
 * qualifier kept) and an optional note. A breakdown shows its stated total.
 *
 * @attr indicator - The id of the indicator to show within `report`, e.g. `petitions.visits.persons`.
 * @attr src - URL of the report JSON holding `indicator`, fetched with a time limit (as `<rule-of-law-report src>`);
 * used when neither `report` nor `data` is given. An inline `<script type="application/json">` child works too.
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), where page toolbars reach the text; styled by the page stylesheet (`rule-of-law.css`, adopted automatically).
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One count, amount, measure or breakdown indicator given directly.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - The report of `src` or the inline JSON was loaded and validated.
 * @event {CustomEvent<RolErrorDetail>} rol-error - `src` failed, the data is invalid or the indicator is missing; `detail.issues` says why.
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
  static override styles = [baseStyles, figureStyles];

  protected get kinds(): readonly FigureKind[] {
    return KINDS;
  }

  protected get kindName(): BilingualText {
    return KIND_NAME;
  }

  protected get box(): string {
    return 'figure';
  }

  protected renderReady({ entry }: ResolvedIndicator<Entry<FigureKind>>): TemplateResult {
    return figureView(entry, this.viewContext);
  }
}

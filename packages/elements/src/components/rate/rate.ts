import type { TemplateResult } from 'lit';
import type { BilingualText } from '@rule-of-law/core';
import type { ResolvedIndicator } from '../../internal/data/resolve-indicator.js';
import { IndicatorElement, type Entry } from '../../internal/indicator-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { rateView } from '../../internal/views/rate-view.js';
import { rateStyles } from './rate.styles.js';

const KINDS = ['rate'] as const;
const KIND_NAME = { 'zh-CN': '比率', en: 'rate' } as const;

/**
 * @summary A rate: the stated figure as written, a bar, its numerator and denominator when known
 * ("102 / 106 项", marked when the denominator is only implied by the stated rate), and a visible mark
 * when the stated rate does not reconcile with them. A year-on-year change (`formula` `increase` or
 * `decrease`) shows its direction ("下降32.96%"), the current and earlier figures in words ("486件，较上期
 * 725件下降32.97%"), and no bar.
 *
 * @attr indicator - The id of the rate within `report`, e.g. `enforcement.duty_performance_rate`.
 * @attr src - URL of the report JSON holding `indicator`, fetched with a time limit (as `<rule-of-law-report src>`);
 * used when neither `report` nor `data` is given. An inline `<script type="application/json">` child works too.
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), where page toolbars reach the text; styled by the page stylesheet (`rule-of-law.css`, adopted automatically).
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One rate indicator given directly (with inline operands).
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - The report of `src` or the inline JSON was loaded and validated.
 * @event {CustomEvent<RolErrorDetail>} rol-error - `src` failed, the data is invalid, or the indicator is missing or not a rate.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The rate's box.
 * @csspart label - What the rate measures.
 * @csspart value - The rate as stated (or as computed when none is stated).
 * @csspart fraction - Numerator / denominator; for a year-on-year change, the current and earlier figures in words.
 * @csspart bar - The bar's track (not drawn for a year-on-year change).
 * @csspart bar-fill - The filled part of the bar.
 * @csspart mark - The reconciliation mark ("does not match…") or note.
 * @csspart error - The error state (`role="alert"`).
 * @csspart status - The empty state.
 *
 * @cssprop --rol-color-accent - The bar's fill.
 * @cssprop --rol-color-track - The bar's track.
 * @cssprop --rol-color-warning - Text and rule of the mismatch mark.
 * @cssprop --rol-color-warning-surface - Background of the mismatch mark.
 * @cssprop --rol-rate-bar-height - Thickness of the bar (default 0.625em).
 */
export class RuleOfLawRate extends IndicatorElement<'rate'> {
  static override styles = [baseStyles, rateStyles];

  protected get kinds(): readonly 'rate'[] {
    return KINDS;
  }

  protected get kindName(): BilingualText {
    return KIND_NAME;
  }

  protected get box(): string {
    return 'rate';
  }

  protected renderReady({ entry }: ResolvedIndicator<Entry<'rate'>>): TemplateResult {
    return rateView(entry, this.viewContext);
  }
}

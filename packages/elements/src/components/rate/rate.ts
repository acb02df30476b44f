import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatNumber,
  formatQuantity,
  formatRateResult,
  unitKey,
  unitLabel,
  type ComputedRateIndicator,
  type ComputedReport,
  type Figure,
  type Locale,
  type LocalizedText,
} from '@rule-of-law/core';
import { linear } from '../../internal/chart/linear.js';
import { rateOperands } from '../../internal/data/operand-figures.js';
import { textSpan } from '../../internal/i18n/text.js';
import { IndicatorElement } from '../../internal/indicator-element.js';
import { stateStyles } from '../../internal/styles/state.styles.js';
import { tokenStyles } from '../../internal/styles/tokens.styles.js';
import { rateStyles } from './rate.styles.js';

const KINDS = ['rate'] as const;
const KIND_NAME = { 'zh-CN': '比率', en: 'rate' } as const;
/** The bar is drawn with SVG attributes, not inline styles, so a strict Content-Security-Policy allows it. */
const barScale = linear([0, 100], [0, 100]);

/** "102 / 106 项" when both are exact in one unit, else each figure in full. */
function fraction(numerator: Figure, denominator: Figure, locale: Locale): string {
  const exact = numerator.qualifier === 'exact' && denominator.qualifier === 'exact';
  if (exact && unitKey(numerator.unit) === unitKey(denominator.unit)) {
    const unit = unitLabel(denominator.unit, { locale, count: denominator.value });
    return `${formatNumber(numerator.value, { locale })} / ${formatNumber(denominator.value, { locale })} ${unit}`;
  }
  return `${formatQuantity(numerator, { locale })} / ${formatQuantity(denominator, { locale })}`;
}

/**
 * @summary A rate: the stated figure as written, a bar, its numerator and denominator when known
 * ("102 / 106 项", marked when the denominator is only implied by the stated rate), and a visible mark
 * when the stated rate does not reconcile with them.
 *
 * @attr indicator - The id of the rate within `report`, e.g. `enforcement.duty_performance_rate`.
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One rate indicator given directly (with inline operands).
 *
 * @event {CustomEvent<RolErrorDetail>} rol-error - The data is invalid or the indicator is missing or not a rate.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The rate's box.
 * @csspart label - What the rate measures.
 * @csspart value - The rate as stated (or as computed when none is stated).
 * @csspart fraction - Numerator / denominator.
 * @csspart bar - The bar's track.
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
  static override styles = [tokenStyles, stateStyles, rateStyles];

  protected get kinds(): readonly 'rate'[] {
    return KINDS;
  }

  protected get kindName(): Required<LocalizedText> {
    return KIND_NAME;
  }

  protected renderIndicator(entry: ComputedRateIndicator, computed: ComputedReport): TemplateResult {
    const { locale, strings } = this;
    const { numerator, denominator, denominatorImplied } = rateOperands(entry);
    const value = entry.stated?.value ?? (entry.computed?.defined ? entry.computed.value : undefined);
    const shown = entry.stated ? formatQuantity(entry.stated, { locale }) : entry.computed ? formatRateResult(entry.computed, { locale }) : '—';
    const fill = value === undefined ? 0 : barScale(value);
    return html`<div part="base" class="rate">
      <p part="label" class="label">${textSpan(entry.indicator.label, locale)}</p>
      <p class="figures">
        <span part="value" class="value">${shown}</span>
        ${numerator && denominator
          ? html`<span part="fraction" class="fraction"
              >${fraction(numerator, denominator, locale)}${denominatorImplied
                ? html` <span class="implied">(${strings.implied})</span>`
                : nothing}</span
            >`
          : nothing}
      </p>
      <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${svg`<rect class="track" width="100" height="10"></rect><rect part="bar-fill" class="fill" width=${fill} height="10"></rect>`}
      </svg>
      ${this.renderMark(entry, denominatorImplied && denominator ? denominator : undefined)}
      ${entry.indicator.note ? html`<p part="note" class="mark note">${textSpan(entry.indicator.note, locale)}</p>` : nothing}
    </div>`;
  }

  private renderMark(entry: ComputedRateIndicator, implied: Figure | undefined): TemplateResult | typeof nothing {
    const { locale, strings } = this;
    if (entry.reconciliation === 'mismatch' && entry.computed) {
      return html`<p part="mark" class="mark mismatch">
        <span aria-hidden="true">⚠ </span>${strings.rateMismatch(formatRateResult(entry.computed, { locale }))}
      </p>`;
    }
    if (entry.reconciliation === 'match') {
      return html`<p part="mark" class="mark match"><span aria-hidden="true">✓ </span>${strings.rateMatch}</p>`;
    }
    if (implied) return html`<p part="mark" class="mark note">${strings.impliedNote(formatQuantity(implied, { locale }))}</p>`;
    return nothing;
  }
}

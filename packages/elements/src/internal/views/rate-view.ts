import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatGrowthOperands,
  formatNumber,
  formatQuantity,
  formatRateResult,
  formatStatedGrowth,
  isGrowthFormula,
  unitKey,
  unitLabel,
  type ComputedRateIndicator,
  type Figure,
  type LocaleTag,
} from '@rule-of-law/core';
import { linear } from '../chart/linear.js';
import { rateOperands } from '../data/operand-figures.js';
import { textSpan } from '../i18n/text.js';
import type { ViewContext } from './view-context.js';

/** The bar is drawn with SVG attributes, not inline styles, so a strict Content-Security-Policy allows it. */
const barScale = linear([0, 100], [0, 100]);

/** "102 / 106 项" when both are exact in one unit, else each figure in full. */
function fraction(numerator: Figure, denominator: Figure, locale: LocaleTag): string {
  const exact = numerator.qualifier === 'exact' && denominator.qualifier === 'exact';
  if (exact && unitKey(numerator.unit) === unitKey(denominator.unit)) {
    const unit = unitLabel(denominator.unit, { locale, count: denominator.value });
    return `${formatNumber(numerator.value, { locale })} / ${formatNumber(denominator.value, { locale })} ${unit}`;
  }
  return `${formatQuantity(numerator, { locale })} / ${formatQuantity(denominator, { locale })}`;
}

/** The reconciliation mark: does not match (with the computed rate), matches, or the implied denominator. */
function mark(entry: ComputedRateIndicator, implied: Figure | undefined, context: ViewContext): TemplateResult | typeof nothing {
  const { locale, strings } = context;
  const growth = isGrowthFormula(entry.indicator.formula);
  if (entry.reconciliation === 'mismatch' && entry.computed) {
    const computed = formatRateResult(entry.computed, { locale });
    return html`<p part="mark" class="mark mismatch">
      <span aria-hidden="true">⚠ </span>${growth ? strings.growthMismatch(computed) : strings.rateMismatch(computed)}
    </p>`;
  }
  if (entry.reconciliation === 'match') {
    return html`<p part="mark" class="mark match"><span aria-hidden="true">✓ </span>${growth ? strings.growthMatch : strings.rateMatch}</p>`;
  }
  if (implied) {
    const figure = formatQuantity(implied, { locale });
    return html`<p part="mark" class="mark note">${growth ? strings.impliedEarlierNote(figure) : strings.impliedNote(figure)}</p>`;
  }
  return nothing;
}

/**
 * The operands in words: a ratio as "102 / 106 项", a year-on-year change with the figure it is measured
 * from ("3326件，较上期 867件增长283.62%"), never as a division.
 */
function operands(entry: ComputedRateIndicator, numerator: Figure, denominator: Figure, implied: boolean, context: ViewContext): TemplateResult {
  const { locale, strings } = context;
  const text = isGrowthFormula(entry.indicator.formula)
    ? formatGrowthOperands(numerator, denominator, { locale, ...(!implied && entry.computed && { change: entry.computed }) })
    : fraction(numerator, denominator, locale);
  return html`<span part="fraction" class="fraction">${text}${implied ? html` <span class="implied">(${strings.implied})</span>` : nothing}</span>`;
}

/**
 * A rate: the stated figure as written, a bar, its numerator and denominator ("102 / 106 项") and the
 * reconciliation mark. A year-on-year change shows its direction ("下降32.96%"), the current and earlier
 * figures in words, and no bar (it is not a share of a whole); nor has a multiple ("2.6倍"), which is no share either. Shared by `<rule-of-law-rate>`, the
 * light-DOM rendering and the static renderer.
 */
export function rateView(entry: ComputedRateIndicator, context: ViewContext): TemplateResult {
  const { locale } = context;
  const formula = entry.indicator.formula;
  const growth = isGrowthFormula(formula) ? formula : undefined;
  const { numerator, denominator, denominatorImplied } = rateOperands(entry);
  const value = entry.stated?.value ?? (entry.computed?.defined ? entry.computed.value : undefined);
  const stated = entry.stated && (growth ? formatStatedGrowth(entry.stated, growth, { locale }) : formatQuantity(entry.stated, { locale }));
  const shown = stated ?? (entry.computed ? formatRateResult(entry.computed, { locale }) : '—');
  const fill = value === undefined ? 0 : barScale(value);
  return html`<div part="base" class="rate">
    <p part="label" class="label">${textSpan(entry.indicator.label, locale)}</p>
    <p class="figures">
      <span part="value" class="value">${shown}</span>
      ${numerator && denominator ? operands(entry, numerator, denominator, denominatorImplied, context) : nothing}
    </p>
    ${
      formula && formula !== 'ratio'
        ? nothing
        : html`<svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${svg`<rect class="track" width="100" height="10"></rect><rect part="bar-fill" class="fill" width=${fill} height="10"></rect>`}
        </svg>`
    }
    ${mark(entry, denominatorImplied && denominator ? denominator : undefined, context)}
    ${entry.indicator.note ? html`<p part="note" class="mark note">${textSpan(entry.indicator.note, locale)}</p>` : nothing}
  </div>`;
}

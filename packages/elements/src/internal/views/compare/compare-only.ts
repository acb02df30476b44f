import { html, nothing, type TemplateResult } from 'lit';
import { formatComparedValue, type IndicatorComparison } from '@rule-of-law/core';
import type { CompareModel } from '../../compare/compare-rows.js';
import { textSpan } from '../../i18n/text.js';
import type { ViewContext } from '../view-context.js';
import { compareWords, type SideLabels } from './compare-labels.js';

/** One list of the indicators found on one side only, each with its figure there. */
function onlyList(
  title: string,
  entries: readonly IndicatorComparison[],
  side: 'previous' | 'current',
  kind: string,
  context: ViewContext,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const { locale } = context;
  const words = compareWords(context);
  return html`<div class="only-list" data-only=${kind}>
    <p class="only-title">${title}</p>
    <ul>
      ${entries.map((entry) => {
        const value = entry[side];
        return html`<li data-id=${entry.id}>
          ${textSpan(entry.label, locale)}${value ? html`${words.colon}${formatComparedValue(value, { locale, maximumFractionDigits: 2 })}` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * The indicators found in only one of the two reports: those only in the current one, then those only in the
 * previous one, each list titled with its side; nothing when every indicator is in both.
 *
 * @example
 * ```ts
 * onlyLists(model, { previous: '2023年', current: '2024年' }, viewContext('zh-CN')); // 仅见于2024年的指标 …
 * ```
 */
export function onlyLists(model: CompareModel, sides: SideLabels, context: ViewContext): TemplateResult | typeof nothing {
  if (model.added.length === 0 && model.removed.length === 0) return nothing;
  const words = compareWords(context);
  return html`<div part="only" class="only">
    ${onlyList(words.onlyIn(sides.current), model.added, 'current', 'added', context)}
    ${onlyList(words.onlyIn(sides.previous), model.removed, 'previous', 'removed', context)}
  </div>`;
}

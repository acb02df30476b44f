import { html, nothing, type TemplateResult } from 'lit';
import { FAMILY_LABELS, formatChange, formatComparedValue, formatRateResult, formatRelativeChange, localized } from '@rule-of-law/core';
import type { CompareRow, FamilyRows, RowValue } from '../../compare/compare-rows.js';
import { directionView } from '../../compare/direction.js';
import { textSpan } from '../../i18n/text.js';
import type { ViewContext } from '../view-context.js';
import { compareWords, type NoteNumber, type SideLabels } from './compare-labels.js';
import { noteText } from './compare-notes.js';

/** One side's figure: as written (with how it was found, when not stated), a derived rate, or an implied zero. */
function valueView(value: RowValue | undefined, context: ViewContext): TemplateResult | string {
  const { locale } = context;
  const words = compareWords(context);
  if (!value) return words.notApplicable;
  if (value.kind === 'implied-zero') return html`<span class="implied">${words.impliedZeroValue}</span>`;
  if (value.kind === 'rate') return formatRateResult(value.result, { locale });
  const { value: compared } = value;
  const text = formatComparedValue(compared, { locale, maximumFractionDigits: 2 });
  const basis = words.basis[compared.basis];
  return basis ? html`${text}<br /><span class="basis">${basis}</span>` : html`${text}`;
}

/** A row's label: the indicator's, "其中：…" for a part, "…（以…为基数）" for a derived rate. */
function rowLabel(row: CompareRow, context: ViewContext): TemplateResult | string {
  const { locale } = context;
  const words = compareWords(context);
  if (row.level === 'part') return words.partOf(localized(row.label, locale));
  if (row.level === 'derived') return words.derivedRate(localized(row.label, locale), row.base ? localized(row.base, locale) : '');
  return textSpan(row.label, locale);
}

/** A row, and after it the notes about its indicator (once, after the indicator's last row). */
function rowView(row: CompareRow, labels: readonly string[], number: NoteNumber, context: ViewContext): TemplateResult {
  const { locale } = context;
  const words = compareWords(context);
  const relative = row.relativeChange ? formatRelativeChange(row.relativeChange, { locale }) : words.notApplicable;
  return html`<tr class="row row-${row.level}" data-key=${row.key}>
      <th scope="row">${rowLabel(row, context)}</th>
      <td class="num value" data-label=${labels[1]!}>${valueView(row.previous, context)}</td>
      <td class="num value" data-label=${labels[2]!}>${valueView(row.current, context)}</td>
      <td class="num change" data-label=${labels[3]!}>${row.change ? formatChange(row.change, { locale }) : words.notApplicable}</td>
      <td class="num" data-label=${labels[4]!}>${relative}</td>
      <td class="num" part="direction" data-label=${labels[5]!}>${directionView(row.change, locale)}</td>
    </tr>
    ${
      row.notes.length > 0
        ? html`<tr class="note-row" part="row-note" data-key=${row.key}>
          <td colspan="6">
            <ul>
              ${row.notes.map((note) => html`<li>${noteText(note, number(note), context)}</li>`)}
            </ul>
          </td>
        </tr>`
        : nothing
    }`;
}

/**
 * One family's table, captioned with the family's name: indicator, both sides, the change, the relative change
 * and the direction; each cell carries its column's name (`data-label`) for the narrow layout.
 *
 * @example
 * ```ts
 * familyTable(model.families[0], sideLabels(comparison, context), noteNumbers(model), context);
 * ```
 */
export function familyTable({ family, rows }: FamilyRows, sides: SideLabels, number: NoteNumber, context: ViewContext): TemplateResult {
  const words = compareWords(context);
  const captionId = context.id(`caption-${family}`);
  const labels = [words.indicator, sides.previous, sides.current, words.change, words.relativeChange, words.directionHeading] as const;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
    <table part="table" class="cmp" data-family=${family}>
      <caption id=${captionId}>${localized(FAMILY_LABELS[family], context.locale)}</caption>
      <thead>
        <tr>
          ${labels.map((label, index) => html`<th scope="col" class=${index === 0 ? '' : 'num'}>${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => rowView(row, labels, number, context))}
      </tbody>
    </table>
  </div>`;
}

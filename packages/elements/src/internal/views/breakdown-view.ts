import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatNumber,
  formatPercent,
  formatQuantity,
  formatRateResult,
  localized,
  type ComputedBreakdownIndicator,
  type ComputedReport,
  type DerivedRate,
  type Figure,
  type Quantity,
} from '@rule-of-law/core';
import { donutCentre, drawShapes, swatch, viewBox, type ChartKind } from '../chart/chart-templates.js';
import { donut, stackedBar } from '../chart/geometry.js';
import { REST, segmentsOf, type Segment } from '../chart/segments.js';
import { textSpan } from '../i18n/text.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../templates/heading.js';
import { tableBox } from '../templates/table-box.js';
import { sourceCitation } from '../templates/source.js';
import type { ViewContext } from './view-context.js';

/** How the chart's segments respond to the reader (the element only: static HTML has no script). */
export interface BreakdownInteraction {
  /** Index of the segment in the tab order (roving tabindex). */
  readonly active: number;
  readonly select: (segment: Segment, index: number) => void;
  readonly keydown: (event: KeyboardEvent, segment: Segment, index: number, focusable: readonly number[]) => void;
}

/** How a breakdown is drawn. */
export interface BreakdownViewOptions {
  readonly chart: ChartKind;
  /** The table inside a `<details>`, one click away, rather than always shown. */
  readonly collapsed: boolean;
  readonly level: HeadingLevel;
  /** Names the source in the caption instead of the report. */
  readonly source?: string | undefined;
  /** The indicator was given on its own: its report is a stand-in, so no citation. */
  readonly direct?: boolean;
  /** Focusable, selectable segments over the drawing; without it the chart is a picture. */
  readonly interactive?: BreakdownInteraction | undefined;
}

/** A segment's name: its label, or "not itemised" for the rest of a partial breakdown. */
export function segmentLabel(segment: Segment, context: ViewContext): string {
  return segment.label ? localized(segment.label, context.locale) : context.strings.notItemised;
}

function shareText(segment: Segment, context: ViewContext): string | undefined {
  return segment.share === undefined ? undefined : formatPercent(segment.share, { locale: context.locale, maximumFractionDigits: 2 });
}

/** A segment in words: "正在审理（审理中） 3件，占 18.75%". */
function segmentText(segment: Segment, context: ViewContext): string {
  const { locale } = context;
  const name = segmentLabel(segment, context);
  const mark = segment.markLabel && localized(segment.markLabel, locale);
  const label = mark ? `${name}${context.strings.aside(mark)}` : name;
  return context.strings.partText(label, formatQuantity(segment.figure, { locale }), shareText(segment, context));
}

function coverageLine(entry: ComputedBreakdownIndicator, total: Quantity | Figure | undefined, context: ViewContext): TemplateResult | typeof nothing {
  const { sum, coverage } = entry;
  if (entry.indicator.exhaustive || !sum || !total || !coverage?.defined || coverage.value >= 100) return nothing;
  const { locale } = context;
  return html`<br /><span class="coverage"
      >${context.strings.partialCoverage(
        formatQuantity(sum, { locale }),
        formatQuantity(total, { locale }),
        formatPercent(coverage.value, { locale, maximumFractionDigits: 2 }),
      )}</span
    >`;
}

function chart(segments: readonly Segment[], label: string, totalText: string, options: BreakdownViewOptions, context: ViewContext): TemplateResult {
  const { strings } = context;
  const kind = options.chart;
  const values = segments.map((segment) => segment.figure.value);
  const shapes = kind === 'bar' ? stackedBar(values) : donut(values);
  const prefix = context.id('rol');
  const descId = context.id('chart-desc');
  const description = strings.chartDescription(
    kind,
    segments.map((segment) => segmentText(segment, context)),
  );
  return html`<div part="chart" class="plot plot-${kind}">
    <svg
      class="drawing"
      viewBox=${viewBox(kind)}
      role="img"
      aria-label=${strings.chartName(label, totalText)}
      aria-describedby=${descId}
      focusable="false"
    >
      <desc id=${descId}>${description}</desc>
      ${drawShapes(segments, shapes, prefix)} ${kind === 'donut' ? donutCentre(totalText, strings.total) : nothing}
    </svg>
    ${options.interactive ? hitLayer(kind, segments, shapes, label, options.interactive, context) : nothing}
  </div>`;
}

/** Transparent copies of the shapes, one focusable button each, over the drawing. */
function hitLayer(
  kind: ChartKind,
  segments: readonly Segment[],
  shapes: readonly { readonly d: string }[],
  label: string,
  interaction: BreakdownInteraction,
  context: ViewContext,
): TemplateResult {
  const focusable = segments.flatMap((_, index) => (shapes[index]?.d ? [index] : []));
  const active = focusable.includes(interaction.active) ? interaction.active : (focusable[0] ?? -1);
  return html`<svg class="hit" viewBox=${viewBox(kind)} role="group" aria-label=${context.strings.segments(label)}>
    ${segments.map((segment, index) => {
      const d = shapes[index]?.d;
      if (!d) return nothing;
      return svg`<path
        part="segment"
        class="target"
        role="button"
        data-index=${index}
        tabindex=${index === active ? 0 : -1}
        aria-label=${segmentText(segment, context)}
        d=${d}
        @click=${() => interaction.select(segment, index)}
        @keydown=${(event: KeyboardEvent) => interaction.keydown(event, segment, index, focusable)}
      ></path>`;
    })}
  </svg>`;
}

function legend(segments: readonly Segment[], context: ViewContext): TemplateResult {
  const { locale } = context;
  const prefix = context.id('rol');
  return html`<ul part="legend" class="legend" aria-hidden="true">
    ${segments.map(
      (segment) => html`<li class=${segment.category === REST ? 'rest-item' : ''}>
        ${swatch(segment, prefix)}
        <span class="legend-text">
          <span class="legend-label">${segmentLabel(segment, context)}</span>
          ${segment.markLabel ? html`<span class="tag">${localized(segment.markLabel, locale)}</span>` : nothing}
          <span class="legend-value">${formatQuantity(segment.figure, { locale })}</span>
          ${segment.share === undefined ? nothing : html`<span class="legend-share">${shareText(segment, context)}</span>`}
        </span>
      </li>`,
    )}
  </ul>`;
}

function notes(entry: ComputedBreakdownIndicator, computed: ComputedReport, context: ViewContext): TemplateResult | typeof nothing {
  const findings = computed.findings.filter((finding) => finding.indicatorIds.includes(entry.indicator.id));
  if (findings.length === 0) return nothing;
  const { locale, strings } = context;
  return html`<ul part="notes" class="notes">
    ${findings.map(
      (finding) => html`<li class="note note-${finding.severity}">
        <strong>${strings.severity[finding.severity]}</strong>${strings.colon}${localized(finding.message, locale)}
      </li>`,
    )}
  </ul>`;
}

function derivedRates(rates: readonly DerivedRate[], level: HeadingLevel, context: ViewContext): TemplateResult | typeof nothing {
  if (rates.length === 0) return nothing;
  const { locale, strings } = context;
  return html`<div part="derived-rates" class="derived">
    ${heading(level, strings.derivedRates, { id: context.id('derived-title'), part: 'derived-title' })}
    <dl>
      ${rates.map((rate) => {
        const { result } = rate;
        const operands =
          result.numerator && result.denominator
            ? strings.rateOf(formatNumber(result.numerator.value, { locale }), formatQuantity(result.denominator, { locale }), localized(rate.base, locale))
            : '';
        return html`<div class="derived-rate">
          <dt>${localized(rate.label, locale)}</dt>
          <dd><strong>${formatRateResult(result, { locale })}</strong> <span class="operands">${operands}</span></dd>
        </div>`;
      })}
    </dl>
  </div>`;
}

function table(
  segments: readonly Segment[],
  label: string,
  totalText: string,
  entry: ComputedBreakdownIndicator,
  collapsed: boolean,
  context: ViewContext,
): unknown {
  const { locale, strings } = context;
  const prefix = context.id('rol');
  const showSum = !entry.indicator.exhaustive && entry.sum !== undefined;
  const showGroups = segments.some((segment) => segment.groups.length > 0);
  const showNotes = segments.some((segment) => segment.note !== undefined);
  const extraCells = (groups: unknown, note: unknown): TemplateResult =>
    html`${showGroups ? html`<td>${groups}</td>` : nothing}${showNotes ? html`<td class="part-note">${note}</td>` : nothing}`;
  const body = html`<table part="table">
    <caption>
      ${strings.tableCaption(label)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${strings.category}</th>
        <th scope="col" class="num">${strings.value}</th>
        <th scope="col" class="num">${strings.share}</th>
        ${showGroups ? html`<th scope="col">${strings.groups}</th>` : nothing} ${showNotes ? html`<th scope="col">${strings.partNote}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${segments.map(
        (segment) => html`<tr data-category=${segment.category}>
          <th scope="row">${swatch(segment, prefix)} ${segment.label ? textSpan(segment.label, locale) : strings.notItemised}</th>
          <td class="num">${formatQuantity(segment.figure, { locale })}</td>
          <td class="num">${shareText(segment, context) ?? '—'}</td>
          ${extraCells(strings.list(segment.groups.map((group) => localized(group, locale))), segment.note ? textSpan(segment.note, locale) : '')}
        </tr>`,
      )}
    </tbody>
    <tfoot>
      ${
        showSum && entry.sum
          ? html`<tr>
            <th scope="row">${strings.sumOfParts}</th>
            <td class="num">${formatQuantity(entry.sum, { locale })}</td>
            <td class="num">${entry.coverage?.defined ? formatPercent(entry.coverage.value, { locale, maximumFractionDigits: 2 }) : '—'}</td>
            ${extraCells('', '')}
          </tr>`
          : nothing
      }
      <tr>
        <th scope="row">${strings.total}</th>
        <td class="num">${totalText}</td>
        <td class="num">${formatPercent(100, { locale })}</td>
        ${extraCells('', '')}
      </tr>
    </tfoot>
  </table>`;
  return tableBox(collapsed, strings.showTable, body);
}

function caption(computed: ComputedReport, options: BreakdownViewOptions, context: ViewContext): TemplateResult | typeof nothing {
  const { locale, strings } = context;
  if (options.source) return html`<figcaption part="source" class="source">${strings.source}${strings.colon}${options.source}</figcaption>`;
  if (options.direct) return nothing;
  return html`<figcaption part="source" class="source">${sourceCitation(computed.report, locale, strings)}</figcaption>`;
}

/**
 * An outcome breakdown as a `<figure>`: heading, total (and coverage of a partial breakdown), the chart
 * (`role="img"`, named and described from the data, parts told apart by pattern as well as colour) with
 * its legend, the findings about it, the derived official rates, the same numbers as a real `<table>`,
 * and the source. Shared by `<rule-of-law-breakdown>`, the light-DOM rendering and the static renderer.
 */
export function breakdownView(entry: ComputedBreakdownIndicator, computed: ComputedReport, options: BreakdownViewOptions, context: ViewContext): TemplateResult {
  const { locale, strings } = context;
  const label = localized(entry.indicator.label, locale);
  const segments = segmentsOf(entry);
  const total: Quantity | Figure | undefined = entry.indicator.total && 'value' in entry.indicator.total ? entry.indicator.total : (entry.total ?? entry.sum);
  const totalText = total ? formatQuantity(total, { locale }) : '—';
  const { level } = options;
  const titleId = context.id('title');
  return html`<figure part="base" class="breakdown" aria-labelledby=${titleId}>
    ${heading(level, textSpan(entry.indicator.label, locale), { id: titleId, part: 'title' })}
    <p part="total" class="total"><span>${strings.total}</span> <strong>${totalText}</strong>${coverageLine(entry, total, context)}</p>
    <div class="chart-area chart-${options.chart}">${chart(segments, label, totalText, options, context)} ${legend(segments, context)}</div>
    ${notes(entry, computed, context)} ${derivedRates(entry.derivedRates, toHeadingLevel(level + 1, 4), context)}
    ${table(segments, label, totalText, entry, options.collapsed, context)} ${caption(computed, options, context)}
  </figure>`;
}

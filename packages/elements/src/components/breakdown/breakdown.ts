import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  type LocalizedText,
  type Quantity,
} from '@rule-of-law/core';
import { CHART_KINDS, donutCentre, drawShapes, swatch, viewBox, type ChartKind } from '../../internal/chart/chart-templates.js';
import { donut, stackedBar } from '../../internal/chart/geometry.js';
import { REST, segmentsOf, type Segment } from '../../internal/chart/segments.js';
import { emit } from '../../internal/events.js';
import { textSpan } from '../../internal/i18n/text.js';
import { IndicatorElement } from '../../internal/indicator-element.js';
import { stateStyles } from '../../internal/styles/state.styles.js';
import { tokenStyles } from '../../internal/styles/tokens.styles.js';
import { heading, toHeadingLevel } from '../../internal/templates/heading.js';
import { sourceCitation } from '../../internal/templates/source.js';
import { breakdownStyles } from './breakdown.styles.js';

const KINDS = ['breakdown'] as const;
const KIND_NAME = { 'zh-CN': '分项', en: 'breakdown' } as const;

/** Where the data table goes: always shown, or one click away in a `<details>`. */
export const TABLE_MODES = ['shown', 'collapsed'] as const;

/** One of {@link TABLE_MODES}. */
export type TableMode = (typeof TABLE_MODES)[number];

/**
 * @summary An outcome breakdown as a stacked bar or a donut, with a legend, shares, pending and
 * derived groups told apart by pattern and text as well as colour, the official rates derived from it,
 * any consistency findings about it, and the same numbers as a real `<table>`.
 *
 * @attr indicator - The id of the breakdown within `report`, e.g. `reconsideration.outcomes`.
 * @attr chart - `bar` (stacked bar, default) or `donut`.
 * @attr table - `shown` (default) or `collapsed` (inside a `<details>`, one click away).
 * @attr source - Names the source in the caption, replacing the report's title (useful with `data`).
 * @attr heading-level - Level of the chart's heading, 2–6 (default 3).
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One breakdown indicator given directly.
 *
 * @event {CustomEvent<RolSelectDetail>} rol-select - A segment was chosen (click, Enter or Space).
 * @event {CustomEvent<RolErrorDetail>} rol-error - The data is invalid or the indicator is missing or not a breakdown.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The `<figure>`.
 * @csspart title - The heading.
 * @csspart total - The total and coverage line.
 * @csspart chart - The chart's box (both SVG layers).
 * @csspart segment - Each focusable segment.
 * @csspart legend - The legend.
 * @csspart notes - Consistency findings about this breakdown.
 * @csspart derived-rates - The official rates derived from the breakdown.
 * @csspart table - The data table.
 * @csspart source - The caption naming the source.
 * @csspart error - The error state (`role="alert"`).
 * @csspart status - The empty state.
 *
 * @cssprop --rol-color-series-1 - Colour of the first part (up to `--rol-color-series-8`).
 * @cssprop --rol-color-series-2 - Colour of the second part.
 * @cssprop --rol-color-series-3 - Colour of the third part.
 * @cssprop --rol-color-series-4 - Colour of the fourth part.
 * @cssprop --rol-color-series-5 - Colour of the fifth part.
 * @cssprop --rol-color-series-6 - Colour of the sixth part.
 * @cssprop --rol-color-series-7 - Colour of the seventh part.
 * @cssprop --rol-color-series-8 - Colour of the eighth part.
 * @cssprop --rol-color-pattern - Ink of the hatching and dots that mark pending and derived groups.
 * @cssprop --rol-color-separator - Lines between segments.
 * @cssprop --rol-color-focus - Focus ring.
 * @cssprop --rol-chart-donut-size - Largest size of a donut (default 15rem).
 */
export class RuleOfLawBreakdown extends IndicatorElement<'breakdown'> {
  static override styles = [tokenStyles, stateStyles, breakdownStyles];

  /** `bar` (stacked bar) or `donut`. */
  @property({ reflect: true }) chart: ChartKind = 'bar';

  /** `shown`, or `collapsed` into a `<details>`. */
  @property({ reflect: true }) table: TableMode = 'shown';

  /** Names the source in the caption, replacing the report's title. */
  @property() source?: string;

  /** Index of the segment in the tab order (roving tabindex). */
  @state() private active = 0;

  protected get kinds(): readonly 'breakdown'[] {
    return KINDS;
  }

  protected get kindName(): Required<LocalizedText> {
    return KIND_NAME;
  }

  private get chartKind(): ChartKind {
    return (CHART_KINDS as readonly string[]).includes(this.chart) ? this.chart : 'bar';
  }

  private segmentLabel(segment: Segment): string {
    return segment.label ? localized(segment.label, this.locale) : this.strings.notItemised;
  }

  private shareText(segment: Segment): string | undefined {
    return segment.share === undefined ? undefined : formatPercent(segment.share, { locale: this.locale, maximumFractionDigits: 2 });
  }

  private segmentText(segment: Segment): string {
    const name = this.segmentLabel(segment);
    const mark = segment.markLabel && localized(segment.markLabel, this.locale);
    const label = mark ? (this.locale === 'en' ? `${name} (${mark})` : `${name}（${mark}）`) : name;
    return this.strings.partText(label, formatQuantity(segment.figure, { locale: this.locale }), this.shareText(segment));
  }

  protected renderIndicator(entry: ComputedBreakdownIndicator, computed: ComputedReport): TemplateResult {
    const { locale, strings } = this;
    const label = localized(entry.indicator.label, locale);
    const segments = segmentsOf(entry);
    const total: Quantity | Figure | undefined =
      entry.indicator.total && 'value' in entry.indicator.total ? entry.indicator.total : (entry.total ?? entry.sum);
    const totalText = total ? formatQuantity(total, { locale }) : '—';
    const level = this.level;
    return html`<figure part="base" class="breakdown" aria-labelledby="title">
      ${heading(level, textSpan(entry.indicator.label, locale), { id: 'title', part: 'title' })}
      <p part="total" class="total">
        <span>${strings.total}</span> <strong>${totalText}</strong>${this.renderCoverage(entry, total)}
      </p>
      <div class="chart-area chart-${this.chartKind}">
        ${this.renderChart(segments, label, totalText)} ${this.renderLegend(segments)}
      </div>
      ${this.renderNotes(entry, computed)} ${this.renderDerivedRates(entry.derivedRates, toHeadingLevel(level + 1, 4))}
      ${this.renderTable(segments, label, totalText, entry)} ${this.renderSource(computed)}
    </figure>`;
  }

  private renderCoverage(entry: ComputedBreakdownIndicator, total: Quantity | Figure | undefined): TemplateResult | typeof nothing {
    const { sum, coverage } = entry;
    if (entry.indicator.exhaustive || !sum || !total || !coverage?.defined || coverage.value >= 100) return nothing;
    const { locale } = this;
    return html`<br /><span class="coverage"
        >${this.strings.partialCoverage(
          formatQuantity(sum, { locale }),
          formatQuantity(total, { locale }),
          formatPercent(coverage.value, { locale, maximumFractionDigits: 2 }),
        )}</span
      >`;
  }

  private renderChart(segments: readonly Segment[], label: string, totalText: string): TemplateResult {
    const kind = this.chartKind;
    const values = segments.map((segment) => segment.figure.value);
    const shapes = kind === 'bar' ? stackedBar(values) : donut(values);
    const focusable = segments.flatMap((_, index) => (shapes[index]?.d ? [index] : []));
    const active = focusable.includes(this.active) ? this.active : (focusable[0] ?? -1);
    const description = this.strings.chartDescription(
      kind,
      segments.map((segment) => this.segmentText(segment)),
    );
    return html`<div part="chart" class="plot plot-${kind}">
      <svg class="drawing" viewBox=${viewBox(kind)} role="img" aria-labelledby="chart-name" aria-describedby="chart-desc" focusable="false">
        <title id="chart-name">${this.strings.chartName(label, totalText)}</title>
        <desc id="chart-desc">${description}</desc>
        ${drawShapes(segments, shapes)} ${kind === 'donut' ? donutCentre(totalText, this.strings.total) : nothing}
      </svg>
      <svg class="hit" viewBox=${viewBox(kind)} role="group" aria-label=${this.strings.segments(label)}>
        ${segments.map((segment, index) => {
          const d = shapes[index]?.d;
          if (!d) return nothing;
          return svg`<path
            part="segment"
            class="target"
            role="button"
            data-index=${index}
            tabindex=${index === active ? 0 : -1}
            aria-label=${this.segmentText(segment)}
            d=${d}
            @click=${() => this.select(segment, index)}
            @keydown=${(event: KeyboardEvent) => this.onKeydown(event, segment, index, focusable)}
          ></path>`;
        })}
      </svg>
    </div>`;
  }

  private renderLegend(segments: readonly Segment[]): TemplateResult {
    const { locale } = this;
    return html`<ul part="legend" class="legend" aria-hidden="true">
      ${segments.map(
        (segment) => html`<li class=${segment.category === REST ? 'rest-item' : ''}>
          ${swatch(segment)}
          <span class="legend-text">
            <span class="legend-label">${this.segmentLabel(segment)}</span>
            ${segment.markLabel ? html`<span class="tag">${localized(segment.markLabel, locale)}</span>` : nothing}
            <span class="legend-value">${formatQuantity(segment.figure, { locale })}</span>
            ${segment.share === undefined ? nothing : html`<span class="legend-share">${this.shareText(segment)}</span>`}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private renderNotes(entry: ComputedBreakdownIndicator, computed: ComputedReport): TemplateResult | typeof nothing {
    const findings = computed.findings.filter((finding) => finding.indicatorIds.includes(entry.indicator.id));
    if (findings.length === 0) return nothing;
    const { locale, strings } = this;
    return html`<ul part="notes" class="notes">
      ${findings.map(
        (finding) => html`<li class="note note-${finding.severity}">
          <strong>${strings.severity[finding.severity]}</strong>${locale === 'en' ? ': ' : '：'}${finding.message[locale]}
        </li>`,
      )}
    </ul>`;
  }

  private renderDerivedRates(rates: readonly DerivedRate[], level: 2 | 3 | 4 | 5 | 6): TemplateResult | typeof nothing {
    if (rates.length === 0) return nothing;
    const { locale, strings } = this;
    return html`<div part="derived-rates" class="derived">
      ${heading(level, strings.derivedRates, { id: 'derived-title', part: 'derived-title' })}
      <dl>
        ${rates.map((rate) => {
          const { result } = rate;
          const operands =
            result.numerator && result.denominator
              ? strings.rateOf(
                  formatNumber(result.numerator.value, { locale }),
                  formatQuantity(result.denominator, { locale }),
                  localized(rate.base, locale),
                )
              : '';
          return html`<div class="derived-rate">
            <dt>${localized(rate.label, locale)}</dt>
            <dd><strong>${formatRateResult(result, { locale })}</strong> <span class="operands">${operands}</span></dd>
          </div>`;
        })}
      </dl>
    </div>`;
  }

  private renderTable(segments: readonly Segment[], label: string, totalText: string, entry: ComputedBreakdownIndicator): TemplateResult {
    const { locale, strings } = this;
    const showSum = !entry.indicator.exhaustive && entry.sum !== undefined;
    const showGroups = segments.some((segment) => segment.groups.length > 0);
    const groupCell = (content: unknown): TemplateResult | typeof nothing => (showGroups ? html`<td>${content}</td>` : nothing);
    const table = html`<div class="table-scroll">
      <table part="table">
        <caption>
          ${strings.tableCaption(label)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.category}</th>
            <th scope="col" class="num">${strings.value}</th>
            <th scope="col" class="num">${strings.share}</th>
            ${showGroups ? html`<th scope="col">${strings.groups}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${segments.map(
            (segment) => html`<tr data-category=${segment.category}>
              <th scope="row">${swatch(segment)} ${segment.label ? textSpan(segment.label, locale) : strings.notItemised}</th>
              <td class="num">${formatQuantity(segment.figure, { locale })}</td>
              <td class="num">${this.shareText(segment) ?? '—'}</td>
              ${groupCell(strings.list(segment.groups.map((group) => localized(group, locale))))}
            </tr>`,
          )}
        </tbody>
        <tfoot>
          ${showSum && entry.sum
            ? html`<tr>
                <th scope="row">${strings.sumOfParts}</th>
                <td class="num">${formatQuantity(entry.sum, { locale })}</td>
                <td class="num">${entry.coverage?.defined ? formatPercent(entry.coverage.value, { locale, maximumFractionDigits: 2 }) : '—'}</td>
                ${groupCell('')}
              </tr>`
            : nothing}
          <tr>
            <th scope="row">${strings.total}</th>
            <td class="num">${totalText}</td>
            <td class="num">${formatPercent(100, { locale })}</td>
            ${groupCell('')}
          </tr>
        </tfoot>
      </table>
    </div>`;
    if (this.table !== 'collapsed') return table;
    return html`<details class="table-details"><summary>${strings.showTable}</summary>${table}</details>`;
  }

  private renderSource(computed: ComputedReport): TemplateResult | typeof nothing {
    if (this.source) return html`<figcaption part="source" class="source">${this.strings.source}${this.locale === 'en' ? ': ' : '：'}${this.source}</figcaption>`;
    if (this.state.status === 'ready' && this.state.direct) return nothing;
    return html`<figcaption part="source" class="source">${sourceCitation(computed.report, this.locale, this.strings)}</figcaption>`;
  }

  private select(segment: Segment, index: number): void {
    this.active = index;
    emit(this, 'rol-select', {
      indicatorId: this.state.status === 'ready' ? this.state.entry.indicator.id : '',
      category: segment.category,
      label: this.segmentLabel(segment),
      value: segment.figure.value,
      ...(segment.share === undefined ? {} : { share: segment.share }),
      locale: this.locale,
    });
  }

  private onKeydown(event: KeyboardEvent, segment: Segment, index: number, focusable: readonly number[]): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(segment, index);
      return;
    }
    const position = focusable.indexOf(index);
    const last = focusable.length - 1;
    const target = {
      ArrowRight: Math.min(last, position + 1),
      ArrowDown: Math.min(last, position + 1),
      ArrowLeft: Math.max(0, position - 1),
      ArrowUp: Math.max(0, position - 1),
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.active = focusable[target] ?? index;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGElement>(`.target[data-index="${this.active}"]`)?.focus();
    });
  }
}

import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { BilingualText } from '@rule-of-law/core';
import { CHART_KINDS, type ChartKind } from '../../internal/chart/chart-templates.js';
import { RovingFocus } from '../../internal/chart/roving-focus.js';
import { segmentInteraction } from '../../internal/chart/segment-interaction.js';
import type { ResolvedIndicator } from '../../internal/data/resolve-indicator.js';
import { IndicatorElement, type Entry } from '../../internal/indicator-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { breakdownView } from '../../internal/views/breakdown-view.js';
import { breakdownStyles } from './breakdown.styles.js';

const KINDS = ['breakdown'] as const;
const KIND_NAME = { 'zh-CN': '分项', en: 'breakdown' } as const;

/** Where the data table goes: always shown, or one click away in a `<details>`. */
export const TABLE_MODES = ['shown', 'collapsed'] as const;

/** One of {@link TABLE_MODES}. */
export type TableMode = (typeof TABLE_MODES)[number];

/**
 * Keyboard (every chart): the chart is one tab stop; ArrowRight and ArrowLeft move along a row (a breakdown's
 * segments, a trend's series), Home and End to the row's ends, ArrowDown and ArrowUp to the next or previous
 * row at the nearest point (along the row when there is only one); Enter or Space chooses (`rol-select`).
 *
 * @summary An outcome breakdown as a stacked bar or a donut, with a legend, shares, pending and
 * derived groups told apart by pattern and text as well as colour, the official rates derived from it,
 * any consistency findings about it, and the same numbers as a real `<table>`.
 *
 * @attr indicator - The id of the breakdown within `report`, e.g. `reconsideration.outcomes`.
 * @attr src - URL of the report JSON holding `indicator`, fetched with a time limit (as `<rule-of-law-report src>`);
 * used when neither `report` nor `data` is given. An inline `<script type="application/json">` child works too.
 * @attr timeout - Time limit for `src`, in milliseconds (default 15000).
 * @attr chart - `bar` (stacked bar, default) or `donut`.
 * @attr table - `shown` (default) or `collapsed` (inside a `<details>`, one click away).
 * @attr source - Names the source in the caption, replacing the report's title (useful with `data`).
 * @attr heading-level - Level of the chart's heading, 2–6 (default 3).
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), where page toolbars reach the text; styled by the page stylesheet (`rule-of-law.css`, adopted automatically).
 *
 * @prop {Report | undefined} report - A whole report; validated with core's `parseReport`.
 * @prop {Indicator | undefined} data - One breakdown indicator given directly.
 *
 * @event {CustomEvent<RolSelectDetail>} rol-select - A segment was chosen (click, Enter or Space).
 * @event {CustomEvent<RolLoadDetail>} rol-load - The report of `src` or the inline JSON was loaded and validated.
 * @event {CustomEvent<RolErrorDetail>} rol-error - `src` failed, the data is invalid, or the indicator is missing or not a breakdown.
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
 * @cssprop --rol-chart-donut-size - Largest size of a donut (default 15em).
 */
export class RuleOfLawBreakdown extends IndicatorElement<'breakdown'> {
  static override styles = [baseStyles, breakdownStyles];

  static override properties: PropertyDeclarations = {
    chart: { reflect: true },
    table: { reflect: true },
    source: {},
  };

  /** `bar` (stacked bar) or `donut`. */
  chart: ChartKind = 'bar';

  /** `shown`, or `collapsed` into a `<details>`. */
  table: TableMode = 'shown';

  /** Names the source in the caption, replacing the report's title. */
  source?: string;

  /** The segment in the tab order (one tab stop). */
  private readonly roving = new RovingFocus(this);

  protected get kinds(): readonly 'breakdown'[] {
    return KINDS;
  }

  protected get kindName(): BilingualText {
    return KIND_NAME;
  }

  private get chartKind(): ChartKind {
    return (CHART_KINDS as readonly string[]).includes(this.chart) ? this.chart : 'bar';
  }

  protected get box(): string {
    return 'breakdown';
  }

  protected renderReady({ entry, computed, direct }: ResolvedIndicator<Entry<'breakdown'>>): TemplateResult {
    const context = this.viewContext;
    const { chartKind: chart, level, source } = this;
    const interactive = segmentInteraction(this, this.roving, entry.indicator.id, context);
    return breakdownView(entry, computed, { chart, collapsed: this.table === 'collapsed', level, source, direct, interactive }, context);
  }
}

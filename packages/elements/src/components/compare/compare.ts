import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  compareReports,
  FAMILY_LABELS,
  formatChange,
  formatComparedValue,
  formatPeriod,
  formatRateResult,
  formatRelativeChange,
  localized,
  type ComparisonNote,
  type IndicatorComparison,
  type Report,
  type ReportComparison,
  type ReportSummary,
} from '@rule-of-law/core';
import { directionView } from '../../internal/compare/direction.js';
import { ReportsLoader, type LoadedReport, type ReportInput, type ReportsState } from '../../internal/data/reports-loader.js';
import { emit } from '../../internal/events.js';
import { COMPARISON_STRINGS, type ComparisonStrings } from '../../internal/i18n/comparison-strings.js';
import { textSpan } from '../../internal/i18n/text.js';
import { lightRoot } from '../../internal/light-root.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading, toHeadingLevel } from '../../internal/templates/heading.js';
import { sourcesCitation } from '../../internal/templates/sources.js';
import { emptyView, errorView, loadingView } from '../../internal/templates/states.js';
import { hostBox } from '../../internal/views/report-view.js';
import type { ViewContext } from '../../internal/views/view-context.js';
import { compareStyles } from './compare.styles.js';
import { compareModel, familyOrder, type CompareModel, type CompareRow, type RowValue } from './compare-rows.js';

/** The compared reports and their comparison, worked out once per loaded pair. */
interface Compared {
  readonly state: ReportsState;
  readonly previous: LoadedReport;
  readonly current: LoadedReport;
  readonly comparison: ReportComparison;
}

/**
 * @summary Two reports side by side: this year against last year, or one issuer against another. One
 * table per indicator family with both figures, the change (percentage points for rates), the relative
 * change, and the direction in words and symbols (▲ 上升 / ▼ 下降 / ＝ 持平 / ？ 无法判断), never colour
 * alone; breakdown parts and derived official rates below their indicator; the notes that make a
 * comparison unsafe (different bases, units or kinds, qualified figures) beside the rows they concern
 * and in a numbered list; and the indicators found in only one of the two.
 *
 * @attr previous-src - URL of the earlier report's JSON (or of the other issuer's).
 * @attr current-src - URL of the later report's JSON.
 * @attr families - Which families to show, in order, e.g. `"reconsideration litigation"` (default: all present).
 * @attr timeout - Time limit for each URL, in milliseconds (default 15000).
 * @attr heading-level - Level of the heading, 2–6 (default 3).
 * @attr lang - The language (`zh-CN` or `en`); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), so that page toolbars walking `document` text (read-aloud, enlarge, 简/繁) reach every label, figure,
 * change and note; styled exactly as in the shadow root by the comparison's rules, which the element adopts into
 * the page itself (a constructable stylesheet, allowed by a strict CSP; they are not in `rule-of-law.css`).
 * `::part` does not apply.
 *
 * @prop {Report | undefined} previous - The earlier report as an object; takes precedence over `previous-src`.
 * @prop {Report | undefined} current - The later report as an object; takes precedence over `current-src`.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - Both reports were validated and compared; `detail.comparison` holds the comparison, `detail.report` the current report.
 * @event {CustomEvent<RolErrorDetail>} rol-error - A report failed to load or validate; `detail.src` says which.
 *
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The `<section>`.
 * @csspart title - The heading.
 * @csspart report-notes - Notes about the two reports as a whole (different issuers, period order).
 * @csspart table - Each family's table.
 * @csspart row-note - The notes shown right after the rows they concern.
 * @csspart direction - Each direction (symbol and word).
 * @csspart only - The lists of indicators found in only one report.
 * @csspart notes-title - The heading of the notes.
 * @csspart notes - The numbered list of every note.
 * @csspart source - The line naming both reports.
 * @csspart status - The loading and empty states.
 * @csspart error - The error state (`role="alert"`).
 * @csspart retry - The retry button of a fetch error.
 *
 * @cssprop --rol-color-text - Text colour (default: inherited).
 * @cssprop --rol-color-text-muted - Column headings and secondary text.
 * @cssprop --rol-color-border - Table rules and the panel's border.
 * @cssprop --rol-color-surface - The panel's background.
 * @cssprop --rol-color-surface-raised - Background of note rows.
 * @cssprop --rol-color-warning - Warning notes.
 * @cssprop --rol-color-accent - The rule beside the notes.
 * @cssprop --rol-radius - Corner radius.
 * @cssprop --rol-panel-padding - Padding of the panel (default 1em).
 */
export class RuleOfLawCompare extends RuleOfLawElement {
  static override styles = [baseStyles, compareStyles];

  static override properties: PropertyDeclarations = {
    previous: { attribute: false },
    current: { attribute: false },
    previousSrc: { attribute: 'previous-src', reflect: true },
    currentSrc: { attribute: 'current-src', reflect: true },
    families: {},
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The earlier report as an object. */
  previous?: Report;

  /** The later report as an object. */
  current?: Report;

  /** URL of the earlier report's JSON. */
  previousSrc?: string;

  /** URL of the later report's JSON. */
  currentSrc?: string;

  /** Families to show, in order (space- or comma-separated); all present when empty. */
  families?: string;

  /** Time limit for each URL, in milliseconds. */
  timeout = 15000;

  /** Level of the heading, 2–6. */
  headingLevel?: number;

  private compared: Compared | undefined;

  private readonly loader = new ReportsLoader(this, {
    inputs: () => this.inputs(),
    timeoutMs: () => this.timeout,
    settled: (state) => {
      if (state.status === 'error') emit(this, 'rol-error', state.error);
      else if (state.status === 'ready' && this.compared) {
        const { current, previous, comparison } = this.compared;
        emit(this, 'rol-load', { report: current.report, computed: current.computed, previous: previous.report, comparison });
      }
    },
  });

  /** The comparison shown, once both reports are loaded. */
  get comparison(): ReportComparison | undefined {
    return this.compared?.comparison;
  }

  /** Loads the data again (after a fetch failure). */
  reload(): void {
    this.loader.reload();
  }

  private inputs(): ReportInput[] {
    const previous: ReportInput | undefined = this.previous != null ? { report: this.previous } : this.previousSrc ? { src: this.previousSrc } : undefined;
    const current: ReportInput | undefined = this.current != null ? { report: this.current } : this.currentSrc ? { src: this.currentSrc } : undefined;
    return previous && current ? [previous, current] : [];
  }

  private get words(): ComparisonStrings {
    return COMPARISON_STRINGS[this.locale];
  }

  override willUpdate(): void {
    this.loader.sync();
    const { state } = this.loader;
    if (state.status !== 'ready') {
      this.compared = undefined;
      return;
    }
    if (this.compared?.state === state) return;
    const [previous, current] = state.reports as [LoadedReport, LoadedReport];
    this.compared = { state, previous, current, comparison: compareReports(previous.report, current.report) };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this, ['compare', compareStyles]) ?? super.createRenderRoot();
  }

  override render(): TemplateResult {
    const content = this.renderView();
    // Light DOM: in its box, and drawn afresh only for new data (a page toolbar's rewriting is kept until then).
    return this.renderRoot === this ? hostBox('compare', keyed(this.compared ?? this.loader.state, content), this.theme) : content;
  }

  private renderView(): TemplateResult {
    const { state } = this.loader;
    const { strings, locale } = this;
    if (state.status === 'loading') return loadingView(strings);
    if (state.status === 'error') return errorView(state.error, locale, strings, () => this.reload());
    if (!this.compared) return emptyView(strings);
    return this.renderComparison(this.compared, this.viewContext.id);
  }

  /** What names a side in the table: its period for the same issuer, else the issuer (and period when they differ). */
  private sideLabel(side: ReportSummary, other: ReportSummary): string {
    const { locale } = this;
    const period = formatPeriod(side.period, { locale });
    if (side.issuer.name === other.issuer.name) return period;
    const issuer = locale === 'en' && side.issuer.nameEn ? side.issuer.nameEn : side.issuer.name;
    const samePeriod = side.period.start === other.period.start && side.period.end === other.period.end;
    return samePeriod ? issuer : locale === 'en' ? `${issuer} (${period})` : `${issuer}（${period}）`;
  }

  /** `id` makes ids unique where the comparison is drawn (as they are in a shadow root, prefixed in the page). */
  private renderComparison({ previous, current, comparison }: Compared, id: ViewContext['id']): TemplateResult {
    const { locale, words } = this;
    const level = toHeadingLevel(this.headingLevel, 3);
    const model = compareModel(comparison, familyOrder(this.families));
    const sides = { previous: this.sideLabel(comparison.previous, comparison.current), current: this.sideLabel(comparison.current, comparison.previous) };
    const number = (note: ComparisonNote) => model.notes.indexOf(note) + 1;
    return html`<section part="base" class="compare" aria-labelledby=${id('title')}>
      ${heading(level, words.compareHeading(sides.previous, sides.current), { id: id('title'), part: 'title' })}
      ${model.reportNotes.length > 0
        ? html`<ul part="report-notes" class="report-notes">
            ${model.reportNotes.map((note) => html`<li>${this.noteText(note, number(note))}</li>`)}
          </ul>`
        : nothing}
      ${model.families.length === 0 ? html`<p class="nothing">${words.nothingCompared}</p>` : nothing}
      ${model.families.map(({ family, rows }) => this.renderTable(family, FAMILY_LABELS[family][locale], rows, sides, number, id(`caption-${family}`)))}
      ${this.renderOnly(model, sides)} ${this.renderNotes(model, level, id('notes-title'))}
      <p part="source" class="source">${sourcesCitation([previous.report, current.report], locale, words.sources)}</p>
    </section>`;
  }

  private noteText(note: ComparisonNote, number: number): TemplateResult {
    const { words, locale } = this;
    return html`<span class="note note-${note.severity}"
      ><strong>${words.noteRef(number)} ${words.severity[note.severity]}</strong>${locale === 'en' ? ': ' : '：'}${note.message[locale]}</span
    >`;
  }

  private renderTable(
    family: string,
    caption: string,
    rows: readonly CompareRow[],
    sides: { readonly previous: string; readonly current: string },
    number: (note: ComparisonNote) => number,
    captionId: string,
  ): TemplateResult {
    const { words } = this;
    const labels = [words.indicator, sides.previous, sides.current, words.change, words.relativeChange, words.directionHeading] as const;
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table" class="cmp" data-family=${family}>
        <caption id=${captionId}>${caption}</caption>
        <thead>
          <tr>
            ${labels.map((label, index) => html`<th scope="col" class=${index === 0 ? '' : 'num'}>${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.renderRow(row, labels, number))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(row: CompareRow, labels: readonly string[], number: (note: ComparisonNote) => number): TemplateResult {
    const { locale, words } = this;
    const label =
      row.level === 'part'
        ? words.partOf(localized(row.label, locale))
        : row.level === 'derived'
          ? words.derivedRate(localized(row.label, locale), row.base ? localized(row.base, locale) : '')
          : undefined;
    const relative = row.relativeChange ? formatRelativeChange(row.relativeChange, { locale }) : words.notApplicable;
    return html`<tr class="row row-${row.level}" data-key=${row.key}>
        <th scope="row">${label ?? textSpan(row.label, locale)}</th>
        <td class="num value" data-label=${labels[1]!}>${this.valueView(row.previous)}</td>
        <td class="num value" data-label=${labels[2]!}>${this.valueView(row.current)}</td>
        <td class="num change" data-label=${labels[3]!}>${row.change ? formatChange(row.change, { locale }) : words.notApplicable}</td>
        <td class="num" data-label=${labels[4]!}>${relative}</td>
        <td class="num" part="direction" data-label=${labels[5]!}>${directionView(row.change, locale)}</td>
      </tr>
      ${row.notes.length > 0
        ? html`<tr class="note-row" part="row-note" data-key=${row.key}>
            <td colspan="6">
              <ul>
                ${row.notes.map((note) => html`<li>${this.noteText(note, number(note))}</li>`)}
              </ul>
            </td>
          </tr>`
        : nothing}`;
  }

  private valueView(value: RowValue | undefined): TemplateResult | string {
    const { locale, words } = this;
    if (!value) return words.notApplicable;
    if (value.kind === 'implied-zero') return html`<span class="implied">${words.impliedZeroValue}</span>`;
    if (value.kind === 'rate') return formatRateResult(value.result, { locale });
    const { value: compared } = value;
    const text = formatComparedValue(compared, { locale, maximumFractionDigits: 2 });
    const basis = words.basis[compared.basis];
    return basis ? html`${text}<br /><span class="basis">${basis}</span>` : html`${text}`;
  }

  private renderOnly(model: CompareModel, sides: { readonly previous: string; readonly current: string }): TemplateResult | typeof nothing {
    if (model.added.length === 0 && model.removed.length === 0) return nothing;
    const list = (title: string, entries: readonly IndicatorComparison[], side: 'previous' | 'current', kind: string) =>
      entries.length === 0
        ? nothing
        : html`<div class="only-list" data-only=${kind}>
            <p class="only-title">${title}</p>
            <ul>
              ${entries.map((entry) => {
                const value = entry[side];
                return html`<li data-id=${entry.id}>
                  ${textSpan(entry.label, this.locale)}${value
                    ? html`${this.locale === 'en' ? ': ' : '：'}${formatComparedValue(value, { locale: this.locale, maximumFractionDigits: 2 })}`
                    : nothing}
                </li>`;
              })}
            </ul>
          </div>`;
    return html`<div part="only" class="only">
      ${list(this.words.onlyIn(sides.current), model.added, 'current', 'added')}
      ${list(this.words.onlyIn(sides.previous), model.removed, 'previous', 'removed')}
    </div>`;
  }

  private renderNotes(model: CompareModel, level: ReturnType<typeof toHeadingLevel>, titleId: string): TemplateResult {
    const { words } = this;
    return html`<div class="notes-block">
      ${heading(toHeadingLevel(level + 1, 4), words.notesHeading, { id: titleId, part: 'notes-title' })}
      ${model.notes.length === 0
        ? html`<p class="no-notes">${words.noNotes}</p>`
        : html`<ul part="notes" class="notes" aria-labelledby=${titleId}>
            ${model.notes.map((note, index) => html`<li>${this.noteText(note, index + 1)}</li>`)}
          </ul>`}
    </div>`;
  }
}

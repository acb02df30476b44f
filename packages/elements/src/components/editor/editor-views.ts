import { html, nothing, type TemplateResult } from 'lit';
import { FAMILIES, localized, SEVERITIES, type Family, type Indicator, type LocaleTag, type Report } from '@rule-of-law/core';
import { reviewStateOf, textSegments, type DraftCheck, type FigurePlace, type ReviewState } from '@rule-of-law/core/edit';
import type { ExtractedFigure } from '@rule-of-law/core/extract';
import type { EditorStrings } from '../../internal/i18n/editor-strings.js';

/** A figure in the text: one the report holds (with its indicator), or one the draft left out. */
export type TextFigure =
  { readonly kind: 'bound'; readonly place: FigurePlace; readonly state: ReviewState } | { readonly kind: 'unbound'; readonly figure: ExtractedFigure };

/** What the editor's views need besides their data. */
export interface EditorViewContext {
  readonly strings: EditorStrings;
  readonly locale: LocaleTag;
  readonly selected: string | undefined;
  /** An indicator was chosen (from the outline, a check, or one of its figures in the text: `place`). */
  readonly select: (id: string, place?: FigurePlace) => void;
  /** A figure the draft did not use was chosen: bind it, or make an indicator of it. */
  readonly pick: (figure: ExtractedFigure) => void;
}

const rangeOf = (figure: TextFigure): { start: number; end: number } => (figure.kind === 'bound' ? figure.place : figure.figure);

/**
 * The figures of the text: every quantity of the report with a place in it, and the figures the extractor saw
 * that the draft did not use (shown as skipped), so that a person sees what was read and what was not.
 */
export function textFigures(report: Report, places: readonly FigurePlace[], extracted: readonly ExtractedFigure[]): TextFigure[] {
  const states = new Map(report.indicators.map((indicator) => [indicator.id, reviewStateOf(indicator)]));
  const taken = new Set(places.map((place) => `${place.start}:${place.end}`));
  const bound: TextFigure[] = places.map((place) => ({ kind: 'bound', place, state: states.get(place.id) ?? 'entered' }));
  const unbound: TextFigure[] = extracted.filter((figure) => !taken.has(`${figure.start}:${figure.end}`)).map((figure) => ({ kind: 'unbound', figure }));
  return [...bound, ...unbound];
}

/** The source text, every figure marked by its state (a word in its name, not only its colour); a marked figure selects its indicator. */
export function sourceView(text: string, figures: readonly TextFigure[], labels: ReadonlyMap<string, string>, context: EditorViewContext): TemplateResult {
  const { strings } = context;
  if (text === '') return html`<p class="empty">${strings.noSource}</p>`;
  const ranges = figures.map((figure) => ({ figure, ...rangeOf(figure) }));
  // One tab stop for the whole text (the selected figure's, else the first): arrow keys move between figures.
  const focusable = context.selected ?? figures.find((figure) => figure.kind === 'bound')?.place.id;
  let tabStopGiven = false;
  const runs = textSegments(text, ranges).map((run) => {
    if (run.ranges.length === 0) return run.text;
    const figure = run.ranges[0]!.figure;
    if (figure.kind === 'unbound') {
      return html`<mark
        class="source-figure unbound"
        role="button"
        tabindex="-1"
        data-written=${figure.figure.written}
        title=${strings.unboundFigure}
        @click=${() => context.pick(figure.figure)}
        @keydown=${(event: KeyboardEvent) => onFigureKey(event, () => context.pick(figure.figure))}
        >${run.text}</mark
      >`;
    }
    const { id } = figure.place;
    const name = strings.figureOf(labels.get(id) ?? id, strings.reviewState[figure.state]);
    const tabStop = !tabStopGiven && id === focusable;
    if (tabStop) tabStopGiven = true;
    return html`<mark
      class="source-figure ${figure.state} ${id === context.selected ? 'selected' : ''}"
      role="button"
      tabindex=${tabStop ? 0 : -1}
      data-id=${id}
      title=${name}
      @click=${() => context.select(id, figure.place)}
      @keydown=${(event: KeyboardEvent) => onFigureKey(event, () => context.select(id, figure.place))}
      >${run.text}</mark
    >`;
  });
  return html`<div class="source-text" lang="zh-CN">${runs}</div>`;
}

/** The keys of a figure in the text: Enter or Space selects it; the arrows, Home and End move to another figure. */
function onFigureKey(event: KeyboardEvent, select: () => void): void {
  const mark = event.currentTarget as HTMLElement;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    select();
    return;
  }
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
  if (step === undefined) return;
  const marks = [...(mark.parentElement?.querySelectorAll<HTMLElement>('mark[role="button"]') ?? [])];
  const index = marks.indexOf(mark);
  const next = marks[Math.max(0, Math.min(marks.length - 1, Number.isFinite(step) ? index + step : step > 0 ? marks.length - 1 : 0))];
  if (!next || next === mark) return;
  event.preventDefault();
  mark.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

/** The draft as an outline: indicators by family, each with its figure as written and its review state in words. */
export function outlineView(report: Report, context: EditorViewContext): TemplateResult {
  const { strings, locale } = context;
  const byFamily = new Map<Family, Indicator[]>();
  for (const indicator of report.indicators) byFamily.set(indicator.family, [...(byFamily.get(indicator.family) ?? []), indicator]);
  const groups = FAMILIES.filter((family) => byFamily.has(family)).map(
    (family) => html`<li>
      <span class="family">${strings.families[family]}</span>
      <ul>
        ${byFamily.get(family)!.map((indicator) => {
          const state = reviewStateOf(indicator);
          return html`<li>
            <button type="button" class="item ${state}" aria-pressed=${indicator.id === context.selected ? 'true' : 'false'} data-id=${indicator.id} @click=${() => context.select(indicator.id)}>
              <span class="label">${localized(indicator.label, locale)}</span>
              <span class="written">${writtenOf(indicator)}</span>
              <span class="state">${strings.reviewState[state]}</span>
            </button>
          </li>`;
        })}
      </ul>
    </li>`,
  );
  return html`<ul class="outline">
    ${groups}
  </ul>`;
}

/** The figure of an indicator as the report wrote it: its value, a breakdown's total (else its parts), a rate's value. */
export function writtenOf(indicator: Indicator): string {
  switch (indicator.kind) {
    case 'breakdown':
      return indicator.total && 'written' in indicator.total ? indicator.total.written : indicator.parts.map((part) => part.quantity.written).join(' + ');
    case 'rate':
      return indicator.quantity?.written ?? '';
    default:
      return indicator.quantity.written;
  }
}

/** The checks as the report stands: validation issues first, then findings, each selecting its first indicator. */
export function checksView(checks: readonly DraftCheck[], context: EditorViewContext): TemplateResult {
  const { strings, locale } = context;
  if (checks.length === 0) return html`<p class="empty">${strings.noChecks}</p>`;
  const order = (check: DraftCheck) => SEVERITIES.indexOf(check.severity);
  return html`<ul class="checks">
    ${[...checks]
      .sort((a, b) => order(a) - order(b))
      .map(
        (check) => html`<li class="check ${check.severity}">
          <span class="severity">${strings.severity[check.severity]}</span>
          ${
            check.ids.length > 0
              ? html`<button type="button" class="link" @click=${() => context.select(check.ids[0]!)}>${localized(check.message, locale)}</button>`
              : html`<span>${localized(check.message, locale)}</span>`
          }
          ${check.pointer ? html`<code>${check.pointer}</code>` : nothing}
        </li>`,
      )}
  </ul>`;
}

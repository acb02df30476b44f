import { html, nothing, type TemplateResult } from 'lit';
import type { Family, Report, ReportComparison } from '@rule-of-law/core';
import { compareModel } from '../compare/compare-rows.js';
import { heading, type HeadingLevel } from '../templates/heading.js';
import { sourcesCitation } from '../templates/sources.js';
import { compareWords, noteNumbers, sideLabels } from './compare/compare-labels.js';
import { notesBlock, reportNotes } from './compare/compare-notes.js';
import { onlyLists } from './compare/compare-only.js';
import { familyTable } from './compare/compare-table.js';
import type { ViewContext } from './view-context.js';

/** Two reports and their comparison (core's `compareReports(previous, current)`). */
export interface ComparedReports {
  readonly previous: Report;
  readonly current: Report;
  readonly comparison: ReportComparison;
}

/** How a comparison is drawn. */
export interface CompareViewOptions {
  /** The families to show, in order (`familyOrder` of the `families` attribute); those without a shared indicator are left out. */
  readonly families: readonly Family[];
  /** Level of the heading; the notes' heading is one below. */
  readonly level: HeadingLevel;
}

/**
 * Two reports side by side as a `<section>`: the heading naming both sides, the notes about the reports as a
 * whole, one table per family (both figures as written, the change, the relative change, the direction in words
 * and symbols, the notes after the rows they concern), the indicators found on one side only, every note
 * numbered, and both sources. Shared by `<rule-of-law-compare>` (shadow root and light DOM) and the static
 * renderer (`renderCompareHTML`).
 *
 * @example
 * ```ts
 * const comparison = compareReports(previous, current);
 * compareView({ previous, current, comparison }, { families: FAMILIES, level: 3 }, viewContext('zh-CN', 'rol-x'));
 * ```
 */
export function compareView({ previous, current, comparison }: ComparedReports, options: CompareViewOptions, context: ViewContext): TemplateResult {
  const { id, locale } = context;
  const words = compareWords(context);
  const model = compareModel(comparison, options.families);
  const sides = sideLabels(comparison, context);
  const number = noteNumbers(model);
  return html`<section part="base" class="compare" aria-labelledby=${id('title')}>
    ${heading(options.level, words.compareHeading(sides.previous, sides.current), { id: id('title'), part: 'title' })}
    ${reportNotes(model, number, context)}
    ${model.families.length === 0 ? html`<p class="nothing">${words.nothingCompared}</p>` : nothing}
    ${model.families.map((rows) => familyTable(rows, sides, number, context))} ${onlyLists(model, sides, context)}
    ${notesBlock(model, options.level, context)}
    <p part="source" class="source">${sourcesCitation([previous, current], locale, words.sources)}</p>
  </section>`;
}

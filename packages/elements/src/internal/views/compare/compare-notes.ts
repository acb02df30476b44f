import { html, nothing, type TemplateResult } from 'lit';
import { localized, type ComparisonNote } from '@rule-of-law/core';
import type { CompareModel } from '../../compare/compare-rows.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../templates/heading.js';
import type { ViewContext } from '../view-context.js';
import { compareWords, type NoteNumber } from './compare-labels.js';

/**
 * A note with its number and severity: "注1 警告：…" / "Note 1 Warning: …", classed by severity for styling.
 *
 * @example
 * ```ts
 * noteText(note, 1, viewContext('zh-CN')); // <span class="note note-warning"><strong>注1 警告</strong>：两份报告的口径不同…</span>
 * ```
 */
export function noteText(note: ComparisonNote, number: number, context: ViewContext): TemplateResult {
  const words = compareWords(context);
  return html`<span class="note note-${note.severity}"
    ><strong>${words.noteRef(number)} ${words.severity[note.severity]}</strong>${words.colon}${localized(note.message, context.locale)}</span
  >`;
}

/**
 * The notes about the two reports as a whole (different issuers, period order), under the heading; nothing when there are none.
 *
 * @example
 * ```ts
 * reportNotes(model, noteNumbers(model), context);
 * ```
 */
export function reportNotes(model: CompareModel, number: NoteNumber, context: ViewContext): TemplateResult | typeof nothing {
  if (model.reportNotes.length === 0) return nothing;
  return html`<ul part="report-notes" class="report-notes">
    ${model.reportNotes.map((note) => html`<li>${noteText(note, number(note), context)}</li>`)}
  </ul>`;
}

/**
 * Every note, numbered, under its own heading one level below the comparison's; or a line saying there is none.
 *
 * @example
 * ```ts
 * notesBlock(model, 3, viewContext('en')); // <h4>Notes on the comparison</h4><ul part="notes">…
 * ```
 */
export function notesBlock(model: CompareModel, level: HeadingLevel, context: ViewContext): TemplateResult {
  const words = compareWords(context);
  const titleId = context.id('notes-title');
  return html`<div class="notes-block">
    ${heading(toHeadingLevel(level + 1, 4), words.notesHeading, { id: titleId, part: 'notes-title' })}
    ${
      model.notes.length === 0
        ? html`<p class="no-notes">${words.noNotes}</p>`
        : html`<ul part="notes" class="notes" aria-labelledby=${titleId}>
          ${model.notes.map((note, index) => html`<li>${noteText(note, index + 1, context)}</li>`)}
        </ul>`
    }
  </div>`;
}

import type { Report } from '../schema/report.js';
import { applyEdit } from './apply-edit.js';
import type { ReportEdit } from './report-edit.js';

/** One step of an {@link EditHistory}: an edit, and the report on the other side of it. */
export interface EditStep {
  readonly edit: ReportEdit;
  /** In `past`, the report before the edit; in `future`, the report after it. */
  readonly report: Report;
}

/**
 * A report being edited, with its undo and redo: plain JSON data (reports and edits), so that it can be
 * saved as it stands and restored after a reload. Change it only through {@link recordEdit}, {@link undo}
 * and {@link redo}, which return a new history.
 */
export interface EditHistory {
  /** Undoable steps, oldest first. */
  readonly past: readonly EditStep[];
  /** The report as it stands. */
  readonly present: Report;
  /** Redoable steps, next first. */
  readonly future: readonly EditStep[];
}

/** How many steps a history keeps to undo, unless told otherwise. */
export const DEFAULT_UNDO_LIMIT = 500;

/**
 * A history starting at `report`, with nothing to undo or redo.
 *
 * @example
 * ```ts
 * let history = startHistory(draftReport(text));
 * history = recordEdit(history, { type: 'accept', id: 'litigation.cases' });
 * history = undo(history);
 * ```
 */
export function startHistory(report: Report): EditHistory {
  return { past: [], present: report, future: [] };
}

/** Options of {@link recordEdit}. */
export interface RecordEditOptions {
  /** How many steps to keep to undo ({@link DEFAULT_UNDO_LIMIT}); the oldest go first. */
  readonly limit?: number;
}

/**
 * The history with `edit` applied to its present report: undoable, and what could be redone forgotten. An edit
 * that changes nothing records nothing.
 *
 * @throws {@link EditError} when the edit does not fit the report; the history is then unchanged.
 *
 * @example
 * ```ts
 * history = recordEdit(history, { type: 'set-family', id: 'enforcement.fines', family: 'enforcement' }, { limit: 100 });
 * ```
 */
export function recordEdit(history: EditHistory, edit: ReportEdit, options: RecordEditOptions = {}): EditHistory {
  const limit = options.limit ?? DEFAULT_UNDO_LIMIT;
  const present = applyEdit(history.present, edit);
  if (present === history.present) return history;
  const past = [...history.past, { edit, report: history.present }];
  return { past: past.slice(Math.max(0, past.length - limit)), present, future: [] };
}

/**
 * The history one edit back (the same history when there is nothing to undo).
 *
 * @example
 * ```ts
 * if (history.past.length > 0) history = undo(history);
 * ```
 */
export function undo(history: EditHistory): EditHistory {
  const step = history.past.at(-1);
  if (!step) return history;
  return { past: history.past.slice(0, -1), present: step.report, future: [{ edit: step.edit, report: history.present }, ...history.future] };
}

/**
 * The history one undone edit forward again (the same history when there is nothing to redo).
 *
 * @example
 * ```ts
 * if (history.future.length > 0) history = redo(history);
 * ```
 */
export function redo(history: EditHistory): EditHistory {
  const [step, ...future] = history.future;
  if (!step) return history;
  return { past: [...history.past, { edit: step.edit, report: history.present }], present: step.report, future };
}

/**
 * `@rule-of-law/core/edit`: a person's corrections to a report — most often a draft read from a published
 * text by `@rule-of-law/core/extract` — as data: edits that can be applied, undone, redone, saved and replayed.
 * It is the model of an editor in which a person confirms a draft; a service that reviews drafts on a server uses
 * it the same way.
 *
 * - {@link applyEdit} applies one {@link ReportEdit} (fix a label, a value or a unit; bind a rate's operand;
 *   change a breakdown's parts; add or delete an indicator; give it a codebook id), keeping references whole.
 * - {@link startHistory}, {@link recordEdit}, {@link undo} and {@link redo} keep the edits undoable;
 *   {@link editSession} and {@link readEditSession} save and restore the work with its source text.
 * - {@link figurePlaces}, {@link figuresOf} and {@link operandForFigure} link the report's quantities to their
 *   places in the source text, both ways.
 * - {@link reviewStateOf} says which drafted indicators a person has looked at.
 * - {@link draftChecks} lists what is wrong or worth a look as the report is edited (validation issues, then the
 *   arithmetic's findings), each linked to its indicators and their figures in the text.
 *
 * @example
 * ```ts
 * import { draftReport } from '@rule-of-law/core/extract';
 * import { recordEdit, startHistory, undo } from '@rule-of-law/core/edit';
 *
 * let history = startHistory(draftReport(text));
 * history = recordEdit(history, { type: 'set-exhaustive', id: 'reconsideration.outcomes', exhaustive: true });
 * history = undo(history);
 * ```
 *
 * @packageDocumentation
 */
export { applyEdit } from './apply-edit.js';
export { draftChecks, type DraftCheck } from './draft-checks.js';
export { EditError, type EditErrorCode } from './edit-error.js';
export { EDIT_SESSION_FORMAT, editSession, readEditSession, type EditSession, type ReadEditSessionResult } from './edit-session.js';
export { DEFAULT_UNDO_LIMIT, recordEdit, redo, startHistory, undo, type EditHistory, type EditStep, type RecordEditOptions } from './edit-history.js';
export { figurePlaces, figuresOf, operandForFigure, operandForPlace, type FigurePlace, type FigureRole } from './figure-places.js';
export { referencesTo, type IndicatorReference, type ReferenceSlot } from './indicator-references.js';
export type { OperandSide, PartChanges, QuantityChanges, ReportEdit, ReportEditType } from './report-edit.js';
export { reviewStateOf, type ReviewState } from './review-state.js';
export { textSegments, type TextRange, type TextSegment } from './text-segments.js';
export { uniqueIndicatorId } from './unique-id.js';

import { describe, expect, it } from 'vitest';
import { EditError, recordEdit, redo, startHistory, undo, type EditHistory, type ReportEdit } from '@rule-of-law/core/edit';
import { draft, indicator } from './support.js';

const edits: ReportEdit[] = [
  { type: 'set-label', id: 'enforcement.penalties', label: { 'zh-CN': '行政处罚案件' } },
  { type: 'rename', id: 'environment.issues', to: 'environment.complaints' },
  { type: 'set-exhaustive', id: 'litigation.cases', exhaustive: false },
];

const replay = (history: EditHistory, list: readonly ReportEdit[]) => list.reduce((each, edit) => recordEdit(each, edit), history);

describe('edit history', () => {
  it('undoes every edit back to the draft, and redoes them to the same report', () => {
    const edited = replay(startHistory(draft), edits);
    expect(edited.past.map((step) => step.edit)).toEqual(edits);
    let history = edited;
    for (let step = 0; step < edits.length; step += 1) history = undo(history);
    expect(history.present).toBe(draft);
    expect(history.past).toEqual([]);
    expect(undo(history)).toBe(history);
    for (let step = 0; step < edits.length; step += 1) history = redo(history);
    expect(history.present).toBe(edited.present);
    expect(redo(history)).toBe(history);
  });

  it('forgets what could be redone once a new edit is made', () => {
    const history = undo(replay(startHistory(draft), edits));
    expect(history.future.map((step) => step.edit)).toEqual([edits[2]]);
    const branched = recordEdit(history, { type: 'accept', id: 'publicity.tasks' });
    expect(branched.future).toEqual([]);
    expect(indicator(branched.present, 'litigation.cases')).toEqual(indicator(draft, 'litigation.cases'));
  });

  it('survives JSON, as saved in the browser: undo after restoring gives the report before the edit', () => {
    const restored = JSON.parse(JSON.stringify(replay(startHistory(draft), edits))) as EditHistory;
    const back = undo(undo(restored));
    expect(indicator(back.present, 'environment.issues')).toEqual(indicator(draft, 'environment.issues'));
    expect(redo(back).present.indicators.some((each) => each.id === 'environment.complaints')).toBe(true);
  });

  it('keeps only the newest steps beyond its limit', () => {
    const labels = Array.from({ length: 5 }, (_, index): ReportEdit => ({ type: 'set-label', id: 'enforcement.fines', label: { 'zh-CN': `罚款 ${index}` } }));
    const history = labels.reduce((each, edit) => recordEdit(each, edit, { limit: 3 }), startHistory(draft));
    expect(history.past.map((step) => step.edit)).toEqual(labels.slice(2));
    expect(indicator(history.past[0]!.report, 'enforcement.fines').label['zh-CN']).toBe('罚款 1');
  });

  it('is left as it was by an edit that does not fit', () => {
    const history = replay(startHistory(draft), edits);
    expect(() => recordEdit(history, { type: 'delete-indicator', id: 'no.such' })).toThrow(EditError);
    expect(history.past).toHaveLength(3);
  });

  it('records nothing for an edit that changes nothing', () => {
    const history = startHistory(draft);
    expect(recordEdit(history, { type: 'rename', id: 'enforcement.fines', to: 'enforcement.fines' })).toBe(history);
    const accepted = recordEdit(history, { type: 'accept', id: 'enforcement.fines' });
    expect(accepted.past).toHaveLength(1);
    expect(recordEdit(accepted, { type: 'accept', id: 'enforcement.fines' })).toBe(accepted);
  });
});

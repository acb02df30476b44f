import { describe, expect, it } from 'vitest';
import { editSession, readEditSession, recordEdit, startHistory, undo } from '@rule-of-law/core/edit';
import { draft, text } from './support.js';

describe('saved editing work', () => {
  const history = recordEdit(recordEdit(startHistory(draft), { type: 'accept', id: 'publicity.tasks' }), {
    type: 'set-exhaustive',
    id: 'litigation.cases',
    exhaustive: false,
  });

  it('comes back from its JSON as it was saved: text, report, undo and redo', () => {
    const saved = JSON.stringify(editSession(text, undo(history), { name: '杭州道2023.txt', savedAt: new Date('2026-12-03T04:00:00Z') }));
    const restored = readEditSession(saved);
    if (!restored.ok) throw new Error(restored.message.en);
    expect(restored.session).toMatchObject({ name: '杭州道2023.txt', text, savedAt: '2026-12-03T04:00:00.000Z', version: 1 });
    expect(restored.session.history.past.map((step) => step.edit.type)).toEqual(['accept']);
    expect(restored.session.history.future.map((step) => step.edit.type)).toEqual(['set-exhaustive']);
    expect(restored.session.history.present).toEqual(JSON.parse(JSON.stringify(undo(history).present)));
  });

  it('refuses what is not saved work, with a message in both languages, and never throws', () => {
    const reasons = ['{', JSON.stringify(draft), JSON.stringify({ format: 'rule-of-law-edit-session', version: 2 }), 42, null, '', undefined].map((input) => {
      const result = readEditSession(input);
      if (result.ok) throw new Error('read as a session');
      expect(result.message['zh-CN']).not.toBe(result.message.en);
      return result.message.en;
    });
    expect(reasons).toEqual([
      'The saved work cannot be read: it is not JSON',
      'This is not saved editing work (no "format": "rule-of-law-edit-session")',
      'The saved work is from a newer version (2)',
      'This is not saved editing work (no "format": "rule-of-law-edit-session")',
      'This is not saved editing work (no "format": "rule-of-law-edit-session")',
      'The saved work cannot be read: it is not JSON',
      'This is not saved editing work (no "format": "rule-of-law-edit-session")',
    ]);
  });

  it('refuses a damaged save: a history without its report, or steps that are not edits', () => {
    const good = editSession(text, history);
    const damaged = [
      { ...good, history: { ...good.history, present: 'x' } },
      { ...good, history: { ...good.history, past: [{ edit: 'accept', report: draft }] } },
      { ...good, text: 12 },
    ];
    for (const each of damaged)
      expect(readEditSession(each)).toMatchObject({ ok: false, message: { en: 'The saved work is damaged: its report, text or edit history is missing' } });
  });
});

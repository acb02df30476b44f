import type { BilingualText } from '../schema/localized-text.js';
import type { Report } from '../schema/report.js';
import type { EditHistory, EditStep } from './edit-history.js';

/** What {@link EditSession} files say they are. */
export const EDIT_SESSION_FORMAT = 'rule-of-law-edit-session';

/**
 * Work in progress on a report, as saved between visits (in the browser's storage, or a file): the source text it
 * was drafted from, the edit history with its undo and redo, and when it was saved. Plain JSON.
 */
export interface EditSession {
  readonly format: typeof EDIT_SESSION_FORMAT;
  readonly version: 1;
  /** The name of the file the text came from, when there was one. */
  readonly name?: string;
  /** The report's published text (empty when the work began from a report JSON without it). */
  readonly text: string;
  readonly history: EditHistory;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
}

/** The result of {@link readEditSession}: the session, or why the data is not one. */
export type ReadEditSessionResult = { readonly ok: true; readonly session: EditSession } | { readonly ok: false; readonly message: BilingualText };

/**
 * A session to save: the text, the history and when.
 *
 * @example
 * ```ts
 * localStorage.setItem('rol-edit', JSON.stringify(editSession(text, history, { name: file.name })));
 * ```
 */
export function editSession(text: string, history: EditHistory, options: { readonly name?: string; readonly savedAt?: Date } = {}): EditSession {
  return {
    format: EDIT_SESSION_FORMAT,
    version: 1,
    ...(options.name === undefined ? {} : { name: options.name }),
    text,
    history,
    savedAt: (options.savedAt ?? new Date()).toISOString(),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value has a report's outline (the report may be mid-edit, so not necessarily valid). */
const isReportLike = (value: unknown): value is Report => isObject(value) && Array.isArray(value.indicators) && Array.isArray(value.sections);

const isStep = (value: unknown): value is EditStep => isObject(value) && isObject(value.edit) && typeof value.edit.type === 'string' && isReportLike(value.report);

function refuse(zh: string, en: string): ReadEditSessionResult {
  return { ok: false, message: { 'zh-CN': zh, en } };
}

/**
 * Reads saved work back (a parsed JSON value or the JSON text), checking it is a session this library wrote:
 * never throws; anything else — another JSON file, a newer version, a damaged save — gives a message in both
 * languages instead. The reports in it are not validated here (work in progress may be invalid): `draftChecks`
 * says what is wrong with them.
 *
 * @example
 * ```ts
 * const restored = readEditSession(localStorage.getItem('rol-edit') ?? '');
 * if (restored.ok) history = restored.session.history;
 * ```
 */
export function readEditSession(input: unknown): ReadEditSessionResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return refuse('保存的工作无法读取：不是 JSON', 'The saved work cannot be read: it is not JSON');
    }
  }
  if (!isObject(value) || value.format !== EDIT_SESSION_FORMAT) {
    return refuse('这不是保存的编辑工作（缺少 "format": "rule-of-law-edit-session"）', 'This is not saved editing work (no "format": "rule-of-law-edit-session")');
  }
  if (value.version !== 1)
    return refuse(`保存的工作来自更新的版本（${String(value.version)}）`, `The saved work is from a newer version (${String(value.version)})`);
  const { history, text, savedAt, name } = value;
  const steps = (list: unknown) => Array.isArray(list) && list.every(isStep);
  const historyOk = isObject(history) && isReportLike(history.present) && steps(history.past) && steps(history.future);
  if (!historyOk || typeof text !== 'string' || typeof savedAt !== 'string' || (name !== undefined && typeof name !== 'string')) {
    return refuse('保存的工作已损坏：缺少报告、文本或编辑记录', 'The saved work is damaged: its report, text or edit history is missing');
  }
  return { ok: true, session: value as unknown as EditSession };
}

import { editSession, readEditSession, type EditHistory } from '@rule-of-law/core/edit';
import { deleteSession, getSession, KEPT_IN_INDEXED_DB, putSession } from './session-store.js';

/** Where the work stands between visits (the browser's storage); `saving` while a large session is written to IndexedDB. */
export type SaveState =
  { readonly status: 'none' } | { readonly status: 'saving' } | { readonly status: 'saved'; readonly at: Date } | { readonly status: 'failed' };

/** The work the editor keeps between visits: the report's text, the file it came from, and the edit history. */
export interface SavedWork {
  readonly text: string;
  readonly name: string | undefined;
  readonly history: EditHistory;
}

/** What a save may need to fit in local storage: the whole history, then less undo; what fits in none goes to IndexedDB. */
const HISTORY_KEPT_ON_RETRY = [Infinity, 20] as const;

/**
 * The editor's work in the browser, under one key: saved after each change in local storage, or, when it does not
 * fit there (a long report's text with its history), whole in IndexedDB with a mark in local storage saying so (see
 * session-store.ts); restored on the next visit; forgotten on request. `state` says where the last save stands;
 * `changed` is called when it changes later than the call that asked for it (an IndexedDB write settling).
 */
export class WorkStorage {
  state: SaveState = { status: 'none' };
  /** Saves to IndexedDB asked for so far: only the last one's outcome counts. */
  private largeSaves = 0;
  /** Whether IndexedDB may hold the work (to forget it once local storage holds the work again). */
  private keptLarge = false;

  constructor(
    private readonly key: () => string | undefined,
    private readonly changed: () => void,
  ) {}

  /**
   * Saves `work` in local storage; when it does not fit, with less undo history; when it does not fit even so, the
   * whole of it in IndexedDB (and, where IndexedDB is refused, without undo in local storage, if that fits).
   */
  save(work: SavedWork): void {
    const key = this.key();
    const store = localStore();
    if (!key || !store) return;
    for (const kept of HISTORY_KEPT_ON_RETRY) {
      const history = kept === Infinity ? work.history : { ...work.history, past: work.history.past.slice(-kept), future: [] };
      try {
        store.setItem(key, sessionJson(work, history));
        this.state = { status: 'saved', at: new Date() };
        this.forgetLarge(key);
        return;
      } catch {
        // Over the storage's quota: try with less history.
      }
    }
    this.saveLarge(key, store, work);
  }

  /** Reads the saved work, if any, and hands it to `resume` (at once from local storage, later from IndexedDB). */
  restore(resume: (work: SavedWork, at: Date) => void): void {
    const key = this.key();
    const saved = key ? localStore()?.getItem(key) : undefined;
    if (!key || !saved) return;
    const go = (text: string): void => {
      const session = readEditSession(text);
      if (!session.ok) return;
      const at = new Date(session.session.savedAt);
      this.state = { status: 'saved', at };
      const { text: workText, name, history } = session.session;
      resume({ text: workText, name, history }, at);
    };
    if (saved !== KEPT_IN_INDEXED_DB) return go(saved);
    this.keptLarge = true;
    getSession(key).then(
      (text) => text !== undefined && go(text),
      () => undefined,
    );
  }

  /** Forgets the work, in local storage and in IndexedDB. */
  clear(): void {
    const key = this.key();
    this.state = { status: 'none' };
    if (key) localStore()?.removeItem(key);
    this.forgetLarge(key);
  }

  /** Saves the whole work, undo included, in IndexedDB; the state says `saving` until it is written. */
  private saveLarge(key: string, store: Storage, work: SavedWork): void {
    const save = ++this.largeSaves;
    this.state = { status: 'saving' };
    try {
      store.setItem(key, KEPT_IN_INDEXED_DB);
    } catch {
      // Not even the mark fits: a reload will not find the work, but this visit keeps it.
    }
    this.keptLarge = true;
    const settle = (state: SaveState): void => {
      if (save !== this.largeSaves) return;
      this.state = state;
      this.changed();
    };
    putSession(key, sessionJson(work, work.history)).then(
      () => settle({ status: 'saved', at: new Date() }),
      () => settle(saveWithoutUndo(key, store, work)),
    );
  }

  /** Forgets the work kept in IndexedDB (local storage holds it again, or it was cleared); a save under way no longer counts. */
  private forgetLarge(key: string | undefined): void {
    if (!this.keptLarge || !key) return;
    this.largeSaves++;
    this.keptLarge = false;
    deleteSession(key).catch(() => {
      // Nothing to forget, or IndexedDB refused: a stale session stays unreferenced, the mark in local storage is gone.
    });
  }
}

function sessionJson(work: SavedWork, history: EditHistory): string {
  return JSON.stringify(editSession(work.text, history, work.name === undefined ? {} : { name: work.name }));
}

/** Where IndexedDB is refused: the work without its undo history in local storage, if that fits. */
function saveWithoutUndo(key: string, store: Storage, work: SavedWork): SaveState {
  try {
    store.setItem(key, sessionJson(work, { ...work.history, past: [], future: [] }));
    return { status: 'saved', at: new Date() };
  } catch {
    return { status: 'failed' };
  }
}

/** The browser's local storage, when the page may use it (a sandboxed frame or a privacy setting may forbid it). */
function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

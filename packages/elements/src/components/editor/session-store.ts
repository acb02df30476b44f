/**
 * The editor's second place to keep work: the browser's IndexedDB, for a session too large for local storage
 * (a long report's text with its edit history; local storage holds about 5 million characters an origin, shared
 * with the rest of the site). One database, `rule-of-law-editor`, one object store of saved sessions (JSON text)
 * by the editor's storage key. Every call fails (rejects) where IndexedDB is missing or refused (a private window,
 * a sandboxed frame); the editor then says the work is not saved.
 */

const DATABASE = 'rule-of-law-editor';
const STORE = 'sessions';

/** Written in local storage in place of a session kept in IndexedDB, so that a reload knows where to look. */
export const KEPT_IN_INDEXED_DB = '{"rolSavedIn":"indexedDB"}';

let database: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = globalThis.indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

/** Runs one request on the store, in a transaction of its own; settles when the transaction is done. */
async function request<T>(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const pending = make(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(pending.result);
    transaction.onerror = () => reject(transaction.error ?? pending.error ?? new Error('IndexedDB request failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Keeps `session` (JSON text) under `key`, replacing what was there. Writes happen in the order they are asked for. */
export function putSession(key: string, session: string): Promise<void> {
  return request('readwrite', (store) => store.put(session, key)).then(() => undefined);
}

/** The session kept under `key`, if any. */
export async function getSession(key: string): Promise<string | undefined> {
  const value = await request('readonly', (store) => store.get(key) as IDBRequest<unknown>);
  return typeof value === 'string' ? value : undefined;
}

/** Forgets the session kept under `key`. */
export function deleteSession(key: string): Promise<void> {
  return request('readwrite', (store) => store.delete(key)).then(() => undefined);
}

import type { Report } from '@rule-of-law/core';
import { draftReport, extractFigures, type ExtractedFigure } from '@rule-of-law/core/extract';

/** What reading a text gives the editor: the draft report and every figure the extractor sees in the text. */
interface DraftedText {
  readonly draft: Report;
  readonly figures: readonly ExtractedFigure[];
}

/** The message the editor posts to the drafting worker. */
export interface DraftRequest {
  readonly text: string;
}

/**
 * The most indicators a draft may have to be laid out for checking: a published annual report has tens (the reference
 * report 44), a long one a few hundred. A text that drafts to more is not one report (a yearbook, a compilation, the
 * same text pasted many times); drawing its marks and outline would hold the page for many seconds.
 */
export const MAX_DRAFT_INDICATORS = 1000;

/** What reading a text came to: its draft, or only how many indicators it had, past {@link MAX_DRAFT_INDICATORS}. */
export type DraftOutcome = { readonly kind: 'drafted'; readonly drafted: DraftedText } | { readonly kind: 'too-many'; readonly count: number };

/** The worker's answer: what reading the text came to, or why it could not read it. */
export type DraftReply = { readonly ok: true; readonly outcome: DraftOutcome } | { readonly ok: false; readonly message: string };

/**
 * A text longer than this (in UTF-16 code units, ~300 KB of Chinese text) is drafted in a Worker: the reference report
 * (11 KB) drafts in ~15 ms, a 1 MB text in ~400 ms and a 5 MB one in ~1.5 s, which on the page's own thread would
 * freeze it.
 */
const WORKER_THRESHOLD = 100_000;

/** How long drafting on the page waits for a frame to paint the "reading" message, at most (a hidden page paints none). */
const PAINT_WAIT_MS = 100;

/**
 * A text up to this long (a published report is rarely longer) drafts on the page at once, in well under a frame's
 * worth of a person's patience (the reference report, 11 KB, in ~15 ms): no "reading" message is painted first.
 */
const QUICK_TEXT = 30_000;

/**
 * The drafting itself, the same in the worker and on the page: {@link draftReport} and {@link extractFigures}; a draft
 * past {@link MAX_DRAFT_INDICATORS} is given as its count alone (a worker would otherwise hand the page a draft of
 * thousands of indicators to copy, only for it to be refused).
 */
export function draftText(text: string): DraftOutcome {
  const draft = draftReport(text);
  if (draft.indicators.length > MAX_DRAFT_INDICATORS) return { kind: 'too-many', count: draft.indicators.length };
  return { kind: 'drafted', drafted: { draft, figures: extractFigures(text) } };
}

/** A drafting under way: its result, and a way to stop it (the worker is ended, and `done` settles with `undefined`). */
export interface Drafting {
  readonly done: Promise<DraftOutcome | undefined>;
  readonly cancel: () => void;
}

/**
 * Drafts `text`: in a Worker loaded from `workerUrl` when the text is long (past {@link WORKER_THRESHOLD}), so that
 * the page stays responsive; on the page itself when it is short, when there is no worker URL, or when the worker
 * cannot be made or fails to load (a page opened from the file system, a Content-Security-Policy without
 * `worker-src 'self'`) — at once when it is short (up to {@link QUICK_TEXT} code units), else after a frame, so that
 * the "reading" state is painted first.
 */
export function startDrafting(text: string, workerUrl: string | undefined): Drafting {
  let cancelled = false;
  let worker: Worker | undefined;
  const onPage = (): Promise<DraftOutcome> =>
    new Promise((resolve, reject) => {
      let ran = false;
      const run = (): void => {
        if (cancelled || ran) return;
        ran = true;
        try {
          resolve(draftText(text));
        } catch (error) {
          reject(error as Error);
        }
      };
      // A short text at once; a longer one after the next frame (the message painted): a page in the background gets
      // no frames, so a timer as well.
      if (text.length <= QUICK_TEXT) return void queueMicrotask(run);
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
      setTimeout(run, PAINT_WAIT_MS);
    });
  const inWorker = (url: string): Promise<DraftOutcome> =>
    new Promise((resolve, reject) => {
      try {
        worker = new Worker(workerScriptUrl(url) as string);
      } catch {
        worker = undefined;
        onPage().then(resolve, reject);
        return;
      }
      const end = (): void => worker?.terminate();
      worker.onmessage = (event: MessageEvent<DraftReply>) => {
        end();
        if (event.data.ok) resolve(event.data.outcome);
        else reject(new Error(event.data.message));
      };
      // The script could not be loaded or run there: draft on the page instead.
      worker.onerror = (event) => {
        event.preventDefault();
        end();
        if (!cancelled) onPage().then(resolve, reject);
      };
      worker.postMessage({ text } satisfies DraftRequest);
    });
  const useWorker = workerUrl !== undefined && text.length > WORKER_THRESHOLD && typeof Worker === 'function';
  let stop = (): void => undefined;
  const stopped = new Promise<undefined>((resolve) => (stop = () => resolve(undefined)));
  return {
    done: Promise.race([useWorker ? inWorker(workerUrl) : onPage(), stopped]),
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      stop();
    },
  };
}

/** The Trusted Types policy the editor names its worker's script with (a page enforcing Trusted Types lists it in `trusted-types`). */
const TRUSTED_TYPES_POLICY = 'rule-of-law-editor';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | null | undefined;

/**
 * `url` as a page enforcing Trusted Types (`require-trusted-types-for 'script'`) accepts it for `new Worker`: through the
 * editor's own policy, which lets only the drafting worker's script through. Where the page does not allow that policy,
 * `url` as it is (the Worker is then refused, and the text is drafted on the page).
 */
function workerScriptUrl(url: string): unknown {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy } }).trustedTypes;
    try {
      policy =
        factory?.createPolicy(TRUSTED_TYPES_POLICY, {
          createScriptURL: (given) => {
            if (!/\/rule-of-law-editor-worker\.min\.js$/.test(new URL(given, document.baseURI).pathname)) throw new TypeError(`not the editor's worker: ${given}`);
            return given;
          },
        }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScriptURL(url) : url;
}

/** The drafting worker's script beside the editor's drop-in: the file name of `<script src=".../rule-of-law-editor.min.js">` in `document`, changed. */
export function workerBesideDropIn(document: Document | undefined): string | undefined {
  const script = [...(document?.querySelectorAll<HTMLScriptElement>('script[src]') ?? [])].find((each) => /rule-of-law-editor\.min\.js(?:[?#]|$)/.test(each.src));
  return script ? script.src.replace(/rule-of-law-editor\.min\.js(?=[?#]|$)/, 'rule-of-law-editor-worker.min.js') : undefined;
}

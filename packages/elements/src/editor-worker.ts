/**
 * The editor's drafting worker (`dist/rule-of-law-editor-worker.min.js`, a classic worker script): drafts a long
 * text off the page's thread. `<rule-of-law-editor>` loads it beside its drop-in, or from its `worker-src`.
 * Receives `{ text }`, answers `{ ok: true, outcome }` (the draft and the text's figures, or only the count of
 * indicators when there are too many) or `{ ok: false, message }`.
 */
import { draftText, type DraftReply, type DraftRequest } from './components/editor/text-drafting.js';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<DraftRequest>) => void) | null; postMessage: (reply: DraftReply) => void };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, outcome: draftText(event.data.text) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};

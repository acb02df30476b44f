import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localized, parseReport, type LocaleTag, type Report } from '@rule-of-law/core';
import { EditError, readEditSession, recordEdit, redo, startHistory, undo, type EditHistory, type ReportEdit } from '@rule-of-law/core/edit';
import { extractFigures, readReportText, type ExtractedFigure } from '@rule-of-law/core/extract';
import type { EditorStrings } from '../../internal/i18n/editor-strings.js';
import { MAX_DRAFT_INDICATORS, startDrafting, type DraftOutcome } from './text-drafting.js';
import { WorkStorage, type SavedWork, type SaveState } from './work-storage.js';

export type { SaveState } from './work-storage.js';

/** The largest file the editor reads (a published report is rarely over 1 MB of text). */
const MAX_FILE_MEGABYTES = 8;

/** A message the editor shows: what went wrong, or what happened, in the editor's language. */
export interface EditorNotice {
  readonly kind: 'error' | 'info';
  readonly text: (strings: EditorStrings, locale: LocaleTag) => string;
}

/**
 * The editor's state and what changes it, apart from any view: the source text, the report's edit history
 * (every change undoable), the selected indicator, the last message, and saving to and restoring from the
 * browser's storage after each change. The element draws it; the tests drive it through the element.
 */
export class EditorModel implements ReactiveController {
  /** The report's published text ('' when the work began from a JSON). */
  text = '';
  /** The file the text came from, when there was one. */
  name: string | undefined;
  history: EditHistory | undefined;
  /** The id of the selected indicator. */
  selected: string | undefined;
  notice: EditorNotice | undefined;
  /** A text being read: how to stop reading it (the work before it stays as it was). */
  reading: { readonly cancel: () => void } | undefined;

  /** The work in the browser's storage. */
  private readonly storage: WorkStorage;

  /** The figures the extractor sees in {@link text}, worked out once per text (by the drafting, when it drafted it). */
  private textFigures: { text: string; figures: readonly ExtractedFigure[] } = { text: '', figures: [] };

  constructor(
    private readonly host: ReactiveControllerHost,
    storageKey: () => string | undefined,
    private readonly workerUrl: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
    this.storage = new WorkStorage(storageKey, () => host.requestUpdate());
  }

  hostConnected(): void {
    this.storage.restore((work, at) => this.resume(work, at));
  }

  /** Where the last save stands. */
  get save(): SaveState {
    return this.storage.state;
  }

  /** The report as it stands. */
  get report(): Report | undefined {
    return this.history?.present;
  }

  /** The figures the extractor sees in the text. */
  get figures(): readonly ExtractedFigure[] {
    if (this.textFigures.text !== this.text) this.textFigures = { text: this.text, figures: extractFigures(this.text) };
    return this.textFigures.figures;
  }

  /**
   * Drafts a report from a published text and starts editing it (the previous work is replaced once the draft is
   * ready). A long text is drafted in a Worker (see {@link startDrafting}); until then {@link reading} is set and the
   * page stays responsive. A text that drafts to more than {@link MAX_DRAFT_INDICATORS} indicators is refused with a
   * message, and so is a cancelled or failed reading: the work before stays as it was.
   */
  async readText(text: string, name?: string): Promise<void> {
    this.reading?.cancel();
    const drafting = startDrafting(text, this.workerUrl());
    const reading = { cancel: () => this.stopReading(reading, drafting.cancel) };
    this.reading = reading;
    this.notice = { kind: 'info', text: (s) => s.reading };
    this.host.requestUpdate();
    let outcome: DraftOutcome | undefined;
    try {
      outcome = await drafting.done;
    } catch (error) {
      if (this.reading !== reading) return;
      this.reading = undefined;
      return this.refuse((s) => s.draftFailed((error as Error).message));
    }
    if (this.reading !== reading || !outcome) return;
    this.reading = undefined;
    if (outcome.kind === 'too-many') return this.refuse((s) => s.tooManyFigures(outcome.count, MAX_DRAFT_INDICATORS));
    const { draft, figures } = outcome.drafted;
    this.text = text;
    this.textFigures = { text, figures };
    this.name = name;
    this.history = startHistory(draft);
    this.selected = undefined;
    this.notice = draft.indicators.length === 0 ? { kind: 'info', text: (s) => s.noFigures } : undefined;
    this.changed();
  }

  /** Stops `reading` (if it is still the one under way): nothing changes but the message. */
  private stopReading(reading: NonNullable<EditorModel['reading']>, cancel: () => void): void {
    if (this.reading !== reading) return;
    cancel();
    this.reading = undefined;
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** Reads a file: a saved session or a report (JSON), else a text or a web page. Refuses binary files and ones too large. */
  async readFile(file: Blob & { readonly name?: string }): Promise<void> {
    const name = file.name ?? '';
    if (file.size > MAX_FILE_MEGABYTES * 1024 * 1024) return this.refuse((s) => s.tooLarge(MAX_FILE_MEGABYTES));
    const read = readReportText(new Uint8Array(await file.arrayBuffer()), name);
    if (!read) return this.refuse((s) => s.notText);
    if (/\.json$/i.test(name) || /^\s*\{/.test(read.text)) return this.readJson(read.text, name);
    await this.readText(read.text, name);
  }

  /** Opens saved work, or a report JSON (without its text) to go on editing it. */
  readJson(json: string, name?: string): void {
    let value: unknown;
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      return this.refuse((s) => s.notReport((error as Error).message));
    }
    const session = readEditSession(value);
    if (session.ok) {
      this.text = session.session.text;
      this.name = session.session.name ?? name;
      this.history = session.session.history;
    } else {
      const parsed = parseReport(value);
      if (!parsed.ok) {
        const first = parsed.issues[0]!;
        return this.refuse((s, locale) => s.notReport(`${first.pointer} ${localized(first.message, locale)}`));
      }
      this.text = '';
      this.name = name;
      this.history = startHistory(parsed.report);
    }
    this.selected = undefined;
    this.notice = undefined;
    this.changed();
  }

  /** Applies an edit; an edit the model refuses (it would break a reference…) leaves the report as it was, with the reason. */
  edit(edit: ReportEdit): boolean {
    if (!this.history) return false;
    try {
      this.history = recordEdit(this.history, edit);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.refuse((_, locale) => localized(error.text, locale));
      return false;
    }
    if (edit.type === 'delete-indicator' && this.selected === edit.id) this.selected = undefined;
    if (edit.type === 'rename' && this.selected === edit.id) this.selected = edit.to;
    this.notice = undefined;
    this.changed();
    return true;
  }

  undo(): void {
    if (!this.history || this.history.past.length === 0) return;
    this.history = undo(this.history);
    this.keepSelection();
    this.changed();
  }

  redo(): void {
    if (!this.history || this.history.future.length === 0) return;
    this.history = redo(this.history);
    this.keepSelection();
    this.changed();
  }

  select(id: string | undefined): void {
    this.selected = id;
    this.host.requestUpdate();
  }

  /** Forgets the work, here and in the browser's storage. */
  clear(): void {
    this.text = '';
    this.name = undefined;
    this.history = undefined;
    this.selected = undefined;
    this.notice = undefined;
    this.storage.clear();
    this.host.requestUpdate();
  }

  private keepSelection(): void {
    if (this.selected && !this.report?.indicators.some((indicator) => indicator.id === this.selected)) this.selected = undefined;
  }

  private refuse(text: EditorNotice['text']): void {
    this.notice = { kind: 'error', text };
    this.host.requestUpdate();
  }

  private changed(): void {
    if (this.history) this.storage.save({ text: this.text, name: this.name, history: this.history });
    this.host.requestUpdate();
  }

  /** Goes on with saved work, unless work has begun meanwhile. */
  private resume(work: SavedWork, at: Date): void {
    if (this.history) return;
    this.text = work.text;
    this.name = work.name;
    this.history = work.history;
    this.notice = { kind: 'info', text: (s) => s.restored(at.toLocaleString()) };
    this.host.requestUpdate();
  }
}

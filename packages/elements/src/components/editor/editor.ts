import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { draftChecks, figurePlaces, operandForPlace, reviewStateOf, uniqueIndicatorId, type DraftCheck, type FigurePlace } from '@rule-of-law/core/edit';
import { quantityOfFigure, type ExtractedFigure } from '@rule-of-law/core/extract';
import { localized, unitDimension, type Indicator, type Operand, type Quantity, type Report } from '@rule-of-law/core';
import { editorStringsOf, type EditorStrings } from '../../internal/i18n/editor-strings.js';
import { LocaleController } from '../../internal/i18n/locale-controller.js';
import type { Theme } from '../../internal/presentation.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { detailView, reviewView, type Pointing } from './editor-detail-view.js';
import { newPart } from './new-part.js';
import { EditorModel } from './editor-model.js';
import { editorStyles } from './editor.styles.js';
import { checksView, outlineView, sourceView, textFigures, type EditorViewContext, type TextFigure } from './editor-views.js';
import { workerBesideDropIn } from './text-drafting.js';
import { downloadFile, embedSnippet, fileStem, reportHTML } from './editor-downloads.js';

/**
 * @summary An editor for the people who turn a published annual report into its JSON: paste or open the
 * report's text (or a saved JSON), see every figure read from it marked in the text and the draft as an
 * outline, confirm or fix each indicator by pointing (a rate's numerator and denominator by clicking figures in
 * the text), watch the checks update, preview the report as readers will see it, and download the JSON and the
 * static HTML and copy the embed code. Every change can be undone (Ctrl+Z / Ctrl+Y); the work is saved in the
 * browser as it goes and restored after a reload.
 *
 * @attr lang - The language: `zh-CN`, `en` (or `zh-Hant` once loaded); else the nearest ancestor's `lang`, else `<html lang>`.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr review-only - Review without editing (the form shows the indicator, nothing can be changed); a screen
 * narrower than 600 px reviews only too, whatever this says.
 * @attr storage-key - The key under which the work is saved in the browser's local storage (default
 * `rule-of-law-editor`), or, for work too large for it, in its IndexedDB (database `rule-of-law-editor`); an empty
 * value saves nothing.
 * @attr worker-src - URL of the drafting worker (`rule-of-law-editor-worker.min.js`), which reads a long text (over
 * 100,000 characters) off the page's thread; by default the file beside the editor's drop-in. Without one (or where
 * the page's policy forbids it: it needs `worker-src 'self'`, and `rule-of-law-editor` in `trusted-types` where
 * Trusted Types are enforced) the text is read on the page. A text that reads as more than 1,000 indicators is refused.
 *
 * @prop {Report | undefined} report - The report as it stands (read only).
 * @prop {boolean} unsaved - Whether closing the page would lose changes (read only): the page then asks to confirm.
 *
 * @method open - Reads a file (a `File` or `Blob`) as the Open button does.
 * @method readText - Reads a report's text as pasting it and pressing the read button does; settles once it is drafted or refused.
 *
 * @event {CustomEvent<{ report: Report }>} rol-change - After each change to the report (edit, undo, redo, a new text).
 *
 * @slot intro - Above the paste box, instead of the default instructions (e.g. the office's own).
 *
 * @csspart base - The editor's box.
 * @csspart notice - The last message (`role="alert"` for an error, `role="status"` otherwise).
 * @csspart toolbar - Undo, redo, download, start over, and the save state.
 * @csspart source - The text pane, its figures marked.
 * @csspart outline - The figures read, by family.
 * @csspart detail - The selected indicator's form.
 * @csspart checks - The checks as the report stands.
 * @csspart preview - The report as readers will see it, and the embed code.
 *
 * @cssprop --rol-color-accent - Underline of the figures in the text, and of bound ones.
 * @cssprop --rol-color-warning - Dashed underline of the figures still to check.
 * @cssprop --rol-color-focus - Outline of the selected figure and of the focus.
 */
export class RuleOfLawEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    storageKey: { attribute: 'storage-key' },
    reviewOnly: { attribute: 'review-only', type: Boolean, reflect: true },
    workerSrc: { attribute: 'worker-src' },
  };

  /** Review without editing: the figures, the outline, the checks and the preview, with no form. On by itself on a phone. */
  reviewOnly = false;

  override lang!: string;

  /** The token set: `light` (default), `dark`, `high-contrast`, or `auto` (follows the reader's settings). */
  theme?: Theme;

  /** The local-storage key of the saved work; empty saves nothing. */
  storageKey = 'rule-of-law-editor';

  /** URL of the drafting worker's script (`rule-of-law-editor-worker.min.js`); by default the one beside the editor's drop-in. */
  workerSrc?: string;

  private readonly i18n = new LocaleController(this);
  private readonly model = new EditorModel(
    this,
    () => this.storageKey || undefined,
    () => this.workerSrc || workerBesideDropIn(this.ownerDocument),
  );
  /** What the next click on a figure makes of it: a rate's numerator or denominator, or a new part of a breakdown. */
  private binding: Pointing | undefined;
  /** A phone-sized screen: reviewing only. */
  private readonly narrow = typeof matchMedia === 'function' ? matchMedia('(max-width: 599px)') : undefined;
  /** The selection whose figure the text was last scrolled to. */
  private scrolledTo: string | undefined;
  /** The checks of the report as it stands (worked out once per report). */
  private checks: { report?: Report; list: readonly DraftCheck[] } = { list: [] };
  /** The text's figures for the report as it stands (worked out once per report). */
  private figures: { report?: Report; list: TextFigure[] } = { list: [] };

  /** The report as it stands. */
  get report(): Report | undefined {
    return this.model.report;
  }

  /** Reads a file as the Open button does: a report's text or web page, a report JSON, or saved work. */
  async open(file: Blob & { readonly name?: string }): Promise<void> {
    await this.run(() => this.model.readFile(file));
    await this.updateComplete;
  }

  /** Reads a report's published text as the "read" button does (in a Worker when it is long); settles once it is drafted, refused or stopped. */
  async readText(text: string): Promise<void> {
    await this.run(() => this.model.readText(text));
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeunload', this.onLeave);
    this.narrow?.addEventListener('change', this.onNarrow);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeunload', this.onLeave);
    this.narrow?.removeEventListener('change', this.onNarrow);
    super.disconnectedCallback();
  }

  /** Whether closing the page would lose changes: there are some, and the browser's storage does not hold them. */
  get unsaved(): boolean {
    return (this.model.history?.past.length ?? 0) > 0 && this.model.save.status !== 'saved';
  }

  override render(): TemplateResult {
    const strings = editorStringsOf(this.i18n.locale);
    const { model } = this;
    return html`<div class="editor" part="base">
      <h2>${strings.title}</h2>
      ${
        model.notice
          ? html`<p class="notice ${model.notice.kind}" part="notice" role=${model.notice.kind === 'error' ? 'alert' : 'status'}>${model.notice.text(strings, this.i18n.locale)}</p>`
          : nothing
      }
      ${model.report ? this.workView(model.report, strings) : this.intakeView(strings)}
    </div>`;
  }

  /** Brings the selected indicator's figure into view in the text (selected from the outline or a check). */
  protected override updated(): void {
    if (this.model.selected === this.scrolledTo) return;
    this.scrolledTo = this.model.selected;
    this.renderRoot.querySelector('.source-figure.selected')?.scrollIntoView({ block: 'nearest' });
  }

  private intakeView(strings: EditorStrings): TemplateResult {
    return html`<section class="intake" @dragover=${(event: DragEvent) => event.preventDefault()} @drop=${this.onDrop}>
      <slot name="intro"><p class="intro">${strings.intro}</p></slot>
      <label for="paste">${strings.pasteLabel}</label>
      <textarea id="paste" name="paste" lang="zh-CN"></textarea>
      <div class="toolbar">
        <button type="button" name="read" ?disabled=${this.model.reading !== undefined} @click=${this.onRead}>${strings.read}</button>
        ${this.model.reading ? html`<button type="button" name="cancel-read" @click=${this.model.reading.cancel}>${strings.cancelReading}</button>` : nothing}
        <label>${strings.open} <input type="file" name="open" accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" @change=${this.onOpen} /></label>
        <span class="save">${strings.openHint}</span>
      </div>
    </section>`;
  }

  private workView(report: Report, strings: EditorStrings): TemplateResult {
    const { model } = this;
    const context: EditorViewContext = {
      strings,
      locale: this.i18n.locale,
      selected: model.selected,
      select: (id, place) => this.onSelect(id, place),
      pick: (figure) => (this.reviewing ? undefined : this.onPick(figure, strings)),
    };
    const checks = this.checksOf(report);
    const valid = !checks.some((check) => check.kind === 'issue');
    const labels = new Map(report.indicators.map((indicator) => [indicator.id, localized(indicator.label, this.i18n.locale)]));
    const selected = report.indicators.find((indicator) => indicator.id === model.selected);
    const history = model.history!;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${strings.title}>
        ${
          this.reviewing
            ? nothing
            : html`<button type="button" name="undo" ?disabled=${history.past.length === 0} @click=${() => void this.run(() => model.undo())}>${strings.undo}</button>
              <button type="button" name="redo" ?disabled=${history.future.length === 0} @click=${() => void this.run(() => model.redo())}>${strings.redo}</button>`
        }
        <button type="button" name="download-json" @click=${() => downloadFile(`${fileStem(model.name)}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json')}>
          ${strings.downloadJson}
        </button>
        <button
          type="button"
          name="download-html"
          ?disabled=${!valid}
          @click=${() => downloadFile(`${fileStem(model.name)}.html`, reportHTML(report, this.i18n.locale), 'text/html')}
        >
          ${strings.downloadHtml}
        </button>
        ${this.reviewing ? nothing : html`<button type="button" name="start-over" @click=${this.onStartOver}>${strings.startOver}</button>`}
        <span class="save" role="status">${this.saveText(strings)}</span>
      </div>
      <p class="meta">
        ${strings.summary(
          report.indicators.length,
          report.indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check').length,
          checks.filter((check) => check.severity === 'error').length,
        )}
      </p>
      <div class="work">
        <section class="pane source" part="source" aria-labelledby="source-heading">
          <h3 id="source-heading">${strings.sourceHeading}</h3>
          ${sourceView(model.text, this.textFigures(report), labels, context)}
        </section>
        <section class="pane" part="outline" aria-labelledby="outline-heading">
          <h3 id="outline-heading">${strings.outlineHeading}</h3>
          ${outlineView(report, context)}
        </section>
        <div>
          <section class="pane" part="detail" aria-labelledby="detail-heading">
            <h3 id="detail-heading">${strings.detailHeading}</h3>
            ${
              this.reviewing
                ? reviewView(selected, report, context)
                : detailView(selected, report, context, {
                    edit: (edit) => void this.run(() => model.edit(edit)),
                    bind: (pointing) => this.onBind(pointing),
                    binding: this.binding,
                  })
            }
          </section>
          <section class="pane" part="checks" aria-labelledby="checks-heading">
            <h3 id="checks-heading">${strings.checksHeading}</h3>
            ${checksView(checks, context)}
          </section>
        </div>
      </div>
      <section class="preview" part="preview" aria-labelledby="preview-heading">
        <h3 id="preview-heading">${strings.previewHeading}</h3>
        ${
          valid
            ? html`<rule-of-law-report .report=${report} heading-level="4" theme=${this.theme ?? nothing} lang=${this.i18n.locale}></rule-of-law-report>
              <label for="snippet">${strings.embedSnippet}</label>
              <textarea id="snippet" class="snippet" readonly rows="3" .value=${embedSnippet(fileStem(model.name))}></textarea>`
            : html`<p class="empty">${strings.previewInvalid}</p>`
        }
      </section>`;
  }

  /** The checks of the report as it stands, worked out once per report (not again for a selection). */
  private checksOf(report: Report): readonly DraftCheck[] {
    if (this.checks.report !== report) this.checks = { report, list: draftChecks(report) };
    return this.checks.list;
  }

  /** The figures of the text, worked out again only when the report or the text changed. */
  private textFigures(report: Report): TextFigure[] {
    if (this.figures.report !== report) this.figures = { report, list: textFigures(report, figurePlaces(report), this.model.figures) };
    return this.figures.list;
  }

  private saveText(strings: EditorStrings): string {
    const { save } = this.model;
    if (save.status === 'saved') return strings.saved(save.at.toLocaleTimeString());
    return save.status === 'failed' ? strings.notSaved : '';
  }

  /** Runs a change to the report (at once, or when its promise settles), then tells the page. */
  private run(change: () => unknown): Promise<void> {
    const before = this.model.report;
    const tell = (): void => {
      const report = this.model.report;
      if (report && report !== before) this.dispatchEvent(new CustomEvent('rol-change', { detail: { report }, bubbles: true, composed: true }));
    };
    const result = change();
    if (!(result instanceof Promise)) return Promise.resolve(tell());
    return result.then(tell);
  }

  /** An indicator chosen, or while pointing, the figure clicked in the text (`place`) made a rate's operand or a breakdown's part. */
  private onSelect(id: string, place?: FigurePlace): void {
    const report = this.model.report;
    const pointing = this.binding;
    if (pointing && report && this.model.selected) {
      this.binding = undefined;
      const held = place ?? figurePlaces(report).find((each) => each.id === id);
      if (held && id !== this.model.selected) {
        this.pointAt(pointing, held.quantity, operandForPlace(report, held));
        return;
      }
    }
    this.model.select(id);
  }

  /** What pointing at a figure does: `quantity` becomes the selected breakdown's new part, or the selected rate's operand (`operand`, else inline). */
  private pointAt(pointing: Pointing, quantity: Quantity, operand?: Operand): void {
    const target = this.model.report?.indicators.find((indicator) => indicator.id === this.model.selected);
    this.binding = undefined;
    if (!target) return;
    if (pointing === 'part') {
      if (target.kind === 'breakdown') void this.run(() => this.model.edit({ type: 'add-part', id: target.id, part: newPart(target, quantity) }));
      return;
    }
    void this.run(() => this.model.edit({ type: 'set-operand', id: target.id, side: pointing, operand: operand ?? { quantity } }));
  }

  /**
   * A figure the draft did not use: while pointing, it becomes the rate's operand (inline) or the breakdown's part; else it
   * becomes a new indicator (a count, an amount, a rate for a percentage, a measure), to be named in the form.
   */
  private onPick(figure: ExtractedFigure, strings: EditorStrings): void {
    const report = this.model.report;
    if (!report) return;
    const quantity = quantityOfFigure(figure);
    if (this.binding && this.model.selected) {
      this.pointAt(this.binding, quantity);
      return;
    }
    const dimension = unitDimension(quantity.unit);
    const kind = dimension === 'count' ? 'count' : dimension === 'money' ? 'amount' : dimension === 'percent' ? 'rate' : 'measure';
    const id = uniqueIndicatorId(report, 'other.figure');
    const indicator = { id, kind, family: 'other', label: { 'zh-CN': strings.newLabel(figure.written) }, quantity } as Indicator;
    const before = [...figurePlaces(report)].filter((place) => place.start < figure.start).sort((a, b) => b.start - a.start)[0];
    let added = false;
    void this.run(() => (added = this.model.edit({ type: 'add-indicator', indicator, ...(before ? { after: before.id } : {}) })));
    if (added) this.model.select(id);
  }

  private onBind(pointing: Pointing): void {
    this.binding = this.binding === pointing ? undefined : pointing;
    this.requestUpdate();
  }

  private readonly onRead = (): void => {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')?.value ?? '';
    if (text.trim() !== '') void this.readText(text);
  };

  private readonly onOpen = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.open(file);
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.open(file);
  };

  private readonly onStartOver = (): void => {
    if (confirm(editorStringsOf(this.i18n.locale).confirmStartOver)) this.model.clear();
  };

  private readonly onNarrow = (): void => this.requestUpdate();

  /** Whether the editor only shows (the `review-only` attribute, or a phone-sized screen). */
  private get reviewing(): boolean {
    return this.reviewOnly || this.narrow?.matches === true;
  }

  /** Asks the browser to confirm leaving the page while changes are not saved anywhere. */
  private readonly onLeave = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo — except in a text field, whose own undo they belong to. */
  private readonly onKey = (event: KeyboardEvent): void => {
    const field = event.composedPath()[0];
    if (this.reviewing) return;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) void this.run(() => this.model.undo());
    else if ((key === 'z' && event.shiftKey) || key === 'y') void this.run(() => this.model.redo());
    else return;
    event.preventDefault();
  };
}

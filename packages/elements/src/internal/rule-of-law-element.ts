import { html, LitElement, nothing, ReactiveElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LocaleTag } from '@rule-of-law/core';
import { adoptStaticCopy, isAdoptable, type Adoption } from './adopt-static.js';
import type { Outcome } from './data/outcome.js';
import { ReportsLoader, type LoadedReport, type ReportInput, type ReportsState } from './data/reports-loader.js';
import { emit, type RolErrorDetail, type RolLoadDetail } from './events.js';
import { LocaleController } from './i18n/locale-controller.js';
import type { Strings } from './i18n/strings.js';
import { lightRoot, nextIdPrefix } from './light-root.js';
import type { ScopedSheet } from './styles/scoped-sheet.js';
import { toHeadingLevel, type HeadingLevel } from './templates/heading.js';
import { statusView } from './templates/states.js';
import { viewContext, type ViewContext } from './views/view-context.js';
import { hostBox } from './views/report-view.js';

import type { Theme } from './presentation.js';

export { THEMES, type Theme } from './presentation.js';

/** The static HTML pasted inside an element (`renderReportHTML`, `renderTrendHTML`, `renderCompareHTML` mark their box). */
const STATIC_FALLBACK = ':scope > [data-rol-static]';

/**
 * The one base of every element (Shoelace's `ShoelaceElement` is the model). It owns what they all repeat:
 * `lang` resolution and strings, the `theme` token set, the render root (`render-root`: a shadow root, or the
 * element's own light DOM, see {@link lightRoot}, in the light-DOM host box), ids unique in the page, the
 * `timeout` of their URLs, the `heading-level` (with a default per element), loading through one
 * {@link ReportsLoader} (objects, an inline `<script type="application/json">` child, URLs), the loading, empty
 * and error states (with a retry for fetch failures), the webmaster's static HTML shown until there is something
 * to draw (and giving way in the same update in the light DOM, so nothing moves), `rol-load` once per loaded
 * outcome after it is drawn, and `rol-error` once per error shown.
 *
 * An element declares what it loads ({@link reportInputs}), what it shows of it ({@link resolve}) and how it
 * draws that ({@link renderReady}); not how it loads.
 *
 * @example
 * ```ts
 * class Example extends RuleOfLawElement<LoadedReport> {
 *   protected get box() { return 'example'; }
 *   protected reportInputs() { return [this.src ? { src: this.src } : inlineInput(this)]; }
 *   protected resolve(loaded: ReportsState) { return loaded.status === 'ready' ? { status: 'ready', shown: loaded.reports[0]! } : loaded; }
 *   protected renderReady({ report }: LoadedReport) { return html`<h2>${report.title}</h2>`; }
 * }
 * ```
 */
export abstract class RuleOfLawElement<Shown> extends LitElement {
  // Reactive properties are declared here rather than with decorators: the drop-in then carries neither
  // the decorator helpers nor a call per property.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** The language: this element's `lang`, else the nearest ancestor's, else `<html lang>`, resolved to a registered locale (`en…` → en; `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → zh-Hant once loaded; anything else → zh-CN). */
  override lang!: string;

  /** The token set: `light` (default), `dark`, `high-contrast`, or `auto` (follows the reader's settings). */
  theme?: Theme;

  /** Time limit for each URL, in milliseconds. */
  timeout = 15000;

  /** The level of the element's heading (2–6; the report's title 2–5). */
  headingLevel?: number;

  /** What the element shows, worked out from its inputs before each render. */
  protected outcome: Outcome<Shown> = { status: 'empty' };

  private readonly i18n = new LocaleController(this);

  private readonly loader = new ReportsLoader(this, {
    inputs: () => this.reportInputs(),
    timeoutMs: () => this.timeout,
    inline: true,
    settled: (state) => this.settled(state),
  });

  private idPrefix?: string;

  /** What the error last reported says (errors are worked out afresh on each render). */
  private reportedError: string | undefined;

  /** The name of the box standing for the host in the light DOM (`rol-host rol-<box>`), as in the page stylesheet. */
  protected abstract get box(): string;

  /** The reports to load, in order (`undefined` entries are skipped; none: nothing to load). */
  protected abstract reportInputs(): readonly (ReportInput | undefined)[];

  /** What to show, given what the loader holds (and the element's own properties). */
  protected abstract resolve(loaded: ReportsState): Outcome<Shown>;

  /** Draws what there is to show. */
  protected abstract renderReady(shown: Shown): unknown;

  /** The locale in force. */
  protected get locale(): LocaleTag {
    return this.i18n.locale;
  }

  /** The strings of the locale in force. */
  protected get strings(): Strings {
    return this.i18n.strings;
  }

  /** What the shared views need: locale, strings, and ids made unique in the page when rendering into the light DOM. */
  protected get viewContext(): ViewContext {
    return viewContext(this.locale, this.renderRoot === this ? (this.idPrefix ??= nextIdPrefix()) : undefined);
  }

  /** The heading level when `heading-level` is not set. */
  protected get defaultHeadingLevel(): HeadingLevel {
    return 3;
  }

  /** The heading level in force. */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel, this.defaultHeadingLevel);
  }

  /** The element kind's own stylesheet, adopted into the page in the light DOM when `rule-of-law.css` lacks its rules. */
  protected get lightSheet(): ScopedSheet | undefined {
    return undefined;
  }

  /** The identity of the data drawn: in the light DOM, the drawing is made afresh only when it changes (a page toolbar's rewriting of the text is kept through other re-renders). */
  protected readyKey(shown: Shown): unknown {
    return shown;
  }

  /**
   * How to adopt the static copy `box` in the light DOM rather than draw anew (see {@link adoptStaticCopy}): the
   * template it was rendered from, with `shown` wrapped in `keyed(key, …)` as {@link render} draws it; `undefined`
   * (the default) when the copy cannot be adopted.
   */
  protected adoption(_shown: Shown, _box: Element, _key: unknown): Adoption | undefined {
    return undefined;
  }

  /** The light-DOM box around what is drawn. */
  protected lightBox(content: unknown): unknown {
    return hostBox(this.box, content, this.theme);
  }

  /** The detail of `rol-load` for `reports`, now drawn as `shown`. */
  protected loadDetail(reports: readonly LoadedReport[], _shown: Shown): RolLoadDetail {
    const { report, computed } = reports[0]!;
    return { report, computed };
  }

  /** Loads the data again (after a fetch failure, or to read changed inputs). */
  reload(): void {
    this.loader.reload();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // With the webmaster's static HTML inside (and no slotted content to keep hidden), the shadow root waits until
    // there is something to draw: attached now, it would lay the whole static HTML out a second time, through a
    // slot, while the data loads (~40 ms in bench/render's embed). Until then the element draws off the page.
    return (
      lightRoot(this, this.lightSheet) ??
      (this.querySelector(STATIC_FALLBACK) && !this.querySelector(':scope>[slot]') ? new DocumentFragment() : super.createRenderRoot())
    );
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loader.sync();
    this.outcome = this.resolve(this.loader.state);
  }

  protected override update(changed: PropertyValues): void {
    // Something to draw (or to say) in the shadow root that waited: attach it now (see createRenderRoot).
    if (!this.renderRoot.isConnected && this.outcome.status !== 'loading')
      (this as unknown as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = super.createRenderRoot();
    const copy = this.renderRoot === this ? this.querySelector(STATIC_FALLBACK) : null;
    // Light DOM, a copy to adopt: nothing is drawn over it while the report loads (Lit would mark its own place first).
    if (copy && this.outcome.status === 'loading' && isAdoptable(copy)) {
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    // Light DOM: the static HTML is adopted as this element's rendering, or gives way to the same content drawn in
    // this very update; either way nothing moves.
    if (copy && this.outcome.status === 'ready' && !this.adopt(copy, this.outcome.shown)) copy.remove();
    super.update(changed);
  }

  override render(): unknown {
    const { outcome } = this;
    const light = this.renderRoot === this;
    if (outcome.status === 'ready') {
      const content = this.renderReady(outcome.shown);
      return light ? this.lightBox(keyed(this.readyKey(outcome.shown), content)) : content;
    }
    // The webmaster's static HTML stays what readers see until there is something to draw, and below an error
    // (in the shadow root through the default slot; in the light DOM it is simply left in place).
    const fallback = this.querySelector(STATIC_FALLBACK) ? (light ? nothing : html`<slot></slot>`) : undefined;
    if (fallback && outcome.status !== 'error') return fallback;
    const state = statusView(outcome, this.locale, this.strings, () => this.reload());
    const boxed = light ? hostBox(this.box, state, this.theme) : state;
    return fallback ? html`${boxed}${fallback}` : boxed;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reportError(this.outcome.status === 'error' ? this.outcome.error : undefined);
  }

  /** Adopts the static copy `box` for `shown`, keeping its ids; false when it cannot be adopted. */
  private adopt(box: Element, shown: Shown): boolean {
    const adoption = this.adoption(shown, box, this.readyKey(shown));
    if (!adoption || !adoptStaticCopy(this, box, adoption)) return false;
    this.idPrefix = adoption.idPrefix;
    return true;
  }

  /** A loader outcome, now drawn: `rol-load` when the element shows it, else `rol-error` (also for the same error again, e.g. a retry). */
  private settled(state: ReportsState): void {
    const { outcome } = this;
    if (state.status === 'ready' && outcome.status === 'ready') emit(this, 'rol-load', this.loadDetail(state.reports, outcome.shown));
    else if (outcome.status === 'error') this.reportError(outcome.error, true);
  }

  /** Fires `rol-error` for an error now shown, once per distinct error (`undefined`: nothing wrong shown; `again`: even so). */
  private reportError(error: RolErrorDetail | undefined, again = false): void {
    const said = error && `${error.kind} ${error.src} ${error.message.en} ${error.issues.length}`;
    if (error && (again || said !== this.reportedError)) emit(this, 'rol-error', error);
    this.reportedError = said;
  }
}

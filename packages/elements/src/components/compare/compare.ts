import type { PropertyDeclarations } from 'lit';
import { compareReports, type Report, type ReportComparison } from '@rule-of-law/core';
import { familyOrder } from '../../internal/compare/compare-rows.js';
import type { Outcome } from '../../internal/data/outcome.js';
import type { LoadedReport, ReportInput, ReportsState } from '../../internal/data/reports-loader.js';
import type { RolLoadDetail } from '../../internal/events.js';
import { RuleOfLawElement } from '../../internal/rule-of-law-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import type { ScopedSheet } from '../../internal/styles/scoped-sheet.js';
import { compareView, type ComparedReports } from '../../internal/views/compare-view.js';
import { compareStyles } from './compare.styles.js';

/** The compared reports and their comparison, worked out once per loaded pair. */
interface Compared extends ComparedReports {
  readonly state: ReportsState;
}

/**
 * @summary Two reports side by side: this year against last year, or one issuer against another. One
 * table per indicator family with both figures, the change (percentage points for rates), the relative
 * change, and the direction in words and symbols (▲ 上升 / ▼ 下降 / ＝ 持平 / ？ 无法判断), never colour
 * alone; breakdown parts and derived official rates below their indicator; the notes that make a
 * comparison unsafe (different bases, units or kinds, qualified figures) beside the rows they concern
 * and in a numbered list; and the indicators found in only one of the two.
 *
 * @attr previous-src - URL of the earlier report's JSON (or of the other issuer's).
 * @attr current-src - URL of the later report's JSON.
 * @attr families - Which families to show, in order, e.g. `"reconsideration litigation"` (default: all present).
 * @attr timeout - Time limit for each URL, in milliseconds (default 15000).
 * @attr heading-level - Level of the heading, 2–6 (default 3).
 * @attr lang - The language: `zh-CN`, `en`, or `zh-Hant` (also `zh-TW`, `zh-HK`, `zh-MO`) once `locales/zh-Hant` is loaded; else the nearest ancestor's `lang`, else `<html lang>`; a language not loaded reads zh-CN.
 * @attr theme - Token set: `light` (default), `dark`, `high-contrast` or `auto`.
 * @attr render-root - `shadow` (default) or `light`: draw into the element's own light DOM (read when it is first
 * connected), so that page toolbars walking `document` text (read-aloud, enlarge, 简/繁) reach every label, figure,
 * change and note; styled exactly as in the shadow root by the comparison's rules, which the element adopts into
 * the page itself (a constructable stylesheet, allowed by a strict CSP; they are not in `rule-of-law.css`).
 * `::part` does not apply.
 *
 * @prop {Report | undefined} previous - The earlier report as an object; takes precedence over `previous-src`.
 * @prop {Report | undefined} current - The later report as an object; takes precedence over `current-src`.
 *
 * @event {CustomEvent<RolLoadDetail>} rol-load - Both reports were validated and compared; `detail.comparison` holds the comparison, `detail.report` the current report.
 * @event {CustomEvent<RolErrorDetail>} rol-error - A report failed to load or validate; `detail.src` says which.
 *
 * @slot - The static HTML of the comparison (from `renderCompareHTML` of `@rule-of-law/elements/static`): shown before
 * the element upgrades, without JavaScript, and while it has no data or is loading; not shown once the comparison is drawn.
 * @slot fallback - Shown with the empty and error states.
 *
 * @csspart base - The `<section>`.
 * @csspart title - The heading.
 * @csspart report-notes - Notes about the two reports as a whole (different issuers, period order).
 * @csspart table - Each family's table.
 * @csspart row-note - The notes shown right after the rows they concern.
 * @csspart direction - Each direction (symbol and word).
 * @csspart only - The lists of indicators found in only one report.
 * @csspart notes-title - The heading of the notes.
 * @csspart notes - The numbered list of every note.
 * @csspart source - The line naming both reports.
 * @csspart status - The loading and empty states.
 * @csspart error - The error state (`role="alert"`).
 * @csspart retry - The retry button of a fetch error.
 *
 * @cssprop --rol-color-text - Text colour (default: inherited).
 * @cssprop --rol-color-text-muted - Column headings and secondary text.
 * @cssprop --rol-color-border - Table rules and the panel's border.
 * @cssprop --rol-color-surface - The panel's background.
 * @cssprop --rol-color-surface-raised - Background of note rows.
 * @cssprop --rol-color-warning - Warning notes.
 * @cssprop --rol-color-accent - The rule beside the notes.
 * @cssprop --rol-radius - Corner radius.
 * @cssprop --rol-panel-padding - Padding of the panel (default 1em).
 */
export class RuleOfLawCompare extends RuleOfLawElement<Compared> {
  static override styles = [baseStyles, compareStyles];

  static override properties: PropertyDeclarations = {
    previous: { attribute: false },
    current: { attribute: false },
    previousSrc: { attribute: 'previous-src', reflect: true },
    currentSrc: { attribute: 'current-src', reflect: true },
    families: {},
  };

  /** The earlier report as an object. */
  previous?: Report;

  /** The later report as an object. */
  current?: Report;

  /** URL of the earlier report's JSON. */
  previousSrc?: string;

  /** URL of the later report's JSON. */
  currentSrc?: string;

  /** Families to show, in order (space- or comma-separated); all present when empty. */
  families?: string;

  private compared: Compared | undefined;

  /** The comparison shown, once both reports are loaded. */
  get comparison(): ReportComparison | undefined {
    return this.outcome.status === 'ready' ? this.outcome.shown.comparison : undefined;
  }

  protected get box(): string {
    return 'compare';
  }

  /** The comparison's rules are not in `rule-of-law.css`: the element adopts them into the page itself. */
  protected override get lightSheet(): ScopedSheet {
    return ['compare', compareStyles];
  }

  /** Both reports (each an object, else a URL), or nothing until both are given. */
  protected reportInputs(): readonly ReportInput[] {
    const previous: ReportInput | undefined = this.previous != null ? { report: this.previous } : this.previousSrc ? { src: this.previousSrc } : undefined;
    const current: ReportInput | undefined = this.current != null ? { report: this.current } : this.currentSrc ? { src: this.currentSrc } : undefined;
    return previous && current ? [previous, current] : [];
  }

  /** The two loaded reports compared, once per loaded pair. */
  protected resolve(loaded: ReportsState): Outcome<Compared> {
    if (loaded.status !== 'ready') return loaded;
    if (this.compared?.state !== loaded) {
      const [{ report: previous }, { report: current }] = loaded.reports as readonly [LoadedReport, LoadedReport];
      this.compared = { state: loaded, previous, current, comparison: compareReports(previous, current) };
    }
    return { status: 'ready', shown: this.compared };
  }

  protected renderReady(compared: Compared): unknown {
    return compareView(compared, { families: familyOrder(this.families), level: this.level }, this.viewContext);
  }

  /** The current report, with the earlier one and the comparison. */
  protected override loadDetail(reports: readonly LoadedReport[], { previous, comparison }: Compared): RolLoadDetail {
    const { report, computed } = reports[1]!;
    return { report, computed, previous, comparison };
  }
}

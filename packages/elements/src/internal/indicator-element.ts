import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ComputedIndicator, ComputedReport, Indicator, BilingualText, Report } from '@rule-of-law/core';
import { ReportSourceController } from './data/report-source.js';
import { resolveIndicator, type IndicatorState } from './data/resolve-indicator.js';
import { lightRoot } from './light-root.js';
import { RuleOfLawElement } from './rule-of-law-element.js';
import { toHeadingLevel, type HeadingLevel } from './templates/heading.js';
import { emptyView, errorView, loadingView } from './templates/states.js';
import { hostBox } from './views/report-view.js';

/**
 * What the figure, rate and breakdown elements share: the inputs (`indicator` id within a report given as
 * the `report` object, a `src` URL or an inline JSON child — as `<rule-of-law-report>` takes it —, or the
 * indicator `data` directly), validation through core, the empty, loading and error states (with a retry
 * for fetch failures), `rol-load` for a report the element loaded itself, and `rol-error`.
 */
export abstract class IndicatorElement<Kind extends ComputedIndicator['kind']> extends RuleOfLawElement {
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    indicator: { reflect: true },
    data: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** A whole report (validated with core's `parseReport`); `indicator` names the indicator to show. */
  report?: Report;

  /** The id of the indicator to show within `report`, e.g. `reconsideration.outcomes`. */
  indicator?: string;

  /** One indicator given directly, instead of `report` + `indicator`. */
  data?: Indicator;

  /** URL of the report JSON holding `indicator` (when neither `report` nor `data` is given). */
  src?: string;

  /** Time limit for `src`, in milliseconds. */
  timeout = 15000;

  /** The level of the element's heading, 2–6. */
  headingLevel?: number;

  /** What there is to show, worked out whenever an input changes. */
  protected state: IndicatorState<Extract<ComputedIndicator, { kind: Kind }>> = { status: 'empty' };

  /** The indicator kinds this element shows. */
  protected abstract get kinds(): readonly Kind[];
  /** The name of those kinds, for the wrong-kind error. */
  protected abstract get kindName(): BilingualText;
  /** The heading level when `heading-level` is not set. */
  protected get defaultHeadingLevel(): HeadingLevel {
    return 3;
  }
  /** The name of the box standing for the host in the light DOM (`rol-host rol-<box>`), as in the page stylesheet. */
  protected abstract get box(): string;
  /** The indicator, ready to show. */
  protected abstract renderIndicator(entry: Extract<ComputedIndicator, { kind: Kind }>, computed: ComputedReport): TemplateResult;

  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel, this.defaultHeadingLevel);
  }

  /** `src` or an inline JSON child: loaded only when neither `report` nor `data` is given. */
  private readonly loader = new ReportSourceController(this, { emitErrors: false });

  /** The report or indicator object given as a property, if any. */
  private get ownData(): Report | Indicator | undefined {
    return this.data ?? this.report ?? undefined;
  }

  /** Loads `src` (or the inline JSON) again, after a fetch failure. */
  reload(): void {
    this.loader.sync();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Given an object now, a `src` answer still on its way must not arrive later (nor fire rol-load).
    if (!this.hasUpdated || changed.has('src') || changed.has('report') || changed.has('data')) this.loader.follow(this.ownData !== undefined);
    this.state = this.resolve();
  }

  /** What to show: the indicator from the object inputs, else from the report the element loaded. */
  private resolve(): IndicatorState<Extract<ComputedIndicator, { kind: Kind }>> {
    const { indicator, data, report } = this;
    if (this.ownData !== undefined) return resolveIndicator({ report, indicator, data }, this.kinds, this.kindName);
    const loaded = this.loader.state;
    if (loaded.status === 'ready') return resolveIndicator({ report: loaded.report, indicator }, this.kinds, this.kindName);
    return loaded.status === 'loading' ? { status: 'loading' } : loaded;
  }

  override updated(): void {
    this.reportError(this.state.status === 'error' ? this.state.error : undefined);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this) ?? super.createRenderRoot();
  }

  override render(): TemplateResult {
    const { state } = this;
    const content =
      state.status === 'empty'
        ? emptyView(this.strings)
        : state.status === 'loading'
          ? loadingView(this.strings)
          : state.status === 'error'
            ? errorView(state.error, this.locale, this.strings, state.error.retryable ? () => this.reload() : undefined)
            : this.renderIndicator(state.entry, state.computed);
    return this.renderRoot === this ? hostBox(this.box, content, this.theme) : content;
  }
}

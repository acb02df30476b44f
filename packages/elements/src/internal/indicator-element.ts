import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ComputedIndicator, ComputedReport, Indicator, LocalizedText, Report } from '@rule-of-law/core';
import { resolveIndicator, type IndicatorState } from './data/resolve-indicator.js';
import { lightRoot } from './light-root.js';
import { RuleOfLawElement } from './rule-of-law-element.js';
import { toHeadingLevel, type HeadingLevel } from './templates/heading.js';
import { emptyView, errorView } from './templates/states.js';
import { hostBox } from './views/report-view.js';

/**
 * What the figure, rate and breakdown elements share: the inputs (`report` + `indicator` id, or the
 * indicator `data` directly), validation through core, the empty and error states and `rol-error`.
 */
export abstract class IndicatorElement<Kind extends ComputedIndicator['kind']> extends RuleOfLawElement {
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    indicator: { reflect: true },
    data: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** A whole report (validated with core's `parseReport`); `indicator` names the indicator to show. */
  report?: Report;

  /** The id of the indicator to show within `report`, e.g. `reconsideration.outcomes`. */
  indicator?: string;

  /** One indicator given directly, instead of `report` + `indicator`. */
  data?: Indicator;

  /** The level of the element's heading, 2–6. */
  headingLevel?: number;

  /** What there is to show, worked out whenever an input changes. */
  protected state: IndicatorState<Extract<ComputedIndicator, { kind: Kind }>> = { status: 'empty' };

  /** The indicator kinds this element shows. */
  protected abstract get kinds(): readonly Kind[];
  /** The name of those kinds, for the wrong-kind error. */
  protected abstract get kindName(): Required<LocalizedText>;
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

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('indicator') || changed.has('data')) {
      this.state = resolveIndicator({ report: this.report, indicator: this.indicator, data: this.data }, this.kinds, this.kindName);
    }
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
        : state.status === 'error'
          ? errorView(state.error, this.locale, this.strings)
          : this.renderIndicator(state.entry, state.computed);
    return this.renderRoot === this ? hostBox(this.box, content, this.theme) : content;
  }
}

import type { PropertyDeclarations } from 'lit';
import type { ComputedIndicator, Indicator, BilingualText, Report } from '@rule-of-law/core';
import type { Outcome } from './data/outcome.js';
import { inlineInput, type ReportInput, type ReportsState } from './data/reports-loader.js';
import { resolveIndicator, type ResolvedIndicator } from './data/resolve-indicator.js';
import { RuleOfLawElement } from './rule-of-law-element.js';

/** The computed indicator of one of `Kind`. */
export type Entry<Kind extends ComputedIndicator['kind']> = Extract<ComputedIndicator, { kind: Kind }>;

/**
 * What the figure, rate and breakdown elements share: the inputs (`indicator` id within a report given as
 * the `report` object, a `src` URL or an inline JSON child — as `<rule-of-law-report>` takes it —, or the
 * indicator `data` directly) and the check that the indicator is one of the kinds the element shows. Data
 * given as an object is shown as given: nothing is fetched and no `rol-load` fires (inside a report, that
 * would flood the page with events).
 */
export abstract class IndicatorElement<Kind extends ComputedIndicator['kind']> extends RuleOfLawElement<ResolvedIndicator<Entry<Kind>>> {
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    indicator: { reflect: true },
    data: { attribute: false },
    src: { reflect: true },
  };

  /** A whole report (validated with core's `parseReport`); `indicator` names the indicator to show. */
  report?: Report;

  /** The id of the indicator to show within `report`, e.g. `reconsideration.outcomes`. */
  indicator?: string;

  /** One indicator given directly, instead of `report` + `indicator`. */
  data?: Indicator;

  /** URL of the report JSON holding `indicator` (when neither `report` nor `data` is given). */
  src?: string;

  /** The indicator kinds this element shows. */
  protected abstract get kinds(): readonly Kind[];
  /** The name of those kinds, for the wrong-kind error. */
  protected abstract get kindName(): BilingualText;

  /** `src` or the inline JSON: loaded only when neither `report` nor `data` is given. */
  protected reportInputs(): readonly (ReportInput | undefined)[] {
    if (this.data != null || this.report != null) return [];
    return [this.src ? { src: this.src } : inlineInput(this)];
  }

  /** The indicator from the object inputs, else from the report the element loaded. */
  protected resolve(loaded: ReportsState): Outcome<ResolvedIndicator<Entry<Kind>>> {
    const { indicator, data, report } = this;
    if (data != null || report != null) return resolveIndicator({ report, indicator, data }, this.kinds, this.kindName);
    if (loaded.status !== 'ready') return loaded;
    return resolveIndicator({ report: loaded.reports[0]!.report, indicator }, this.kinds, this.kindName);
  }

  protected override readyKey(shown: ResolvedIndicator<Entry<Kind>>): unknown {
    return shown.entry;
  }
}

import { DOTTED_SLUG, type ComputedIndicator, type ComputedReport, type Indicator, type BilingualText, type Report } from '@rule-of-law/core';
import { indicatorError } from './errors.js';
import type { Outcome } from './outcome.js';
import { prepareReport } from './prepare-report.js';

/** An indicator ready to show. */
export interface ResolvedIndicator<Entry extends ComputedIndicator> {
  readonly entry: Entry;
  readonly computed: ComputedReport;
  /** True when the indicator was given directly: its report is a stand-in without a title or source. */
  readonly direct: boolean;
}

/** The inputs of an indicator element. */
export interface IndicatorInputs {
  readonly report?: Report | undefined;
  readonly indicator?: string | undefined;
  readonly data?: Indicator | undefined;
}

const wrappers = new WeakMap<object, Report>();

/**
 * A one-indicator report around indicator data given directly, so that it is validated and computed like
 * any report. An indicator taken out of a report keeps its `sectionId`: the stand-in has that section.
 */
function wrap(data: Indicator): Report {
  let report = wrappers.get(data);
  if (!report) {
    const { sectionId } = data as { sectionId?: unknown };
    report = {
      schemaVersion: 1,
      issuer: { name: '—', level: 'other' },
      title: '—',
      period: { start: '2000-01-01', end: '2000-12-31' },
      sections: typeof sectionId === 'string' && DOTTED_SLUG.test(sectionId) ? [{ id: sectionId, heading: '—', order: 0 }] : [],
      indicators: [data],
    } as Report;
    wrappers.set(data, report);
  }
  return report;
}

/**
 * Finds, validates and computes the indicator an element shows: `data` (one indicator given directly),
 * else `indicator` (an id) within `report`. Checks that its kind is one the element can show.
 */
export function resolveIndicator<Kind extends ComputedIndicator['kind']>(
  inputs: IndicatorInputs,
  kinds: readonly Kind[],
  kindName: BilingualText,
): Outcome<ResolvedIndicator<Extract<ComputedIndicator, { kind: Kind }>>> {
  const { data, report, indicator } = inputs;
  if (data == null && report == null) return { status: 'empty' };
  const prepared = prepareReport(data != null ? wrap(data) : report);
  if (!prepared.ok) return { status: 'error', error: prepared.error };
  const id = data != null ? data.id : indicator;
  if (!id) return { status: 'error', error: indicatorError((s) => s.errorNoIndicator) };
  const entry = prepared.computed.byId[id];
  if (!entry) return { status: 'error', error: indicatorError((s) => s.errorNotFound(id)) };
  if (!(kinds as readonly string[]).includes(entry.kind)) {
    return {
      status: 'error',
      error: indicatorError((s, locale) => s.errorWrongKind(id, kindName[locale])),
    };
  }
  return { status: 'ready', shown: { entry: entry as Extract<ComputedIndicator, { kind: Kind }>, computed: prepared.computed, direct: data != null } };
}

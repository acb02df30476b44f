import { bySeverity } from '../compare/note.js';
import type { Indicator } from '../schema/indicator.js';
import type { BilingualText } from '../schema/localized-text.js';
import type { Report } from '../schema/report.js';
import { BreakdownAccumulator } from './breakdown-accumulator.js';
import type { IndicatorAccumulator, Siblings } from './indicator-accumulator.js';
import { QuantityAccumulator } from './quantity-accumulator.js';
import { RateAccumulator } from './rate-accumulator.js';
import type { AggregateGroup, AggregateNote, ReportRef } from './types.js';

function accumulatorFor(indicator: Indicator): IndicatorAccumulator {
  switch (indicator.kind) {
    case 'rate':
      return new RateAccumulator(indicator);
    case 'breakdown':
      return new BreakdownAccumulator(indicator);
    default:
      return new QuantityAccumulator(indicator);
  }
}

/** A report's indicators by id; the first of an id wins, as {@link IndicatorAccumulator.accept} keeps the first. */
function indicatorsById(indicators: readonly Indicator[]): Map<string, Indicator> {
  const byId = new Map<string, Indicator>();
  for (const indicator of indicators) if (!byId.has(indicator.id)) byId.set(indicator.id, indicator);
  return byId;
}

/** The reports of one group, taken one at a time: one accumulator per indicator id, in a Map. */
export class GroupAccumulator {
  private readonly reports: ReportRef[] = [];
  private readonly indicators = new Map<string, IndicatorAccumulator>();

  constructor(
    private readonly key: string,
    private readonly label: BilingualText,
    private readonly only: ReadonlySet<string> | undefined,
  ) {}

  add(report: Report, index: number): void {
    const position = this.reports.length;
    this.reports.push({ index, issuer: report.issuer, title: report.title, period: report.period });
    const siblings: Siblings = { indicators: indicatorsById(report.indicators) };
    for (const indicator of report.indicators) {
      if (this.only && !this.only.has(indicator.id)) continue;
      let accumulator = this.indicators.get(indicator.id);
      if (!accumulator) {
        accumulator = accumulatorFor(indicator);
        this.indicators.set(indicator.id, accumulator);
      }
      accumulator.accept(indicator, position, siblings);
    }
  }

  finish(): AggregateGroup {
    const notes: AggregateNote[] = [];
    const accumulators = [...this.indicators.values()];
    return {
      key: this.key,
      label: this.label,
      reports: this.reports,
      indicators: accumulators.map((accumulator) => accumulator.finish(this.reports, notes)),
      coverage: accumulators.map((accumulator) => accumulator.coverage(this.reports.length)),
      notes: bySeverity(notes),
    };
  }
}

import { comparedValue, unitKey, type Figure, type GrowthFormula, type Issuer, type LocalizedText, type Period, type Quantity, type Unit } from '@rule-of-law/core';
import type { LoadedReport } from '../data/reports-loader.js';

/** One value of a series: the figure compared across years, and the quantity as the report wrote it. */
export interface TrendPoint {
  readonly figure: Figure;
  /** The stated quantity ("996余人次"), when the figure is stated rather than computed. */
  readonly quantity?: Quantity;
  /** For a year-on-year change: its formula (the figure is then the signed change, the quantity as stated). */
  readonly formula?: GrowthFormula;
  /** The report it comes from. */
  readonly source: LoadedReport;
}

/** One line (or one colour of bars): an indicator of one issuer, in one unit, over the periods. */
export interface TrendSeries {
  /** Stable key: indicator id, issuer and unit. */
  readonly key: string;
  readonly indicatorId: string;
  readonly label: LocalizedText;
  /** Set when the reports come from more than one issuer. */
  readonly issuer?: Issuer;
  readonly unit: Unit;
  /** One entry per period of the model; `undefined` is a gap (the report has no value for it). */
  readonly points: readonly (TrendPoint | undefined)[];
  /** Position among all series: picks the colour, marker and dash. */
  readonly index: number;
}

/** Series that share a unit: drawn on one axis. */
export interface TrendGroup {
  readonly unitKey: string;
  readonly unit: Unit;
  readonly series: readonly TrendSeries[];
}

/** Everything the trend element draws, worked out from the reports before rendering. */
export interface TrendModel {
  /** The periods, earliest first. */
  readonly periods: readonly Period[];
  /** The reports shown, by period (earliest first). */
  readonly reports: readonly LoadedReport[];
  readonly series: readonly TrendSeries[];
  /** One group per unit, in the order the series first use it. */
  readonly groups: readonly TrendGroup[];
  /** Ids asked for that no report has. */
  readonly missing: readonly string[];
  /** An issuer and period given more than one report (only the last one given is shown). */
  readonly duplicates: readonly { readonly issuer: Issuer; readonly period: Period }[];
  readonly hasGaps: boolean;
  readonly hasQualified: boolean;
}

const periodKey = (period: Period) => `${period.start}/${period.end}`;

/** The indicator ids of an `indicators` attribute: space- or comma-separated, duplicates dropped. */
export function parseIds(attribute: string | undefined): string[] {
  return [...new Set((attribute ?? '').split(/[\s,，、]+/).filter(Boolean))];
}

/**
 * The trend model of some reports (in any order) for the indicators `ids`: the periods sorted; per
 * indicator, issuer (when there are several) and unit a series with one value or gap per period — the
 * value being what {@link comparedValue} compares (a rate's stated value, a breakdown's total); and the
 * series grouped by unit, since different units are never drawn on one axis.
 */
export function trendModel(loaded: readonly LoadedReport[], ids: readonly string[]): TrendModel {
  const byIssuerPeriod = new Map<string, LoadedReport>();
  const duplicates: { issuer: Issuer; period: Period }[] = [];
  for (const entry of loaded) {
    const key = `${entry.report.issuer.name}\u0000${periodKey(entry.report.period)}`;
    if (byIssuerPeriod.has(key)) duplicates.push({ issuer: entry.report.issuer, period: entry.report.period });
    byIssuerPeriod.delete(key);
    byIssuerPeriod.set(key, entry);
  }
  const reports = [...byIssuerPeriod.values()].sort((a, b) => {
    const left = a.report.period;
    const right = b.report.period;
    return left.start < right.start ? -1 : left.start > right.start ? 1 : left.end < right.end ? -1 : left.end > right.end ? 1 : 0;
  });
  const periods: Period[] = [];
  const periodIndex = new Map<string, number>();
  for (const { report } of reports) {
    const key = periodKey(report.period);
    if (!periodIndex.has(key)) {
      periodIndex.set(key, periods.length);
      periods.push(report.period);
    }
  }
  const issuers = [...new Map(reports.map(({ report }) => [report.issuer.name, report.issuer] as const)).values()];
  const several = issuers.length > 1;

  const series: TrendSeries[] = [];
  const missing: string[] = [];
  let hasGaps = false;
  let hasQualified = false;
  for (const id of ids) {
    let found = false;
    for (const issuer of issuers) {
      const own = reports.filter(({ report }) => report.issuer.name === issuer.name);
      const byUnit = new Map<string, { unit: Unit; label: LocalizedText; points: (TrendPoint | undefined)[] }>();
      for (const source of own) {
        const entry = source.computed.byId[id];
        if (!entry) continue;
        found = true;
        const value = comparedValue(entry);
        if (!value) continue;
        const key = unitKey(value.figure.unit);
        let line = byUnit.get(key);
        if (!line) {
          line = { unit: value.figure.unit, label: entry.indicator.label, points: periods.map(() => undefined) };
          byUnit.set(key, line);
        }
        // The latest report's label names the series.
        line.label = entry.indicator.label;
        line.points[periodIndex.get(periodKey(source.report.period))!] = {
          figure: value.figure,
          ...(value.quantity && { quantity: value.quantity }),
          ...(value.formula && { formula: value.formula }),
          source,
        };
      }
      for (const [key, line] of byUnit) {
        const ownPeriods = new Set(own.map(({ report }) => periodKey(report.period)));
        const first = line.points.findIndex(Boolean);
        const last = line.points.length - 1 - [...line.points].reverse().findIndex(Boolean);
        // A gap is a period between the series' first and last value, or a report of this issuer without it.
        if (line.points.some((point, index) => !point && (ownPeriods.has(periodKey(periods[index]!)) || (index > first && index < last)))) hasGaps = true;
        if (line.points.some((point) => point && point.figure.qualifier !== 'exact')) hasQualified = true;
        series.push({
          key: `${id}|${several ? issuer.name : ''}|${key}`,
          indicatorId: id,
          label: line.label,
          ...(several && { issuer }),
          unit: line.unit,
          points: line.points,
          index: series.length,
        });
      }
    }
    if (!found) missing.push(id);
  }
  const groups: TrendGroup[] = [];
  for (const entry of series) {
    const key = unitKey(entry.unit);
    const group = groups.find((candidate) => candidate.unitKey === key);
    if (group) (group.series as TrendSeries[]).push(entry);
    else groups.push({ unitKey: key, unit: entry.unit, series: [entry] });
  }
  return { periods, reports, series, groups, missing, duplicates, hasGaps, hasQualified };
}

import { describe, expect, it } from 'vitest';
import { computeReport, formatComparedValue, type Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { niceTicks } from '../../packages/elements/src/internal/chart/ticks.js';
import { seriesLine, trendFrame } from '../../packages/elements/src/internal/chart/trend-geometry.js';
import { parseIds, trendModel } from '../../packages/elements/src/internal/chart/trend-series.js';
import type { LoadedReport } from '../../packages/elements/src/internal/data/reports-loader.js';

const loaded = (reports: readonly Report[]): LoadedReport[] => reports.map((report) => ({ report, computed: computeReport(report) }));
const years = () => generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] });

describe('niceTicks', () => {
  it('steps of 1, 2, 2.5 or 5 × 10ⁿ from 0 up to at least the maximum', () => {
    expect(niceTicks(1355, 4)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(75, 4)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(98.5, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives [0, 1] for nothing to draw', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe('trendModel', () => {
  it('sorts the reports by period and reads each year’s figure as written', () => {
    const reports = years();
    const model = trendModel(loaded([reports[3]!, reports[1]!, reports[0]!, reports[2]!]), ['enforcement.penalties']);
    expect(model.periods.map((period) => period.start)).toEqual(['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
    const [series] = model.series;
    const written = reports.map((report) => {
      const indicator = report.indicators.find((entry) => entry.id === 'enforcement.penalties');
      return indicator?.kind === 'count' ? indicator.quantity.written : undefined;
    });
    expect(series?.points.map((point) => point?.quantity?.written)).toEqual(written);
    expect(model.hasGaps).toBe(false);
  });

  it('keeps a year without the indicator as a gap, and the line breaks there', () => {
    const reports = years();
    reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== 'enforcement.penalties');
    const model = trendModel(loaded(reports), ['enforcement.penalties']);
    expect(model.series[0]?.points[1]).toBeUndefined();
    expect(model.hasGaps).toBe(true);
    const frame = trendFrame({ width: 400, fontSize: 16, periods: 4, max: 100, formatTick: String, periodLabels: ['2020', '2021', '2022', '2023'] });
    const path = seriesLine(
      model.series[0]!.points.map((point) => point?.figure.value),
      frame,
    );
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it('groups series by unit (never one axis for 起 and 元), lists missing ids and duplicate years', () => {
    const reports = years();
    const model = trendModel(loaded([...reports, structuredClone(reports[0]!)]), ['enforcement.penalties', 'enforcement.fines', 'no.such_id']);
    expect(model.groups.map((group) => group.unitKey)).toEqual(['起', '元']);
    expect(model.missing).toEqual(['no.such_id']);
    expect(model.duplicates).toHaveLength(1);
    expect(model.periods).toHaveLength(4);
  });

  it('one series per issuer when the reports come from several', () => {
    const reports = generateSyntheticReports({ seed: 7, issuers: 2, years: [2022, 2023] });
    const model = trendModel(loaded(reports), ['enforcement.penalties']);
    expect(model.series.map((series) => series.issuer?.name)).toEqual([reports[0]!.issuer.name, reports[2]!.issuer.name]);
  });

  it('parses the indicators attribute: spaces, commas, duplicates', () => {
    expect(parseIds(' a.b, c.d  a.b ')).toEqual(['a.b', 'c.d']);
    expect(parseIds(undefined)).toEqual([]);
  });
});

describe('trendModel of a year-on-year change', () => {
  const year = (value: number, formula: 'increase' | 'decrease', stated: number): Report => ({
    schemaVersion: 1,
    issuer: { name: '某县人民政府', level: 'county' },
    title: `某县${value}年法治政府建设年度报告`,
    period: { start: `${value}-01-01`, end: `${value}-12-31` },
    sections: [],
    indicators: [
      {
        id: 'x.change',
        family: 'petitions',
        label: { 'zh-CN': '收案同比' },
        kind: 'rate',
        formula,
        quantity: { value: stated, unit: 'percent', written: `${stated}%` },
      },
    ],
  });

  it('draws the signed change and keeps the formula, so labels say which way it went', () => {
    const model = trendModel(loaded([year(2023, 'decrease', 3.9), year(2022, 'increase', 10)]), ['x.change']);
    const points = model.series[0]!.points;
    expect(points.map((point) => point && [point.figure.value, point.formula, point.quantity?.value])).toEqual([
      [10, 'increase', 10],
      [-3.9, 'decrease', 3.9],
    ]);
    expect(points.map((point) => point && formatComparedValue(point, { locale: 'zh-CN', maximumFractionDigits: 2 }))).toEqual(['增长10%', '下降3.9%']);
    expect(formatComparedValue(points[1]!, { locale: 'en' })).toBe('down 3.9%');
  });
});

import { describe, expect, it } from 'vitest';
import { computeReport, type Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { DEFAULT_PLOT_SIZE, resizedPlot, toTrendChart, TREND_CHARTS } from '../../packages/elements/src/internal/chart/trend-charts.js';
import { trendOutcome } from '../../packages/elements/src/internal/chart/trend-outcome.js';

const loaded = (reports: readonly Report[]) => reports.map((report) => ({ report, computed: computeReport(report) }));
const years = () => loaded(generateSyntheticReports({ seed: 7, issuers: 1, years: [2022, 2023] }));

describe('trendOutcome', () => {
  it('is the model of the named indicators (space-, comma- or 、-separated)', () => {
    const outcome = trendOutcome(years(), 'enforcement.penalties, petitions.accepted');
    expect(outcome.status).toBe('model');
    if (outcome.status === 'model') expect(outcome.model.series.map((series) => series.indicatorId)).toEqual(['enforcement.penalties', 'petitions.accepted']);
  });

  it('is an error, in both languages, when no indicator is named or none is in the reports; missing ones beside found ones are the model’s note', () => {
    const none = trendOutcome(years(), ' ,、 ');
    expect(none).toMatchObject({ status: 'invalid', error: { kind: 'not-found', retryable: false } });
    const missing = trendOutcome(years(), 'no.such_indicator other.missing');
    expect(missing.status).toBe('invalid');
    if (missing.status === 'invalid') {
      expect(missing.error.message['zh-CN']).toContain('no.such_indicator、other.missing');
      expect(missing.error.message.en).toContain('no.such_indicator, other.missing');
      expect(missing.error.issues[0]?.code).toBe('indicator');
    }
    const some = trendOutcome(years(), 'enforcement.penalties no.such_indicator');
    expect(some.status === 'model' && some.model.missing).toEqual(['no.such_indicator']);
  });
});

describe('the chart kinds and the drawn size', () => {
  it('takes a kind it knows, else lines', () => {
    expect(TREND_CHARTS).toEqual(['line', 'bars']);
    expect(toTrendChart('bars')).toBe('bars');
    for (const value of ['pie', '', undefined, null, 3]) expect(toTrendChart(value)).toBe('line');
  });

  it('redraws for a width 2 px or more away or a new font size; ignores an area not laid out', () => {
    expect(DEFAULT_PLOT_SIZE).toEqual({ width: 560, fontSize: 16 });
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 320.9, 16)).toEqual({ width: 320, fontSize: 16 });
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 561, 16)).toBeUndefined();
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 558, 16)).toEqual({ width: 558, fontSize: 16 });
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 561, 20)).toEqual({ width: 561, fontSize: 20 });
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 0, 16)).toBeUndefined();
    expect(resizedPlot(DEFAULT_PLOT_SIZE, 0, 24)).toEqual({ width: 560, fontSize: 24 });
  });
});

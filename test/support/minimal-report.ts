import type { Indicator, Report } from '@rule-of-law/core';

/** A small valid report around the given indicators, for focused tests. */
export function minimalReport(indicators: Indicator[] = [], overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    issuer: { name: '某县人民政府', level: 'county' },
    title: '某县2024年法治政府建设年度报告',
    period: { start: '2024-01-01', end: '2024-12-31' },
    sections: [],
    indicators,
    ...overrides,
  };
}

/** An exact count quantity as a report would write it. */
export function countOf(value: number, unit: '件' | '批次' | '件次' | '人次' | '项' = '件') {
  return { value, unit, written: `${value}${unit}` } as const;
}

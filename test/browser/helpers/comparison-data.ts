import type { Indicator, Quantity, Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';

/** The seed of every synthetic dataset in the comparison tests. */
export const SEED = 7;

/**
 * Four years (2020–2023) of one invented township (seed 7, first issuer), from core's generator: every
 * report is labelled synthetic. Fresh copies each call, so a test may change them.
 */
export function syntheticYears(): Report[] {
  return generateSyntheticReports({ seed: SEED, issuers: 1, years: [2020, 2021, 2022, 2023] });
}

/** Two years (2022, 2023) of two invented bodies (seed 7): issuer 1's two reports, then issuer 2's. */
export function syntheticTwoIssuers(): Report[] {
  return generateSyntheticReports({ seed: SEED, issuers: 2, years: [2022, 2023] });
}

/** The indicator `id` of `report`; throws when it is missing, so a test never checks against nothing. */
export function indicatorIn(report: Report, id: string): Indicator {
  const found = report.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`${report.title} has no ${id}`);
  return found;
}

/** The stated quantity of a count, amount, measure or stated rate `id` of `report`. */
export function quantityIn(report: Report, id: string): Quantity {
  const indicator = indicatorIn(report, id);
  if (indicator.kind === 'breakdown' || !indicator.quantity) throw new Error(`${id} has no stated quantity`);
  return indicator.quantity;
}

/** The year of a report's period. */
export const yearOf = (report: Report): number => Number(report.period.start.slice(0, 4));

const count = (value: number, unit: Quantity['unit'], written = `${value}${String(unit)}`): Quantity => ({ value, unit, written });

/** Markup that must stay text wherever it is shown. */
export const SCRIPT = '<script>window.__pwned=1</script>';
export const IMG = '<img src=x onerror="window.__pwned=2">';

/**
 * A hand-made pair of small reports of 某县 (2023, 2024), each figure chosen to test one rule:
 *
 * | id | 2023 | 2024 | expected change |
 * |---|---|---|---|
 * | enforcement.penalties | 41起 | 45起 | 增加4起 / up 4 cases; 增长9.8% |
 * | petitions.visits.persons | 900人次 | 996余人次 | 至少增加96人次 / up at least 96 person-visits |
 * | petitions.letters | 500余件 | 600余件 | none (both "at least"): 增减无法确定 |
 * | enforcement.duty_performance_rate | 96.2% | 98.5% | 上升2.3个百分点 / up 2.3 percentage points |
 * | petitions.receptions | 186批次 | 390人次 | none: different units |
 * | legal_advice.opinions | — | 12件 | only in 2024 |
 * | publicity.events | 30场 | — | only in 2023 |
 */
export function handMadePair(options: { hostile?: boolean } = {}): { previous: Report; current: Report } {
  const label = (zh: string, en: string) => (options.hostile ? { 'zh-CN': `${IMG}${zh}`, en: `${SCRIPT}${en}` } : { 'zh-CN': zh, en });
  const report = (year: number, indicators: Indicator[]): Report => ({
    schemaVersion: 1,
    issuer: { name: '某县人民政府', nameEn: 'A County Government', level: 'county' },
    title: `某县${year}年法治政府建设年度报告`,
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
    sections: [],
    indicators,
  });
  const penalties = (quantity: Quantity): Indicator => ({
    id: 'enforcement.penalties',
    family: 'enforcement',
    label: label('行政处罚案件', 'Penalty cases'),
    kind: 'count',
    quantity,
  });
  const visits = (quantity: Quantity): Indicator => ({
    id: 'petitions.visits.persons',
    family: 'petitions',
    label: label('来访群众', 'Visitors'),
    kind: 'count',
    quantity,
  });
  const letters = (quantity: Quantity): Indicator => ({
    id: 'petitions.letters',
    family: 'petitions',
    label: label('来信', 'Letters'),
    kind: 'count',
    quantity,
  });
  const rate = (value: number): Indicator => ({
    id: 'enforcement.duty_performance_rate',
    family: 'enforcement',
    label: label('履职率', 'Duty-performance rate'),
    kind: 'rate',
    quantity: { value, unit: 'percent', written: `${value}%` },
  });
  const receptions = (quantity: Quantity): Indicator => ({
    id: 'petitions.receptions',
    family: 'petitions',
    label: label('领导接访', 'Leaders’ receptions'),
    kind: 'count',
    quantity,
  });
  const previous = report(2023, [
    penalties(count(41, '起')),
    visits(count(900, '人次')),
    letters({ value: 500, unit: '件', qualifier: 'at_least', marker: '余', written: '500余件' }),
    rate(96.2),
    receptions(count(186, '批次')),
    { id: 'publicity.events', family: 'publicity', label: label('普法活动', 'Publicity events'), kind: 'count', quantity: count(30, '场') },
  ]);
  const current = report(2024, [
    penalties(count(45, '起')),
    visits({ value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' }),
    letters({ value: 600, unit: '件', qualifier: 'at_least', marker: '余', written: '600余件' }),
    rate(98.5),
    receptions(count(390, '人次')),
    { id: 'legal_advice.opinions', family: 'legal_advice', label: label('法律意见', 'Legal opinions'), kind: 'count', quantity: count(12, '件') },
  ]);
  if (options.hostile) {
    current.title = `${SCRIPT}${current.title}`;
    previous.issuer = { ...previous.issuer, name: `${IMG}某县人民政府` };
    current.issuer = { ...current.issuer, name: `${IMG}某县人民政府` };
  }
  return { previous, current };
}

/** A same-origin `blob:` URL serving `value` as JSON: a real fetch through the elements' `src` path, with no server. */
export function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

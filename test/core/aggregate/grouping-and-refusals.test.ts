// How a roll-up groups reports (groupingOf, GROUP_BY_KEYS) and how it explains what it does not add up
// (REFUSAL_MESSAGES, AGGREGATE_NOTE_CODES). Keys and labels are composed by hand from the issuers and years
// below; each refusal follows from what its unit means (a percentage, a change in points, 倍, a rank).
import { describe, expect, it } from 'vitest';
import { AGGREGATE_NOTE_CODES, aggregateReports, GROUP_BY_KEYS, groupingOf, REFUSAL_MESSAGES, type AggregatedQuantity, type Report } from '@rule-of-law/core';
import { count, measure, yearReport } from '../compare/fixtures.js';

const hangzhoudao = yearReport(2023, [], { name: '杭州道街道办事处', level: 'subdistrict', parent: '天津市滨海新区' });
const xinbei = yearReport(2022, [], { name: '新北街道办事处', level: 'subdistrict', parent: '天津市滨海新区' });
const noParent: Report = { ...yearReport(2023, [], { name: '某县人民政府', level: 'county' }), issuer: { name: '某县人民政府', level: 'county' } };
// A fiscal year from July: its year is the one it starts in.
const fiscal: Report = { ...hangzhoudao, period: { start: '2023-07-01', end: '2024-06-30' } };

describe('groupingOf and GROUP_BY_KEYS', () => {
  it('puts every report in one group, "all reports", without groupBy', () => {
    const grouping = groupingOf(undefined);
    expect(grouping.keyOf(hangzhoudao)).toBe('');
    expect(grouping.keyOf(noParent)).toBe('');
    expect(grouping.labelOf(hangzhoudao)).toEqual({ 'zh-CN': '全部报告', en: 'All reports' });
  });

  it('keys by each built-in key, and says the key in words', () => {
    expect(GROUP_BY_KEYS).toEqual(['parent', 'level', 'year', 'issuer']);
    const cases = {
      parent: ['天津市滨海新区', { 'zh-CN': '天津市滨海新区', en: '天津市滨海新区' }],
      level: ['subdistrict', { 'zh-CN': '街道', en: 'Subdistrict' }],
      year: ['2023', { 'zh-CN': '2023年', en: '2023' }],
      issuer: ['杭州道街道办事处', { 'zh-CN': '杭州道街道办事处', en: '杭州道街道办事处' }],
    } as const;
    for (const key of GROUP_BY_KEYS) {
      const grouping = groupingOf(key);
      expect(grouping.keyOf(hangzhoudao), key).toBe(cases[key][0]);
      expect(grouping.labelOf(hangzhoudao), key).toEqual(cases[key][1]);
    }
  });

  it('joins several keys with | and their words with ·', () => {
    const grouping = groupingOf(['level', 'year']);
    expect(grouping.keyOf(hangzhoudao)).toBe('subdistrict|2023');
    expect(grouping.keyOf(xinbei)).toBe('subdistrict|2022');
    expect(grouping.labelOf(hangzhoudao)).toEqual({ 'zh-CN': '街道 · 2023年', en: 'Subdistrict · 2023' });
  });

  it('takes the year a period starts in, and names a missing parent', () => {
    expect(groupingOf('year').keyOf(fiscal)).toBe('2023');
    expect(groupingOf('parent').keyOf(noParent)).toBe('');
    expect(groupingOf('parent').labelOf(noParent)).toEqual({ 'zh-CN': '未注明上级', en: 'No parent stated' });
  });

  it('uses a function’s answer as both key and label', () => {
    const grouping = groupingOf((report) => (report.issuer.name.includes('街道') ? '街道' : '其他'));
    expect(grouping.keyOf(hangzhoudao)).toBe('街道');
    expect(grouping.keyOf(noParent)).toBe('其他');
    expect(grouping.labelOf(noParent)).toEqual({ 'zh-CN': '其他', en: '其他' });
  });

  it('is what aggregateReports groups by: two subdistricts of one parent, by parent, are one group', () => {
    const { groups } = aggregateReports([hangzhoudao, xinbei, noParent], { groupBy: 'parent' });
    expect(groups.map((group) => [group.key, group.label['zh-CN'], group.reports.length])).toEqual([
      ['', '未注明上级', 1],
      ['天津市滨海新区', '天津市滨海新区', 2],
    ]);
  });
});

describe('REFUSAL_MESSAGES', () => {
  it('say why percentages, changes in points, multiples (倍) and ranks (位) are never added, in both languages', () => {
    expect(REFUSAL_MESSAGES.percent).toEqual({ 'zh-CN': '百分比不能相加', en: 'percentages cannot be added' });
    expect(REFUSAL_MESSAGES.rank).toEqual({ 'zh-CN': '名次不能相加', en: 'ranks cannot be added' });
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual(['multiple', 'percent', 'percentage_point', 'rank']);
  });

  it('are the reason a roll-up gives each refused sum', () => {
    const units = { 'x.share': 'percent', 'x.points': 'percentage_point', 'x.times': '倍', 'x.rank': '位' } as const;
    const reasons = { 'x.share': 'percent', 'x.points': 'percentage_point', 'x.times': 'multiple', 'x.rank': 'rank' } as const;
    const indicators = () => Object.entries(units).map(([id, unit]) => measure(id, 3, unit));
    const [group] = aggregateReports([yearReport(2022, indicators()), yearReport(2023, indicators())]).groups;
    for (const id of Object.keys(units) as (keyof typeof units)[]) {
      const entry = group!.indicators.find((indicator) => indicator.id === id) as AggregatedQuantity;
      expect(entry.totals, id).toEqual([]);
      expect(entry.refused, id).toEqual({ reason: reasons[id], message: REFUSAL_MESSAGES[reasons[id]] });
    }
  });
});

describe('AGGREGATE_NOTE_CODES', () => {
  it('hold the codes of the notes a roll-up writes: units kept apart, figures not added', () => {
    // x.visits is 批次 in one report and 人次 in the other; x.share is a percentage.
    const [group] = aggregateReports([
      yearReport(2022, [count('x.visits', 10, '批次'), measure('x.share', 50, 'percent')]),
      yearReport(2023, [count('x.visits', 12, '人次'), measure('x.share', 60, 'percent')]),
    ]).groups;
    const codes = group!.notes.map((note) => note.code);
    expect([...codes].sort()).toEqual(['not-additive', 'units-kept-apart']);
    for (const code of codes) expect(AGGREGATE_NOTE_CODES).toContain(code);
    expect(new Set(AGGREGATE_NOTE_CODES).size).toBe(AGGREGATE_NOTE_CODES.length);
  });
});

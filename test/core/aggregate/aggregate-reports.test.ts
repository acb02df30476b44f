// aggregateReports on small hand-made groups of reports. Every expected value is worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  aggregateReports,
  parseReport,
  type AggregatedBreakdown,
  type AggregatedIndicator,
  type AggregatedQuantity,
  type AggregatedRate,
  type AggregateGroup,
  type Report,
} from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';
import { amount, breakdown, count, growth, measure, rate, yearReport } from '../compare/fixtures.js';

const find = (group: AggregateGroup | undefined, id: string): AggregatedIndicator => {
  const found = group?.indicators.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const quantity = (group: AggregateGroup | undefined, id: string) => find(group, id) as AggregatedQuantity;
const pooled = (group: AggregateGroup | undefined, id: string) => find(group, id) as AggregatedRate;
const merged = (group: AggregateGroup | undefined, id: string) => find(group, id) as AggregatedBreakdown;
const only = (reports: Report[]) => aggregateReports(reports).groups[0];

const a = yearReport(
  2023,
  [
    amount('enforcement.fines', 24879.5),
    amount('enforcement.small_fines', 0.1),
    count('petitions.visits', 186, '批次'),
    count('petitions.visitors', 996, '人次', '余'),
    count('x.done', 1),
    count('x.accepted', 2),
    rate('x.completion_rate', 50, 'x.done', 'x.accepted'),
    measure('enforcement.share', 16, 'percent'),
    breakdown('reconsideration.outcomes', { uphold: 6, dismiss_application: 3, terminate: 4, pending: 3 }, { total: 16, codelist: 'reconsideration_outcome' }),
    breakdown('petitions.channels', { visits: 600, letters: 300 }, { exhaustive: false, unit: '批次' }),
  ],
  { name: '甲街道办事处', level: 'subdistrict', parent: '甲区' },
);

const b = yearReport(
  2023,
  [
    amount('enforcement.fines', 650),
    amount('enforcement.small_fines', 0.2),
    count('petitions.visits', 390, '人次'),
    count('petitions.visitors', 100, '人次'),
    count('x.done', 9),
    count('x.accepted', 10),
    rate('x.completion_rate', 90, 'x.done', 'x.accepted'),
    measure('enforcement.share', 20, 'percent'),
    breakdown('reconsideration.outcomes', { uphold: 2, revoke: 1, pending: 1 }, { total: 4, codelist: 'reconsideration_outcome' }),
    breakdown('petitions.channels', { visits: 50 }, { total: 60, exhaustive: false, unit: '批次' }),
  ],
  { name: '乙街道办事处', level: 'subdistrict', parent: '甲区' },
);

// Only the stated rate, no numerator or denominator; and no fines at all.
const c = yearReport(2023, [rate('x.completion_rate', 60), count('petitions.visitors', 5, '人次')], { name: '丙镇人民政府', level: 'township', parent: '乙区' });

const group = only([a, b, c]);

describe('aggregateReports', () => {
  it('uses valid reports', () => {
    for (const report of [a, b, c]) expect(parseReport(report).ok).toBe(true);
  });

  it('sums money exactly: 24879.5 + 650 = 25529.5 and 0.1 + 0.2 = 0.3', () => {
    expect(quantity(group, 'enforcement.fines').totals).toEqual([{ unit: '元', figure: { value: 25529.5, unit: '元', qualifier: 'exact' }, reports: 2 }]);
    expect(quantity(group, 'enforcement.small_fines').totals[0]!.figure.value).toBe(0.3);
  });

  it('keeps 批次 and 人次 apart, with the reason', () => {
    const visits = quantity(group, 'petitions.visits');
    expect(visits.totals.map((total) => [total.unit, total.figure.value, total.reports])).toEqual([
      ['批次', 186, 1],
      ['人次', 390, 1],
    ]);
    const note = group!.notes.find((entry) => entry.code === 'units-kept-apart')!;
    expect(note).toMatchObject({ severity: 'warning', indicatorIds: ['petitions.visits'] });
    expect(note.message['zh-CN']).toBe('“petitions.visits”在各报告中使用不同单位（批次、人次）：按单位分别合计，不相加');
    expect(note.message.en).toBe('“petitions.visits” is stated in different units (batches, person-visits): one total per unit, never added together');
  });

  it('never sums percentages, and says why', () => {
    const share = quantity(group, 'enforcement.share');
    expect(share.totals).toEqual([]);
    expect(share.refused).toEqual({ reason: 'percent', message: { 'zh-CN': '百分比不能相加', en: 'percentages cannot be added' } });
    const note = group!.notes.find((entry) => entry.code === 'not-additive')!;
    expect(note.message['zh-CN']).toBe('“enforcement.share”不作合计：百分比不能相加');
  });

  it('propagates qualifiers: 996余 + 100 + 5 is at least 1101', () => {
    expect(quantity(group, 'petitions.visitors').totals[0]!.figure).toEqual({ value: 1101, unit: '人次', qualifier: 'at_least' });
  });

  it('recomputes a rate from summed numerators and denominators, never averaging: 10 of 12, not (50% + 90%) ÷ 2', () => {
    const completion = pooled(group, 'x.completion_rate');
    expect(completion.result).toMatchObject({ defined: true, numerator: { value: 10 }, denominator: { value: 12 }, qualifier: 'exact' });
    expect(completion.result?.defined && completion.result.value).toBeCloseTo(83.33333333333333, 12);
    expect(completion.result?.defined && completion.result.value).not.toBeCloseTo(70, 1);
    expect(completion.pooled).toHaveLength(1);
    expect(completion.pooled[0]!.base).toMatchObject({ key: 'ref:x.accepted|件/件', ref: 'x.accepted', label: { 'zh-CN': 'x.accepted' } });
    expect(completion.pooled[0]!.reports).toBe(2);
  });

  it('names the reports left out of a pooled rate', () => {
    const completion = pooled(group, 'x.completion_rate');
    expect(completion.reports).toBe(3);
    expect(completion.leftOut).toEqual([{ report: 2, reason: 'no_operands' }]);
    const note = group!.notes.find((entry) => entry.code === 'rate-reports-left-out')!;
    expect(note).toMatchObject({ severity: 'warning', expected: 3, actual: 2 });
    expect(note.message['zh-CN']).toBe(
      '“x.completion_rate”：3份报告中有1份只有所述比率、没有可用的分子或分母，未计入合计比率（丙镇人民政府2023年）；所述比率不作平均',
    );
  });

  it('merges outcome breakdowns by category, then applies core’s groups and derived rates', () => {
    const outcomes = merged(group, 'reconsideration.outcomes');
    expect(outcomes.merged?.parts.map((part) => [part.category, part.quantity.value])).toEqual([
      ['uphold', 8],
      ['dismiss_application', 3],
      ['terminate', 4],
      ['pending', 4],
      ['revoke', 1],
    ]);
    expect(outcomes.merged?.total).toMatchObject({ value: 20, unit: '件', written: '20件' });
    expect(outcomes.merged?.exhaustive).toBe(true);
    expect(outcomes.computed?.groups.find((entry) => entry.group === 'concluded')?.figure.value).toBe(16);
    const correction = outcomes.computed?.derivedRates.find((entry) => entry.id === 'correction_rate')?.result;
    // 纠错率: 1 revoked of 16 concluded (8 upheld + 3 dismissed + 4 terminated + 1 revoked).
    expect(correction).toMatchObject({ defined: true, value: 6.25, numerator: { value: 1 }, denominator: { value: 16 } });
    expect(outcomes.findings).toEqual([]);
  });

  it('marks a category missing from a partial list as "at least", and gives no total when one report states none', () => {
    const channels = merged(group, 'petitions.channels');
    expect(channels.merged?.exhaustive).toBe(false);
    expect(channels.merged?.parts.map((part) => [part.category, part.quantity.value, part.quantity.qualifier ?? 'exact', part.quantity.written])).toEqual([
      ['visits', 650, 'exact', '650批次'],
      ['letters', 300, 'at_least', '300余批次'],
    ]);
    expect(channels.merged?.total).toBeUndefined();
    expect(group!.notes.map((entry) => entry.code)).toContain('breakdown-total-incomplete');
  });

  it('lets an exhaustive breakdown without a total count its parts toward the merged total', () => {
    const stated = yearReport(2023, [breakdown('reconsideration.outcomes', { uphold: 1 }, { total: 1, codelist: 'reconsideration_outcome' })]);
    const unstated = yearReport(2023, [breakdown('reconsideration.outcomes', { uphold: 2, pending: 1 }, { codelist: 'reconsideration_outcome' })]);
    expect(merged(only([stated, unstated]), 'reconsideration.outcomes').merged?.total).toMatchObject({ value: 4 });
    // With no total stated anywhere, none is made up.
    expect(merged(only([unstated, unstated]), 'reconsideration.outcomes').merged?.total).toBeUndefined();
  });

  it('builds a coverage table: who states what, and who does not', () => {
    const coverage = Object.fromEntries(group!.coverage.map((entry) => [entry.id, [entry.reported, entry.missing]]));
    expect(coverage['enforcement.fines']).toEqual([2, [2]]);
    expect(coverage['petitions.visitors']).toEqual([3, []]);
    expect(coverage['x.completion_rate']).toEqual([3, []]);
    expect(group!.reports.map((report) => [report.index, report.issuer.name])).toEqual([
      [0, '甲街道办事处'],
      [1, '乙街道办事处'],
      [2, '丙镇人民政府'],
    ]);
  });

  it('groups by parent, level, year, several keys, or a function', () => {
    const byParent = aggregateReports([a, b, c], { groupBy: 'parent' }).groups;
    // Sorted by key in code-unit order (乙 U+4E59 before 甲 U+7532), whatever the order of the input.
    expect(byParent.map((entry) => [entry.key, entry.reports.length])).toEqual([
      ['乙区', 1],
      ['甲区', 2],
    ]);
    expect(quantity(byParent[1], 'enforcement.fines').totals[0]!.figure.value).toBe(25529.5);
    const byLevel = aggregateReports([a, b, c], { groupBy: 'level' }).groups;
    expect(byLevel.map((entry) => [entry.key, entry.label.en, entry.reports.length])).toEqual([
      ['subdistrict', 'Subdistrict', 2],
      ['township', 'Township', 1],
    ]);
    const next = yearReport(2024, [amount('enforcement.fines', 1)], { name: '甲街道办事处', level: 'subdistrict', parent: '甲区' });
    const byYear = aggregateReports([a, b, next], { groupBy: 'year' }).groups;
    expect(byYear.map((entry) => [entry.key, entry.label['zh-CN'], quantity(entry, 'enforcement.fines').totals[0]!.figure.value])).toEqual([
      ['2023', '2023年', 25529.5],
      ['2024', '2024年', 1],
    ]);
    const byBoth = aggregateReports([a, c, next], { groupBy: ['parent', 'year'] }).groups;
    expect(byBoth.map((entry) => [entry.key, entry.label])).toEqual([
      ['乙区|2023', { 'zh-CN': '乙区 · 2023年', en: '乙区 · 2023' }],
      ['甲区|2023', { 'zh-CN': '甲区 · 2023年', en: '甲区 · 2023' }],
      ['甲区|2024', { 'zh-CN': '甲区 · 2024年', en: '甲区 · 2024' }],
    ]);
    const custom = aggregateReports([a, b, c], { groupBy: (report) => (report.issuer.name.includes('街道') ? '街道' : '乡镇') }).groups;
    expect(custom.map((entry) => [entry.key, entry.reports.length])).toEqual([
      ['乡镇', 1],
      ['街道', 2],
    ]);
    const orphan = yearReport(2023, [], { parent: undefined });
    expect(aggregateReports([orphan], { groupBy: 'parent' }).groups[0]).toMatchObject({ key: '', label: { 'zh-CN': '未注明上级' } });
  });

  it('keeps only the indicators asked for', () => {
    const narrow = aggregateReports([a, b, c], { indicators: ['enforcement.fines'] }).groups[0]!;
    expect(narrow.indicators.map((entry) => entry.id)).toEqual(['enforcement.fines']);
  });

  it('leaves out, with a note, reports where an id is another kind of indicator', () => {
    const odd = yearReport(2023, [measure('enforcement.fines', 5, 'percent')]);
    const result = only([a, odd]);
    expect(quantity(result, 'enforcement.fines')).toMatchObject({ reports: 1, totals: [{ figure: { value: 24879.5 } }] });
    expect(result!.notes.map((entry) => entry.code)).toContain('different-kinds');
  });

  it('pools rates over different bases separately', () => {
    const other = yearReport(2023, [count('x.done', 3), count('x.received', 4), rate('x.completion_rate', 75, 'x.done', 'x.received')]);
    const rates = pooled(only([a, other]), 'x.completion_rate');
    expect(rates.result).toBeUndefined();
    expect(rates.pooled.map((entry) => [entry.base.ref, entry.numerator.value, entry.denominator.value])).toEqual([
      ['x.accepted', 1, 2],
      ['x.received', 3, 4],
    ]);
  });

  it('rolls the reference report up into its own figures', () => {
    const parsed = parseReport(referenceJson());
    if (!parsed.ok) throw new Error('invalid reference');
    const own = only([parsed.report]);
    expect(quantity(own, 'enforcement.fines').totals[0]!.figure).toEqual({ value: 24879.5, unit: '元', qualifier: 'exact' });
    expect(quantity(own, 'petitions.visits.persons').totals[0]!.figure).toEqual({ value: 996, unit: '人次', qualifier: 'at_least' });
    // 行政诉讼: 9 cases, of which heard = 3 confirmed illegal + 4 awaiting judgment = 7.
    const litigation = merged(own, 'litigation.outcomes');
    expect(litigation.computed?.total?.value).toBe(9);
    expect(litigation.computed?.groups.find((entry) => entry.group === 'heard')?.figure.value).toBe(7);
    // 履职率 states a numerator only, 出庭应诉率 a denominator only: each left out, and said so.
    expect(pooled(own, 'enforcement.duty_performance_rate').leftOut).toEqual([{ report: 0, reason: 'no_denominator' }]);
    expect(pooled(own, 'litigation.appearance_rate').leftOut).toEqual([{ report: 0, reason: 'no_numerator' }]);
    // 杭州道's petition channels: 631 + 318 + 184 批次 and 212 件次 summed as the report does, against 1355.
    const channels = merged(own, 'petitions.channels');
    expect(channels.computed?.sum?.value).toBe(1345);
    expect(channels.computed?.total?.value).toBe(1355);
  });

  it('gives no groups for no reports', () => {
    expect(aggregateReports([])).toEqual({ groups: [] });
  });
});

describe('aggregateReports of year-on-year changes', () => {
  const body = (name: string, indicators: Parameters<typeof yearReport>[1]) => yearReport(2023, indicators, { name, level: 'subdistrict', parent: '甲区' });
  // 甲: 100 → 130, 同比增长30%; 乙: 100 → 90, 同比下降10%; 丙: 100 → 80, 下降20%; 丁: only "增长5%", no figures.
  const up = body('甲街道办事处', [count('x.cases', 130), growth('x.change', 'increase', 30, 'x.cases', 100)]);
  const down = body('乙街道办事处', [count('x.cases', 90), growth('x.change', 'decrease', 10, 'x.cases', 100)]);
  const further = body('丙街道办事处', [count('x.cases', 80), growth('x.change', 'decrease', 20, 'x.cases', 100)]);
  const statedOnly = body('丁街道办事处', [growth('x.change', 'increase', 5)]);

  it('uses valid reports', () => {
    for (const report of [up, down, further, statedOnly]) expect(parseReport(report).ok).toBe(true);
  });

  it('recomputes the change from summed current and summed earlier figures, never averaging: 100 + 100 → 130 + 90 is up 10%', () => {
    const change = pooled(only([up, down]), 'x.change');
    expect(change.pooled).toHaveLength(1);
    expect(change.pooled[0]!.base).toEqual({ key: 'growth|件/件', label: { 'zh-CN': '上期数（件）', en: 'the figures of the year before (items)' } });
    expect(change.pooled[0]).toMatchObject({ numerator: { value: 220 }, denominator: { value: 200 }, reports: 2 });
    // Reports that disagree on the direction: read as an increase.
    expect(change.result).toMatchObject({ defined: true, value: 10, qualifier: 'exact', formula: 'increase' });
    expect(change.leftOut).toEqual([]);
  });

  it('keeps the direction the reports agree on: 200 → 170 is down 15%, not (10% + 20%) ÷ 2', () => {
    const change = pooled(only([down, further]), 'x.change');
    expect(change.result).toMatchObject({ defined: true, value: 15, formula: 'decrease', numerator: { value: 170 }, denominator: { value: 200 } });
    expect(only([down, further])!.notes).toEqual([]);
  });

  it('gives no pooled change when some report lacks its figures, and says so', () => {
    const groupOf = only([up, statedOnly]);
    const change = pooled(groupOf, 'x.change');
    expect(change.result).toBeUndefined();
    expect(change.pooled).toEqual([]);
    expect(change.leftOut).toEqual([{ report: 1, reason: 'no_operands' }]);
    expect(groupOf!.notes.map((note) => note.code)).toEqual(['growth-not-pooled']);
    const note = groupOf!.notes[0]!;
    expect(note).toMatchObject({ severity: 'warning', indicatorIds: ['x.change'], expected: 2, actual: 1 });
    expect(note.message['zh-CN']).toBe(
      '“x.change”：2份报告中有1份缺少可用的本期数或上期数（丁街道办事处2023年）；同比增减幅度只能由全部报告的本期合计与上期合计重新计算，故不给出合计幅度，所述幅度不作平均',
    );
    expect(note.message.en).toBe(
      '“x.change”: 1 of 2 reports lack a usable current or earlier figure (丁街道办事处2023); a pooled year-on-year change needs both in every report, so none is given, and stated changes are never averaged',
    );
  });

  it('never pools a change with a ratio of the same id', () => {
    const ratio = body('戊街道办事处', [count('x.done', 1), count('x.accepted', 2), rate('x.change', 50, 'x.done', 'x.accepted')]);
    const groupOf = only([up, ratio]);
    const change = pooled(groupOf, 'x.change');
    expect(change.result).toBeUndefined();
    expect(change.pooled.map((entry) => [entry.base.key, entry.numerator.value, entry.denominator.value, entry.result.defined && entry.result.value])).toEqual([
      ['growth|件/件', 130, 100, 30],
      ['ref:x.accepted|件/件', 1, 2, 50],
    ]);
    expect(change.pooled[1]!.result).not.toHaveProperty('formula');
    expect(groupOf!.notes.map((note) => note.code)).toEqual(['rate-bases-kept-apart']);
  });

  it('still pools the ratios when only the changes are incomplete', () => {
    const ratio = body('戊街道办事处', [count('x.done', 1), count('x.accepted', 2), rate('x.change', 50, 'x.done', 'x.accepted')]);
    const groupOf = only([ratio, statedOnly]);
    const change = pooled(groupOf, 'x.change');
    expect(change.pooled.map((entry) => entry.base.key)).toEqual(['ref:x.accepted|件/件']);
    expect(change.result).toMatchObject({ defined: true, value: 50 });
    expect(groupOf!.notes.map((note) => note.code)).toEqual(['growth-not-pooled']);
  });
});

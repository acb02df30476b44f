// compareReports on a hand-made pair of years. Every expected value is worked out by hand below.
import { describe, expect, it } from 'vitest';
import {
  compareReports,
  formatChange,
  formatComparedValue,
  parseReport,
  readPriorFigures,
  withPriorFigures,
  type Indicator,
  type IndicatorComparison,
  type JsonValue,
  type Report,
} from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';
import { amount, breakdown, count, growth, measure, rate, yearReport } from './fixtures.js';

const Y2022 = { start: '2022-01-01', end: '2022-12-31' };

const previous = yearReport(2022, [
  count('reconsideration.cases', 558),
  amount('enforcement.fines', 24879.5),
  count('petitions.visits.persons', 996, '人次', '余'),
  count('petitions.batches', 500, '批次', '余'),
  count('enforcement.penalties', 41, '起'),
  count('petitions.accepted', 200),
  count('petitions.completed', 190),
  rate('petitions.completion_rate', 95, 'petitions.completed', 'petitions.accepted'),
  count('litigation.cases', 10),
  rate('litigation.appearance_rate', 80, undefined, 'litigation.cases'),
  count('legal_advice.opinions', 12),
  measure('enforcement.growth', 2, '倍'),
  breakdown('reconsideration.outcomes', { uphold: 6, dismiss_application: 3, terminate: 4, pending: 3 }, { total: 16, codelist: 'reconsideration_outcome' }),
  breakdown('petitions.channels', { visits: 600, letters: 300 }, { exhaustive: false, unit: '批次' }),
]);

const current = yearReport(2023, [
  // "较2022年560件": the 2023 report quotes 560 for 2022, while the 2022 report itself says 558.
  withPriorFigures(count('reconsideration.cases', 600), [{ period: Y2022, quantity: { value: 560, unit: '件', written: '560件' } }]),
  amount('enforcement.fines', 25529.5),
  count('petitions.visits.persons', 1100, '人次'),
  count('petitions.batches', 600, '批次', '余'),
  count('enforcement.penalties', 41, '件'),
  count('petitions.accepted', 250),
  count('petitions.completed', 245),
  rate('petitions.completion_rate', undefined, 'petitions.completed', 'petitions.accepted'),
  count('litigation.cases', 12),
  count('litigation.heard', 8),
  rate('litigation.appearance_rate', 100, undefined, 'litigation.heard'),
  measure('enforcement.growth', 3, '倍'),
  breakdown('reconsideration.outcomes', { uphold: 8, revoke: 2, terminate: 4, pending: 6 }, { total: 20, codelist: 'reconsideration_outcome' }),
  breakdown('petitions.channels', { visits: 650, online: 120 }, { exhaustive: false, unit: '批次' }),
]);

const comparison = compareReports(previous, current);
const entry = (id: string) => comparison.indicators.find((candidate) => candidate.id === id) as IndicatorComparison;
const codes = (id: string) => entry(id).notes.map((note) => note.code);

describe('compareReports', () => {
  it('both reports are valid', () => {
    expect(parseReport(previous).ok).toBe(true);
    expect(parseReport(current).ok).toBe(true);
  });

  it('gives the exact absolute and relative change of counts and money', () => {
    // 600 − 558 = 42; 42 ÷ 558 = 7.5268817…%
    expect(entry('reconsideration.cases').change).toMatchObject({ defined: true, value: 42, unit: '件', qualifier: 'exact' });
    const relative = entry('reconsideration.cases').relativeChange;
    expect(relative?.defined && relative.value).toBeCloseTo(7.526881720430108, 12);
    // 25529.5 − 24879.5 = 650 exactly; 650 ÷ 24879.5 = 2.6125927…%
    expect(entry('enforcement.fines').change).toMatchObject({ defined: true, value: 650, unit: '元' });
    const fines = entry('enforcement.fines').relativeChange;
    expect(fines?.defined && fines.value).toBeCloseTo(2.6125926967985693, 12);
  });

  it('gives percentage points for rates: stated, else computed', () => {
    // 2022 states 95%; 2023 states nothing, 245 ÷ 250 = 98% → +3 percentage points.
    const completion = entry('petitions.completion_rate');
    expect(completion.previous).toMatchObject({ basis: 'stated', figure: { value: 95 } });
    expect(completion.current).toMatchObject({ basis: 'computed', figure: { value: 98, unit: 'percent' } });
    expect(completion.change).toMatchObject({ defined: true, value: 3, unit: 'percentage_point', qualifier: 'exact' });
    expect(completion.relativeChange).toBeUndefined();
    expect(formatChange(completion.change!, { locale: 'zh-CN' })).toBe('上升3个百分点');
  });

  it('respects qualifiers: a bound, or no change at all, never a false exact one', () => {
    // 996余 → 1100: the 2022 figure is at least 996, so the change is at most +104 (it may have fallen).
    expect(entry('petitions.visits.persons').change).toMatchObject({ defined: true, value: 104, qualifier: 'at_most' });
    expect(codes('petitions.visits.persons')).toEqual(['qualified-change']);
    // 500余 → 600余: both open upwards, the change cannot be known.
    expect(entry('petitions.batches').change).toEqual({
      defined: false,
      reason: 'indeterminate',
      from: { value: 500, unit: '批次', qualifier: 'at_least' },
      to: { value: 600, unit: '批次', qualifier: 'at_least' },
    });
    expect(entry('petitions.batches').relativeChange).toMatchObject({ defined: false, reason: 'indeterminate' });
    const note = entry('petitions.batches').notes[0]!;
    expect(note).toMatchObject({ code: 'indeterminate-change', severity: 'warning', indicatorIds: ['petitions.batches'] });
    expect(note.message['zh-CN']).toBe('“petitions.batches”2022年为500余批次，2023年为600余批次：两个数字的限定（余、以上、约等）使增减无法确定，不给出变化');
  });

  it('refuses different units, with a note saying why', () => {
    expect(entry('enforcement.penalties').change).toMatchObject({ defined: false, reason: 'incompatible_units' });
    const note = entry('enforcement.penalties').notes[0]!;
    expect(note.code).toBe('different-units');
    expect(note.message.en).toBe('“enforcement.penalties” is counted in cases in 2022 and in items in 2023: different units are not compared');
  });

  it('refuses rates over different bases', () => {
    const appearance = entry('litigation.appearance_rate');
    expect(appearance.change).toMatchObject({ defined: false, reason: 'different_base' });
    expect(codes('litigation.appearance_rate')).toEqual(['different-base']);
    expect(appearance.notes[0]!.message['zh-CN']).toBe(
      '“litigation.appearance_rate”2022年以“litigation.cases”为基数，2023年以“litigation.heard”为基数：基数不同，百分点变化没有意义，不作比较',
    );
  });

  it('does not compare 倍, which reads two ways', () => {
    expect(entry('enforcement.growth').change).toMatchObject({ defined: false, reason: 'not_comparable' });
    expect(codes('enforcement.growth')).toEqual(['not-comparable']);
  });

  it('lists indicators present in only one year', () => {
    expect(comparison.added).toEqual(['litigation.heard']);
    expect(comparison.removed).toEqual(['legal_advice.opinions']);
    expect(entry('litigation.heard')).toMatchObject({ status: 'added', current: { figure: { value: 8 } } });
    expect(entry('litigation.heard').change).toBeUndefined();
    expect(entry('legal_advice.opinions')).toMatchObject({ status: 'removed', previous: { figure: { value: 12 } } });
    // Removed ones come last, in the previous report's order.
    expect(comparison.indicators.at(-1)?.id).toBe('legal_advice.opinions');
  });

  it('matches breakdown parts by category; an exhaustive breakdown implies zero for a missing category', () => {
    const parts = entry('reconsideration.outcomes').parts!;
    const byCategory = Object.fromEntries(parts.map((part) => [part.category, part]));
    expect(parts.map((part) => part.category)).toEqual(['uphold', 'revoke', 'terminate', 'pending', 'dismiss_application']);
    expect(byCategory.uphold).toMatchObject({ status: 'matched', change: { value: 2 } });
    expect(byCategory.revoke).toMatchObject({ status: 'added', impliedZero: 'previous', change: { value: 2, qualifier: 'exact' } });
    expect(byCategory.revoke!.relativeChange).toMatchObject({ defined: false, reason: 'zero_denominator' });
    expect(byCategory.terminate).toMatchObject({ change: { value: 0 } });
    expect(byCategory.pending).toMatchObject({ change: { value: 3 } });
    expect(byCategory.dismiss_application).toMatchObject({ status: 'removed', impliedZero: 'current', change: { value: -3 } });
    // The total: 16 → 20.
    expect(entry('reconsideration.outcomes').change).toMatchObject({ value: 4 });
  });

  it('lists, without a change, categories missing from a partial list; its sum is only a lower bound', () => {
    // 600 + 300 listed of an unknown whole (at least 900), then 650 + 120 (at least 770): no change can be given.
    expect(entry('petitions.channels').previous).toMatchObject({ basis: 'sum_of_parts', figure: { value: 900, qualifier: 'at_least' } });
    expect(entry('petitions.channels').change).toMatchObject({ defined: false, reason: 'indeterminate' });
    const parts = entry('petitions.channels').parts!;
    expect(parts.map((part) => [part.category, part.status, part.change?.defined])).toEqual([
      ['visits', 'matched', true],
      ['online', 'added', undefined],
      ['letters', 'removed', undefined],
    ]);
  });

  it('compares the derived official rates in percentage points', () => {
    const rates = Object.fromEntries(entry('reconsideration.outcomes').derivedRates!.map((derived) => [derived.id, derived]));
    // 纠错率: 0 of 13 concluded (6 + 3 + 4) → 2 of 14 concluded (8 + 2 + 4) = 14.2857…%
    expect(rates.correction_rate!.change).toMatchObject({ defined: true, unit: 'percentage_point' });
    const correction = rates.correction_rate!.change;
    expect(correction.defined && correction.value).toBeCloseTo(100 * (2 / 14), 12);
    // 结案率: 13 of 16 = 81.25% → 14 of 20 = 70% → −11.25 points, exactly.
    expect(rates.completion_rate!.change).toMatchObject({ defined: true, value: -11.25 });
  });

  it('keeps a quoted prior-year figure attributed to the report that quotes it, and flags the disagreement', () => {
    const cases = entry('reconsideration.cases');
    expect(cases.quoted).toHaveLength(1);
    const quoted = cases.quoted[0]!;
    expect(quoted).toMatchObject({ attributedTo: 'current', matchesPreviousPeriod: true, agreement: 'differs' });
    expect(quoted.prior.quantity).toMatchObject({ value: 560, written: '560件' });
    // The 2023 report's own change (600 − 560 = 40) stays apart from the change against the 2022 report (42).
    expect(quoted.change).toMatchObject({ defined: true, value: 40 });
    expect(cases.change).toMatchObject({ value: 42 });
    expect(cases.previous?.figure.value).toBe(558);
    const note = cases.notes.find((candidate) => candidate.code === 'quoted-prior-differs')!;
    expect(note).toMatchObject({ severity: 'warning', expected: 558, actual: 560 });
    expect(note.message['zh-CN']).toBe('2023年报告称“reconsideration.cases”2022年为560件，而2022年报告本身所述为558件；两者分别保留，不合并');
  });

  it('collects every note, warnings before info', () => {
    const severities = comparison.notes.map((note) => note.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'warning' ? -1 : 1)));
    expect(new Set(comparison.notes.map((note) => note.code))).toEqual(
      new Set(['indeterminate-change', 'different-units', 'different-base', 'quoted-prior-differs', 'qualified-change', 'not-comparable']),
    );
  });

  it('says when the reports come from different bodies, or in the wrong order', () => {
    const other = yearReport(2023, [count('reconsideration.cases', 1)], { name: '另一县人民政府' });
    expect(compareReports(previous, other).notes.map((note) => note.code)).toContain('different-issuer');
    expect(compareReports(current, previous).notes.map((note) => [note.code, note.severity])).toContainEqual(['period-order', 'warning']);
  });

  it('agrees with itself on the reference report: exact figures unchanged, "余"/"以上" figures unknowable', () => {
    const parsed = parseReport(referenceJson());
    if (!parsed.ok) throw new Error('reference report invalid');
    const self = compareReports(parsed.report, parsed.report);
    expect(self.added).toEqual([]);
    expect(self.removed).toEqual([]);
    const undefinedChanges = self.indicators.filter((item) => !item.change?.defined).map((item) => item.id);
    // 16%以上 and 996余人次 against themselves cannot be known (each could be any larger number in either
    // year); every other figure is exact, or a stated or computed rate, and is unchanged.
    expect(undefinedChanges).toEqual(['enforcement.platform_case_share', 'petitions.visits.persons']);
    for (const item of self.indicators) if (item.change?.defined) expect(item.change.value).toBe(0);
  });
});

describe('the prior-figure convention (extensions.priorFigures)', () => {
  it('round-trips through parseReport and JSON untouched', () => {
    const json = JSON.parse(JSON.stringify(current)) as Report;
    const parsed = parseReport(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(JSON.parse(JSON.stringify(parsed.report))).toEqual(json);
    const cases = parsed.report.indicators[0]!;
    expect(readPriorFigures(cases)).toEqual({
      figures: [{ period: Y2022, quantity: { value: 560, unit: '件', written: '560件' } }],
      invalid: [],
    });
  });

  it('keeps other extensions, and an empty list removes the key', () => {
    const base = { ...count('x.cases', 1), extensions: { other: 1 } };
    const quoted = withPriorFigures(base, [{ period: Y2022, quantity: { value: 2, unit: '件', written: '2件' } }]);
    expect(Object.keys(quoted.extensions ?? {})).toEqual(['other', 'priorFigures']);
    expect(withPriorFigures(quoted, []).extensions).toEqual({ other: 1 });
    expect(withPriorFigures(count('x.cases', 1), []).extensions).toBeUndefined();
  });

  it('skips malformed entries, and a comparison says so', () => {
    const entries: JsonValue[] = [{ period: Y2022 }, { period: Y2022, quantity: { value: 5, unit: '件', written: '5件' } }];
    const odd: Indicator = { ...count('reconsideration.cases', 600), extensions: { priorFigures: entries } };
    expect(readPriorFigures(odd)).toMatchObject({ invalid: [0], figures: [{ quantity: { value: 5 } }] });
    expect(readPriorFigures({ ...odd, extensions: { priorFigures: 'x' } })).toEqual({ figures: [], invalid: [-1] });
    const result = compareReports(previous, yearReport(2023, [odd]));
    expect(result.notes.map((note) => note.code)).toContain('invalid-prior-figure');
  });

  it('quotes a breakdown part by category', () => {
    const quotedParts = withPriorFigures(breakdown('reconsideration.outcomes', { uphold: 8, revoke: 2 }, { total: 10, codelist: 'reconsideration_outcome' }), [
      { period: Y2022, part: 'uphold', quantity: { value: 6, unit: '件', written: '6件' } },
    ]);
    const result = compareReports(previous, yearReport(2023, [quotedParts]));
    const quoted = result.indicators[0]!.quoted[0]!;
    expect(quoted).toMatchObject({ agreement: 'same', change: { value: 2 } });
  });
});

describe('comparing year-on-year changes', () => {
  // 2022: 1100 cases against 1000 in 2021, 同比增长10%; 2023: 1057 against 1100, 同比下降3.9% (43 ÷ 1100 = 3.909…%).
  const before = yearReport(2022, [
    count('x.cases', 1100),
    count('x.cases_2021', 1000),
    growth('x.change', 'increase', 10, 'x.cases', 1000),
    growth('x.computed_change', 'increase', undefined, 'x.cases', 1000),
    growth('x.rebased', 'increase', 10, 'x.cases', 'x.cases_2021'),
    rate('x.mixed', 50),
  ]);
  const after = yearReport(2023, [
    count('x.cases', 1057),
    growth('x.change', 'decrease', 3.9, 'x.cases', 1100),
    growth('x.computed_change', 'decrease', undefined, 'x.cases', 1100),
    growth('x.rebased', 'decrease', 3.9, 'x.cases', 1100),
    growth('x.mixed', 'increase', 5, 'x.cases', 1100),
  ]);
  const comparison = compareReports(before, after);
  const find = (id: string): IndicatorComparison => comparison.indicators.find((candidate) => candidate.id === id)!;

  it('uses valid reports', () => {
    expect(parseReport(before).ok).toBe(true);
    expect(parseReport(after).ok).toBe(true);
  });

  it('compares the signed changes in percentage points: up 10% → down 3.9% is 13.9 points down', () => {
    const change = find('x.change');
    expect(change.previous).toMatchObject({ basis: 'stated', formula: 'increase', figure: { value: 10, unit: 'percent', qualifier: 'exact' } });
    expect(change.current).toMatchObject({
      basis: 'stated',
      formula: 'decrease',
      figure: { value: -3.9, unit: 'percent', qualifier: 'exact' },
      quantity: { value: 3.9 },
    });
    expect(change.change).toMatchObject({ defined: true, value: -13.9, unit: 'percentage_point', qualifier: 'exact' });
    expect(formatChange(change.change!, { locale: 'zh-CN' })).toBe('下降13.9个百分点');
    expect(formatChange(change.change!, { locale: 'en' })).toBe('down 13.9 percentage points');
    expect(change.notes).toEqual([]);
  });

  it('writes each side with its direction', () => {
    const change = find('x.change');
    expect(formatComparedValue(change.previous!, { locale: 'zh-CN' })).toBe('增长10%');
    expect(formatComparedValue(change.current!, { locale: 'zh-CN' })).toBe('下降3.9%');
    expect(formatComparedValue(change.current!, { locale: 'en' })).toBe('down 3.9%');
  });

  it('compares changes computed from their figures the same way', () => {
    const computed = find('x.computed_change');
    // 2022: (1100 − 1000) ÷ 1000 = +10%; 2023: (1057 − 1100) ÷ 1100 = −3.90909…%
    expect(computed.previous).toMatchObject({ basis: 'computed', formula: 'increase', figure: { value: 10 } });
    expect(computed.current).toMatchObject({ basis: 'computed', formula: 'decrease' });
    expect(computed.current?.figure.value).toBeCloseTo(-3.9090909, 6);
    expect(computed.change?.defined && computed.change.value).toBeCloseTo(-13.9090909, 6);
    expect(formatComparedValue(computed.current!, { locale: 'zh-CN', maximumFractionDigits: 2 })).toBe('下降3.91%');
  });

  it('does not call a change against each year’s own earlier figure a different base', () => {
    const rebased = find('x.rebased');
    expect(rebased.change).toMatchObject({ defined: true, value: -13.9 });
    expect(rebased.notes).toEqual([]);
  });

  it('refuses a ratio against a year-on-year change, with a note', () => {
    const mixed = find('x.mixed');
    expect(mixed.change).toEqual({
      defined: false,
      reason: 'not_comparable',
      from: { value: 50, unit: 'percent', qualifier: 'exact' },
      to: { value: 5, unit: 'percent', qualifier: 'exact' },
    });
    expect(mixed.notes).toHaveLength(1);
    expect(mixed.notes[0]).toMatchObject({ code: 'different-formula', severity: 'warning', indicatorIds: ['x.mixed'] });
    expect(mixed.notes[0]!.message['zh-CN']).toBe('“x.mixed”2022年为比率（分子÷分母），2023年为同比增减幅度：计算方式不同，不作比较');
    expect(mixed.notes[0]!.message.en).toBe('“x.mixed” is a ratio (numerator ÷ denominator) in 2022 but a year-on-year change in 2023: not compared');
  });
});

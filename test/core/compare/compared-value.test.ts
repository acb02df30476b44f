// The figure each kind of indicator is compared by across years (comparedValue), the convention by which a
// report quotes its own earlier figures (PRIOR_FIGURES_KEY, PriorFigureSchema), and the closed list of
// comparison note codes. Every expected value is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import {
  COMPARISON_NOTE_CODES,
  comparedValue,
  compareReports,
  computeReport,
  PRIOR_FIGURES_KEY,
  PriorFigureSchema,
  withPriorFigures,
  type Indicator,
} from '@rule-of-law/core';
import { count, q, yearReport } from './fixtures.js';

/** The compared value of `id` in a report of these indicators. */
function valueOf(indicators: Indicator[], id: string) {
  const computed = computeReport(yearReport(2023, indicators)).byId[id];
  if (!computed) expect.unreachable(`${id} is not in the report`);
  return comparedValue(computed);
}

const label = { 'zh-CN': '比率', en: 'Rate' };
const rate = (fields: Partial<Extract<Indicator, { kind: 'rate' }>>): Indicator => ({ id: 'x.rate', family: 'other', label, kind: 'rate', ...fields });
const breakdown = (fields: Partial<Extract<Indicator, { kind: 'breakdown' }>>): Indicator => ({
  id: 'x.parts',
  family: 'other',
  label,
  kind: 'breakdown',
  parts: [
    { category: 'a', label: { 'zh-CN': '甲' }, quantity: q(3, '件') },
    { category: 'b', label: { 'zh-CN': '乙' }, quantity: q(4, '件') },
  ],
  exhaustive: true,
  ...fields,
});

describe('comparedValue of a count, an amount or a measure', () => {
  it('is the stated figure, its qualifier kept: 996余人次 is at least 996', () => {
    expect(valueOf([count('x.visits', 996, '人次', '余')], 'x.visits')).toEqual({
      figure: { value: 996, unit: '人次', qualifier: 'at_least' },
      basis: 'stated',
      quantity: q(996, '人次', '余'),
    });
    expect(valueOf([count('x.cases', 612)], 'x.cases')?.figure).toEqual({ value: 612, unit: '件', qualifier: 'exact' });
  });
});

describe('comparedValue of a rate', () => {
  it('is the stated rate when there is one, even beside operands that compute another', () => {
    // Stated 40%, though 6 of 16 is 37.5%: a comparison reads what the report says.
    const stated = rate({ quantity: q(40, 'percent'), numerator: { ref: 'x.n' }, denominator: { ref: 'x.d' } });
    expect(valueOf([count('x.n', 6), count('x.d', 16), stated], 'x.rate')).toEqual({
      figure: { value: 40, unit: 'percent', qualifier: 'exact' },
      basis: 'stated',
      quantity: q(40, 'percent'),
    });
  });

  it('is the computed rate otherwise: 6 of 16 is 37.5%, and 26 against 10 as a multiple is 2.6倍', () => {
    expect(valueOf([count('x.n', 6), count('x.d', 16), rate({ numerator: { ref: 'x.n' }, denominator: { ref: 'x.d' } })], 'x.rate')).toEqual({
      figure: { value: 37.5, unit: 'percent', qualifier: 'exact' },
      basis: 'computed',
    });
    const multiple = rate({ formula: 'multiple', numerator: { ref: 'x.n' }, denominator: { ref: 'x.d' } });
    expect(valueOf([count('x.n', 26), count('x.d', 10), multiple], 'x.rate')?.figure).toEqual({ value: 2.6, unit: '倍', qualifier: 'exact' });
  });

  it('is a signed change for a year-on-year change: 同比下降3.9% is −3.9, 增长10% is +10, the stated quantity kept', () => {
    expect(valueOf([rate({ formula: 'decrease', quantity: q(3.9, 'percent') })], 'x.rate')).toEqual({
      figure: { value: -3.9, unit: 'percent', qualifier: 'exact' },
      basis: 'stated',
      quantity: q(3.9, 'percent'),
      formula: 'decrease',
    });
    expect(valueOf([rate({ formula: 'increase', quantity: q(10, 'percent') })], 'x.rate')?.figure).toEqual({ value: 10, unit: 'percent', qualifier: 'exact' });
  });

  it('turns the bound round with the sign: a fall of more than 5% is a change of at most −5%', () => {
    expect(valueOf([rate({ formula: 'decrease', quantity: q(5, 'percent', '以上') })], 'x.rate')?.figure).toEqual({
      value: -5,
      unit: 'percent',
      qualifier: 'at_most',
    });
  });

  it('computes an unstated change from its figures: 725 → 486 is down 239 ÷ 725 = 32.9655…%, so −32.9655…', () => {
    const change = rate({ formula: 'decrease', numerator: { ref: 'x.cases' }, denominator: { quantity: q(725, '件') } });
    const value = valueOf([count('x.cases', 486), change], 'x.rate');
    expect(value).toMatchObject({ basis: 'computed', formula: 'decrease', figure: { unit: 'percent', qualifier: 'exact' } });
    expect(value?.figure.value).toBeCloseTo(-32.9655172, 6);
    expect(value).not.toHaveProperty('quantity');
  });

  it('is undefined when nothing is stated and the operands give no rate (one missing, or a zero base)', () => {
    expect(valueOf([count('x.n', 6), rate({ numerator: { ref: 'x.n' } })], 'x.rate')).toBeUndefined();
    expect(valueOf([count('x.n', 6), count('x.d', 0), rate({ numerator: { ref: 'x.n' }, denominator: { ref: 'x.d' } })], 'x.rate')).toBeUndefined();
    expect(valueOf([count('x.n', 6), rate({ formula: 'increase', numerator: { ref: 'x.n' }, denominator: { quantity: q(0, '件') } })], 'x.rate')).toBeUndefined();
  });
});

describe('comparedValue of a breakdown', () => {
  it('is the stated total when it is written inline', () => {
    expect(valueOf([breakdown({ total: q(10, '件') })], 'x.parts')).toEqual({
      figure: { value: 10, unit: '件', qualifier: 'exact' },
      basis: 'stated',
      quantity: q(10, '件'),
    });
  });

  it('is the referred total, resolved, when the total is another indicator', () => {
    expect(valueOf([count('x.total', 7), breakdown({ total: { ref: 'x.total' } })], 'x.parts')).toEqual({
      figure: { value: 7, unit: '件', qualifier: 'exact' },
      basis: 'total',
    });
  });

  it('is the exact sum of exhaustive parts without a total: 3 + 4 = 7', () => {
    expect(valueOf([breakdown({})], 'x.parts')).toEqual({ figure: { value: 7, unit: '件', qualifier: 'exact' }, basis: 'sum_of_parts' });
  });

  it('is at least the sum of a partial list ("包括…"): its parts only bound the whole from below', () => {
    expect(valueOf([breakdown({ exhaustive: false })], 'x.parts')?.figure).toEqual({ value: 7, unit: '件', qualifier: 'at_least' });
    // An approximate part and "at least" for the rest make the whole approximate.
    const rough = breakdown({ exhaustive: false, parts: [{ category: 'a', label: { 'zh-CN': '甲' }, quantity: q(3, '件', '约') }] });
    expect(valueOf([rough], 'x.parts')?.figure).toEqual({ value: 3, unit: '件', qualifier: 'approximately' });
  });

  it('is undefined when the parts cannot be summed and no total is stated (批次 and 人次)', () => {
    const mixed = breakdown({
      parts: [
        { category: 'a', label: { 'zh-CN': '甲' }, quantity: q(3, '批次') },
        { category: 'b', label: { 'zh-CN': '乙' }, quantity: q(4, '人次') },
      ],
    });
    expect(valueOf([mixed], 'x.parts')).toBeUndefined();
  });
});

describe('PRIOR_FIGURES_KEY and PriorFigureSchema', () => {
  const Y2022 = { start: '2022-01-01', end: '2022-12-31' };
  const prior = { period: Y2022, quantity: q(558, '件') };

  it('keep the earlier figures a report quotes under extensions.priorFigures', () => {
    expect(PRIOR_FIGURES_KEY).toBe('priorFigures');
    const quoted = withPriorFigures(count('x.cases', 612), [prior, { ...prior, part: 'uphold' }]);
    expect(quoted.extensions?.[PRIOR_FIGURES_KEY]).toEqual([prior, { ...prior, part: 'uphold' }]);
  });

  it('take an earlier figure with its period and, for one category of a breakdown, its part', () => {
    expect(PriorFigureSchema.safeParse(prior).success).toBe(true);
    expect(PriorFigureSchema.safeParse({ ...prior, part: 'uphold' }).success).toBe(true);
  });

  it('refuse an earlier figure without a period, with a period the wrong way round, an empty part or extra keys', () => {
    expect(PriorFigureSchema.safeParse({ quantity: q(558, '件') }).success).toBe(false);
    const reversed = PriorFigureSchema.safeParse({ ...prior, period: { start: '2022-12-31', end: '2022-01-01' } });
    expect(reversed.error?.issues.map((issue) => issue.message)).toEqual(['rol:period-order']);
    expect(PriorFigureSchema.safeParse({ ...prior, part: '' }).success).toBe(false);
    expect(PriorFigureSchema.safeParse({ ...prior, year: 2022 }).success).toBe(false);
    expect(PriorFigureSchema.safeParse({ ...prior, quantity: { value: 558.5, unit: '件', written: '558.5件' } }).success).toBe(false);
  });
});

describe('COMPARISON_NOTE_CODES', () => {
  const codesOf = (comparison: ReturnType<typeof compareReports>) =>
    new Set([...comparison.notes, ...comparison.indicators.flatMap((entry) => entry.notes)].map((note) => note.code));

  it('hold every code a comparison writes: different units and kinds, periods the wrong way round, another issuer', () => {
    // One issuer, 2023 "before" 2022 (the wrong way round); x.cases 件 → 批次; x.kind a count → an amount.
    const previous = yearReport(2023, [count('x.cases', 10), count('x.kind', 5)]);
    const current = yearReport(2022, [count('x.cases', 12, '批次'), { id: 'x.kind', family: 'other', label, kind: 'amount', quantity: q(5, '元') }]);
    const sameIssuer = codesOf(compareReports(previous, current));
    expect(sameIssuer).toEqual(new Set(['different-units', 'different-kind', 'period-order']));
    // Issuer against issuer, the same year: not a period order problem, but another issuer.
    const otherIssuer = codesOf(
      compareReports(yearReport(2023, [count('x.cases', 10)], { name: '甲县人民政府' }), yearReport(2023, [count('x.cases', 12)], { name: '乙县人民政府' })),
    );
    expect(otherIssuer).toEqual(new Set(['different-issuer']));
    for (const code of [...sameIssuer, ...otherIssuer]) expect(COMPARISON_NOTE_CODES).toContain(code);
    expect(new Set(COMPARISON_NOTE_CODES).size).toBe(COMPARISON_NOTE_CODES.length);
  });
});

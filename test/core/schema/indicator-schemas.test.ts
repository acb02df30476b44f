// The schemas of an indicator and its pieces, each on its own: one valid indicator of every kind, then
// what each kind refuses. The figures are those of real reports ("收案486件", "罚款24879.5元",
// "纠错率25%"); every rule checked is the schema's documented one.
import { describe, expect, it } from 'vitest';
import {
  AmountIndicatorSchema,
  breakdownGroups,
  BreakdownIndicatorSchema,
  BreakdownPartSchema,
  CountIndicatorSchema,
  INDICATOR_KINDS,
  IndicatorRefSchema,
  IndicatorSchema,
  isGrowthFormula,
  MeasureIndicatorSchema,
  OperandSchema,
  parseReport,
  QuantitySchema,
  RATE_FORMULAS,
  RateIndicatorSchema,
  ROUNDING_MODES,
  type BreakdownIndicator,
  type Indicator,
} from '@rule-of-law/core';
import { minimalReport } from '../../support/minimal-report.js';

type Parsed = { success: boolean; error?: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } };
const messages = (result: Parsed) => result.error?.issues.map((issue) => issue.message) ?? [];
/** A copy of `value` without the given keys. */
const without = (value: object, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

const common = { family: 'reconsideration', label: { 'zh-CN': '收案', en: 'Cases' } } as const;
const count = { ...common, id: 'reconsideration.cases', kind: 'count', quantity: { value: 486, unit: '件', written: '486件' } } as const;
const amount = {
  ...common,
  family: 'enforcement',
  id: 'enforcement.fines',
  kind: 'amount',
  quantity: { value: 24879.5, unit: '元', written: '24879.5元' },
} as const;
const measure = { ...common, id: 'publicity.rank', kind: 'measure', quantity: { value: 3, unit: '位', written: '第3位' } } as const;
const rate = {
  ...common,
  id: 'reconsideration.correction_rate',
  kind: 'rate',
  quantity: { value: 25, unit: 'percent', written: '25%' },
  numerator: { ref: 'reconsideration.outcomes', group: 'correction' },
  denominator: { ref: 'reconsideration.outcomes', group: 'concluded' },
} as const;
const breakdown = {
  ...common,
  id: 'reconsideration.outcomes',
  kind: 'breakdown',
  codelist: 'reconsideration_outcome',
  total: { ref: 'reconsideration.cases' },
  parts: [
    { category: 'uphold', quantity: { value: 6, unit: '件', written: '6件' } },
    { category: 'alter', quantity: { value: 2, unit: '件', written: '2件' } },
  ],
  exhaustive: false,
} as const;

describe('IndicatorSchema and INDICATOR_KINDS', () => {
  it('takes one indicator of each of the five kinds, each through its own schema too', () => {
    expect(INDICATOR_KINDS).toEqual(['count', 'amount', 'measure', 'rate', 'breakdown']);
    const examples = { count, amount, measure, rate, breakdown };
    const schemas = {
      count: CountIndicatorSchema,
      amount: AmountIndicatorSchema,
      measure: MeasureIndicatorSchema,
      rate: RateIndicatorSchema,
      breakdown: BreakdownIndicatorSchema,
    };
    for (const kind of INDICATOR_KINDS) {
      expect(IndicatorSchema.safeParse(examples[kind]).success, kind).toBe(true);
      expect(schemas[kind].safeParse(examples[kind]).success, kind).toBe(true);
    }
  });

  it('refuses an unknown kind, and a kind whose fields belong to another', () => {
    expect(IndicatorSchema.safeParse({ ...count, kind: 'ratio' }).success).toBe(false);
    // A count has no numerator; a rate has no parts.
    expect(IndicatorSchema.safeParse({ ...count, numerator: { ref: 'x.y' } }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...rate, parts: breakdown.parts }).success).toBe(false);
    expect(CountIndicatorSchema.safeParse(amount).success).toBe(false);
  });

  it('refuses what every kind shares when it is wrong: the id, the family, the zh-CN label, extensions JSON cannot hold', () => {
    expect(messages(CountIndicatorSchema.safeParse({ ...count, id: 'Reconsideration.Cases' }))).toEqual(['rol:id-format']);
    expect(CountIndicatorSchema.safeParse({ ...count, family: 'courts' }).success).toBe(false);
    expect(CountIndicatorSchema.safeParse({ ...count, label: { en: 'Cases' } }).success).toBe(false);
    expect(messages(CountIndicatorSchema.safeParse({ ...count, extensions: { weight: Number.NaN } }))).toEqual(['rol:json-value']);
    expect(CountIndicatorSchema.safeParse({ ...count, sectionId: 'measures.1', note: { 'zh-CN': '含复议前置案件' }, extensions: { a: 1 } }).success).toBe(true);
  });
});

describe('QuantitySchema', () => {
  it('takes a figure as written, with its qualifier, marker and place in the text', () => {
    const quantity = { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次', source: { text: '996余人次', start: 40, end: 46 } };
    expect(QuantitySchema.safeParse(quantity).success).toBe(true);
  });

  it('holds counts and ranks to whole numbers, counts and money to ≥ 0, ranks to ≥ 1, at `value`', () => {
    const of = (value: number, unit: string) => QuantitySchema.safeParse({ value, unit, written: `${value}${unit}` });
    expect(messages(of(2.5, '件'))).toEqual(['rol:count-integer']);
    expect(of(2.5, '件').error?.issues[0]?.path).toEqual(['value']);
    expect(messages(of(-1, '件'))).toEqual(['rol:negative']);
    expect(messages(of(-0.5, '元'))).toEqual(['rol:negative']);
    expect(messages(of(0, '位'))).toEqual(['rol:rank-positive']);
    expect(messages(of(1.5, '位'))).toEqual(['rol:count-integer']);
    // Money may have decimals, and a change in percentage points may be negative.
    expect(of(0.5, '元').success).toBe(true);
    expect(of(-2.3, 'percentage_point').success).toBe(true);
    expect(of(0, '件').success).toBe(true);
  });

  it('refuses a figure without its written form, a non-number value and an unknown qualifier', () => {
    expect(QuantitySchema.safeParse({ value: 5, unit: '件' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 5, unit: '件', written: '' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: '5', unit: '件', written: '5件' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 5, unit: '件', written: '5件', qualifier: 'more' }).success).toBe(false);
    expect(QuantitySchema.safeParse({ value: 5, unit: '件', written: '5件', marker: '' }).success).toBe(false);
  });
});

describe('RateIndicatorSchema, RATE_FORMULAS and ROUNDING_MODES', () => {
  it('takes each formula and each rounding mode, and a rate stated alone or computed alone', () => {
    expect(RATE_FORMULAS).toEqual(['ratio', 'increase', 'decrease', 'multiple']);
    expect(ROUNDING_MODES).toEqual(['half_up', 'truncate', 'unknown']);
    for (const formula of RATE_FORMULAS) expect(RateIndicatorSchema.safeParse({ ...rate, formula }).success, formula).toBe(true);
    for (const rounding of ROUNDING_MODES) expect(RateIndicatorSchema.safeParse({ ...rate, rounding }).success, rounding).toBe(true);
    expect(RateIndicatorSchema.safeParse(without(rate, 'numerator', 'denominator')).success).toBe(true);
    expect(RateIndicatorSchema.safeParse(without(rate, 'quantity')).success).toBe(true);
  });

  it('refuses another formula or rounding word', () => {
    expect(RateIndicatorSchema.safeParse({ ...rate, formula: 'growth' }).success).toBe(false);
    expect(RateIndicatorSchema.safeParse({ ...rate, rounding: 'round' }).success).toBe(false);
  });
});

describe('isGrowthFormula', () => {
  it('is true for a year-on-year increase or decrease only; a rate without a formula is a ratio', () => {
    expect(isGrowthFormula('increase')).toBe(true);
    expect(isGrowthFormula('decrease')).toBe(true);
    expect(isGrowthFormula('ratio')).toBe(false);
    expect(isGrowthFormula('multiple')).toBe(false);
    expect(isGrowthFormula(undefined)).toBe(false);
  });
});

describe('OperandSchema and IndicatorRefSchema', () => {
  it('take a reference (to a part or a group) or a figure stated inline', () => {
    expect(OperandSchema.safeParse({ ref: 'reconsideration.cases' }).success).toBe(true);
    expect(OperandSchema.safeParse({ ref: 'reconsideration.outcomes', part: 'uphold' }).success).toBe(true);
    expect(OperandSchema.safeParse({ ref: 'reconsideration.outcomes', group: 'concluded' }).success).toBe(true);
    expect(OperandSchema.safeParse({ quantity: { value: 725, unit: '件', written: '725件' } }).success).toBe(true);
  });

  it('refuse a reference and an inline figure at once, an empty operand, a bad id or an empty part, with the operand message', () => {
    const both = OperandSchema.safeParse({ ref: 'reconsideration.cases', quantity: { value: 725, unit: '件', written: '725件' } });
    expect(messages(both)).toEqual(['rol:operand']);
    expect(messages(OperandSchema.safeParse({}))).toEqual(['rol:operand']);
    expect(IndicatorRefSchema.safeParse({ ref: 'Cases' }).success).toBe(false);
    expect(IndicatorRefSchema.safeParse({ ref: 'reconsideration.outcomes', part: '' }).success).toBe(false);
    expect(IndicatorRefSchema.safeParse({ ref: 'reconsideration.outcomes', group: '' }).success).toBe(false);
  });
});

describe('BreakdownIndicatorSchema and BreakdownPartSchema', () => {
  it('take a free category with its label and groups', () => {
    const part = { category: 'hotline', label: { 'zh-CN': '热线' }, quantity: { value: 30, unit: '件', written: '30件' }, groups: ['channel'] };
    expect(BreakdownPartSchema.safeParse(part).success).toBe(true);
    expect(BreakdownIndicatorSchema.safeParse({ ...breakdown, codelist: undefined, parts: [part] }).success).toBe(true);
  });

  it('refuse a breakdown without parts or without saying whether they are exhaustive, or with an unknown codelist', () => {
    expect(BreakdownIndicatorSchema.safeParse({ ...breakdown, parts: [] }).success).toBe(false);
    expect(BreakdownIndicatorSchema.safeParse(without(breakdown, 'exhaustive')).success).toBe(false);
    expect(BreakdownIndicatorSchema.safeParse({ ...breakdown, codelist: 'petition_outcome' }).success).toBe(false);
  });

  it('refuse a total that is neither a figure nor a reference, with the total message', () => {
    expect(messages(BreakdownIndicatorSchema.safeParse({ ...breakdown, total: 486 }))).toEqual(['rol:total']);
    expect(BreakdownIndicatorSchema.safeParse({ ...breakdown, total: { value: 8, unit: '件', written: '8件' } }).success).toBe(true);
  });

  it('refuse a part with an empty category or an empty group name', () => {
    const quantity = { value: 1, unit: '件', written: '1件' };
    expect(BreakdownPartSchema.safeParse({ category: '', quantity }).success).toBe(false);
    expect(BreakdownPartSchema.safeParse({ category: 'uphold', quantity, groups: [''] }).success).toBe(false);
  });
});

describe('breakdownGroups', () => {
  const part = (category: string, groups?: string[]) => ({
    category,
    label: { 'zh-CN': category },
    quantity: { value: 1, unit: '件' as const, written: '1件' },
    ...(groups && { groups }),
  });
  const of = (fields: Partial<BreakdownIndicator>): BreakdownIndicator => ({ ...(breakdown as unknown as BreakdownIndicator), ...fields });

  it('offers the codelist’s groups: reconsideration has correction, mediation_settlement, concluded, pending and not_accepted', () => {
    expect([...breakdownGroups(of({}))].sort()).toEqual(['concluded', 'correction', 'mediation_settlement', 'not_accepted', 'pending']);
  });

  it('adds the groups its free parts declare, once each, to the codelist’s', () => {
    const groups = breakdownGroups(of({ parts: [part('hotline', ['channel', 'remote']), part('letters', ['channel'])] }));
    expect([...groups].sort()).toEqual(['channel', 'concluded', 'correction', 'mediation_settlement', 'not_accepted', 'pending', 'remote']);
  });

  it('is empty for a breakdown without a codelist whose parts declare no group', () => {
    expect(breakdownGroups(of({ codelist: undefined, parts: [part('hotline'), part('letters')] })).size).toBe(0);
  });

  it('decides which group references a report may make: an unknown group is refused by parseReport', () => {
    const report = (group: string) =>
      minimalReport([
        count as unknown as Indicator,
        breakdown as unknown as Indicator,
        { ...rate, numerator: { ref: 'reconsideration.outcomes', group } } as unknown as Indicator,
      ]);
    expect(parseReport(report('correction')).ok).toBe(true);
    const unknown = parseReport(report('losses'));
    expect(unknown.ok).toBe(false);
    expect(unknown.ok ? [] : unknown.issues.map((issue) => issue.pointer)).toEqual(['indicators[2].numerator.group']);
  });
});

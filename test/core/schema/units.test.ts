// The unit tables and their schema: which units exist, what each measures, how each is named, and which
// custom units a report may declare. Every expected value is read off the unit's meaning by hand (件 is a
// count of items, 元 money, 倍 a multiple, 位 a rank), not from the tables under test.
import { describe, expect, it } from 'vitest';
import { COUNT_UNITS, CustomUnitSchema, customUnitLabel, UNIT_CODES, UNIT_DIMENSIONS, UNIT_INFO, unitDimension, UnitSchema, type Unit } from '@rule-of-law/core';

const kilometres = { custom: '公里', label: { 'zh-CN': '公里', en: 'kilometres' }, dimension: 'distance' } as const;
const articles = { custom: '篇', label: { 'zh-CN': '篇', en: 'articles' } } as const;

/** The message of the first issue of a failed parse. */
const firstMessage = (result: { success: boolean; error?: { issues: readonly { message: string }[] } }) => result.error?.issues[0]?.message;

describe('COUNT_UNITS and UNIT_CODES', () => {
  it('list the twenty count units reports write, then money, percent, percentage points, 倍 and 位', () => {
    expect(COUNT_UNITS).toHaveLength(20);
    for (const unit of ['件', '起', '宗', '批次', '件次', '人', '人次', '户次', '家次', '项', '份'] as const) expect(COUNT_UNITS).toContain(unit);
    // Non-count units are not counts.
    for (const unit of ['元', 'percent', '倍', '位']) expect(COUNT_UNITS).not.toContain(unit);
    expect(UNIT_CODES).toEqual([...COUNT_UNITS, '元', 'percent', 'percentage_point', '倍', '位']);
  });
});

describe('UNIT_INFO', () => {
  it('names each count unit in English, singular and plural, beside its own code', () => {
    // The English words are listed in a table beside COUNT_UNITS; a shift by one would misname them all.
    expect(UNIT_INFO['件']).toEqual({ dimension: 'count', zh: '件', en: { one: 'item', other: 'items' } });
    expect(UNIT_INFO['场次']).toEqual({ dimension: 'count', zh: '场次', en: { one: 'session', other: 'sessions' } });
    expect(UNIT_INFO['批次'].en).toEqual({ one: 'batch', other: 'batches' });
    expect(UNIT_INFO['人'].en).toEqual({ one: 'person', other: 'people' });
    expect(UNIT_INFO['人次'].en).toEqual({ one: 'person-visit', other: 'person-visits' });
    expect(UNIT_INFO['家次'].en).toEqual({ one: 'business-visit', other: 'business-visits' });
    expect(UNIT_INFO['个次'].en).toEqual({ one: 'unit-visit', other: 'unit-visits' });
    expect(UNIT_INFO['份'].en).toEqual({ one: 'copy', other: 'copies' });
  });

  it('writes percent as %, percentage points as 个百分点, and gives each non-count unit its dimension', () => {
    expect(UNIT_INFO.percent).toEqual({ dimension: 'percent', zh: '%', en: { one: '%', other: '%' } });
    expect(UNIT_INFO.percentage_point).toEqual({ dimension: 'percentage_point', zh: '个百分点', en: { one: 'percentage point', other: 'percentage points' } });
    expect(UNIT_INFO['元'].dimension).toBe('money');
    expect(UNIT_INFO['倍'].dimension).toBe('multiple');
    expect(UNIT_INFO['位'].dimension).toBe('rank');
  });

  it('has an entry for every unit code, each with a dimension of UNIT_DIMENSIONS and words in both languages', () => {
    expect(Object.keys(UNIT_INFO).sort()).toEqual([...UNIT_CODES].sort());
    for (const code of UNIT_CODES) {
      const info = UNIT_INFO[code];
      expect(UNIT_DIMENSIONS, code).toContain(info.dimension);
      expect(info.zh, code).not.toBe('');
      expect(info.en.one, code).not.toBe('');
      expect(info.en.other, code).not.toBe('');
    }
  });
});

describe('unitDimension', () => {
  it.each<[Unit, string]>([
    ['件', 'count'],
    ['人次', 'count'],
    ['元', 'money'],
    ['percent', 'percent'],
    ['percentage_point', 'percentage_point'],
    ['倍', 'multiple'],
    ['位', 'rank'],
    [kilometres, 'distance'],
    // A custom unit without a dimension is a count (篇 articles).
    [articles, 'count'],
  ])('%j measures %s', (unit, dimension) => {
    expect(unitDimension(unit)).toBe(dimension);
  });

  it('is one of the eleven UNIT_DIMENSIONS for any custom unit declared with one', () => {
    expect(UNIT_DIMENSIONS).toHaveLength(11);
    for (const dimension of UNIT_DIMENSIONS) expect(unitDimension({ custom: 'x', label: { 'zh-CN': 'x' }, dimension })).toBe(dimension);
  });
});

describe('customUnitLabel', () => {
  it('gives a custom unit its own label and a built-in unit none', () => {
    expect(customUnitLabel(kilometres)).toEqual({ 'zh-CN': '公里', en: 'kilometres' });
    expect(customUnitLabel(articles)).toEqual({ 'zh-CN': '篇', en: 'articles' });
    expect(customUnitLabel('件')).toBeUndefined();
    expect(customUnitLabel('percent')).toBeUndefined();
  });
});

describe('UnitSchema and CustomUnitSchema', () => {
  it('accept a built-in code or a custom unit with a label', () => {
    expect(UnitSchema.safeParse('人次').success).toBe(true);
    expect(UnitSchema.safeParse(kilometres).success).toBe(true);
    expect(UnitSchema.safeParse(articles).success).toBe(true);
    expect(CustomUnitSchema.safeParse(kilometres).success).toBe(true);
  });

  it('refuse a unit word that is not a code (公里 must be declared as a custom unit), with the unit message', () => {
    const result = UnitSchema.safeParse('公里');
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toBe('rol:unit');
    expect(UnitSchema.safeParse('%').success).toBe(false);
    expect(UnitSchema.safeParse('').success).toBe(false);
  });

  it('refuse a custom unit without a name or a zh-CN label, with an unknown dimension, or with extra keys', () => {
    expect(CustomUnitSchema.safeParse({ ...kilometres, custom: '' }).success).toBe(false);
    expect(CustomUnitSchema.safeParse({ custom: '公里', label: { en: 'kilometres' } }).success).toBe(false);
    expect(CustomUnitSchema.safeParse({ ...kilometres, dimension: 'speed' }).success).toBe(false);
    expect(CustomUnitSchema.safeParse({ ...kilometres, plural: '公里' }).success).toBe(false);
    expect(UnitSchema.safeParse({ ...kilometres, plural: '公里' }).success).toBe(false);
  });
});

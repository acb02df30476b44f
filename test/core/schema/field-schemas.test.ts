// The schemas of a report's fields, each on its own: what a data editor may write in each field and what
// is refused, with the library's message key (`rol:…`) where it has its own. Valid and invalid values are
// chosen by hand from the field's rules (a dotted lower-case slug; a calendar date that exists; a span
// whose text is as long as its offsets say).
import { describe, expect, it } from 'vitest';
import {
  DOTTED_SLUG,
  ExtensionsSchema,
  FAMILY_LABELS,
  FamilySchema,
  IdSchema,
  isJsonValue,
  IsoDateOrDateTimeSchema,
  IsoDateSchema,
  ISSUER_LEVEL_LABELS,
  ISSUER_LEVELS,
  IssuerSchema,
  LOCALES,
  LocalizedTextSchema,
  parseReport,
  PeriodSchema,
  QualifierSchema,
  REPORT_PARTS,
  ReportPartSchema,
  ReportSchema,
  ReportSourceSchema,
  REQUIRED_REPORT_PARTS,
  SCHEMA_VERSION,
  SectionSchema,
  SourceSpanSchema,
} from '@rule-of-law/core';
import { minimalReport } from '../../support/minimal-report.js';

type Parsed = { success: boolean; error?: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } };
const messages = (result: Parsed) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('DOTTED_SLUG and IdSchema', () => {
  it.each(['litigation.cases', 'reconsideration.outcomes', 'enforcement.smoking.penalties', 'measures', 'measures.1.3', 'x1.y_2'])('accept %j', (id) => {
    expect(DOTTED_SLUG.test(id)).toBe(true);
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each(['', 'Litigation.cases', '1cases', '_cases', 'a..b', 'a.', '.a', 'a-b', 'a b', '行政诉讼.cases'])('refuse %j with the id message', (id) => {
    expect(DOTTED_SLUG.test(id)).toBe(false);
    const result = IdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(['rol:id-format']);
  });
});

describe('IsoDateSchema and IsoDateOrDateTimeSchema', () => {
  it('take a calendar date that exists, 29 February only in a leap year', () => {
    expect(IsoDateSchema.safeParse('2023-11-20').success).toBe(true);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(messages(IsoDateSchema.safeParse('2023-02-29'))).toEqual(['rol:date']);
    expect(IsoDateSchema.safeParse('2023-13-01').success).toBe(false);
    expect(IsoDateSchema.safeParse('2023-1-5').success).toBe(false);
    expect(IsoDateSchema.safeParse('2023年11月20日').success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-03-26T17:24:00+08:00').success).toBe(false);
  });

  it('take a date, or a date and time with or without an offset, but not a time written with a space', () => {
    for (const value of ['2024-03-26', '2024-03-26T17:24:00+08:00', '2024-03-26T17:24:00', '2024-03-26T09:24:00Z']) {
      expect(IsoDateOrDateTimeSchema.safeParse(value).success, value).toBe(true);
    }
    expect(messages(IsoDateOrDateTimeSchema.safeParse('2024-03-26 17:24'))).toEqual(['rol:date-time']);
    expect(IsoDateOrDateTimeSchema.safeParse('2024-02-30T10:00:00').success).toBe(false);
  });
});

describe('LocalizedTextSchema and LOCALES', () => {
  it('need a zh-CN text, allow an English one, and nothing else', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en']);
    expect(LocalizedTextSchema.safeParse({ 'zh-CN': '收案' }).success).toBe(true);
    expect(LocalizedTextSchema.safeParse({ 'zh-CN': '收案', en: 'Cases' }).success).toBe(true);
    expect(LocalizedTextSchema.safeParse({ en: 'Cases' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ 'zh-CN': '' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ 'zh-CN': '收案', en: '' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ 'zh-CN': '收案', fr: 'Affaires' }).success).toBe(false);
  });
});

describe('FamilySchema and FAMILY_LABELS', () => {
  it('name each family in both languages, as a reader sees it', () => {
    expect(FAMILY_LABELS.reconsideration).toEqual({ 'zh-CN': '行政复议', en: 'Administrative reconsideration' });
    expect(FAMILY_LABELS.litigation).toEqual({ 'zh-CN': '行政诉讼', en: 'Administrative litigation' });
    expect(FAMILY_LABELS.petitions['zh-CN']).toBe('信访');
    expect(FAMILY_LABELS.publicity['zh-CN']).toBe('普法');
  });

  it('label exactly the families the schema accepts, and refuse any other', () => {
    for (const family of Object.keys(FAMILY_LABELS)) expect(FamilySchema.safeParse(family).success, family).toBe(true);
    expect(Object.keys(FAMILY_LABELS)).toHaveLength(9);
    expect(FamilySchema.safeParse('Litigation').success).toBe(false);
    expect(FamilySchema.safeParse('行政诉讼').success).toBe(false);
  });
});

describe('IssuerSchema, ISSUER_LEVELS and ISSUER_LEVEL_LABELS', () => {
  const issuer = { name: '天津市滨海新区杭州道街道办事处', level: 'subdistrict', parent: '天津市滨海新区' };

  it('label every level in both languages: a 街道 is a subdistrict, a 开发区 a development zone', () => {
    expect(Object.keys(ISSUER_LEVEL_LABELS)).toEqual([...ISSUER_LEVELS]);
    expect(ISSUER_LEVEL_LABELS.subdistrict).toEqual({ 'zh-CN': '街道', en: 'Subdistrict' });
    expect(ISSUER_LEVEL_LABELS.development_zone).toEqual({ 'zh-CN': '开发区', en: 'Development zone' });
    for (const level of ISSUER_LEVELS) expect(IssuerSchema.safeParse({ ...issuer, level }).success, level).toBe(true);
  });

  it('take a division code of 6, 9 or 12 digits only', () => {
    for (const divisionCode of ['120116', '120116008', '120116008000']) {
      expect(IssuerSchema.safeParse({ ...issuer, divisionCode }).success, divisionCode).toBe(true);
    }
    for (const divisionCode of ['12011', '1201160', '12011600', '1201160080000', '12011a']) {
      expect(messages(IssuerSchema.safeParse({ ...issuer, divisionCode })), divisionCode).toEqual(['rol:division-code']);
    }
  });

  it('refuse an unknown level, an empty name and unknown keys', () => {
    expect(IssuerSchema.safeParse({ ...issuer, level: 'city' }).success).toBe(false);
    expect(IssuerSchema.safeParse({ ...issuer, name: '' }).success).toBe(false);
    expect(IssuerSchema.safeParse({ ...issuer, province: '天津市' }).success).toBe(false);
  });
});

describe('PeriodSchema', () => {
  it('takes a year, or a single day, and refuses an end before the start at `end`', () => {
    expect(PeriodSchema.safeParse({ start: '2023-01-01', end: '2023-12-31' }).success).toBe(true);
    expect(PeriodSchema.safeParse({ start: '2023-06-30', end: '2023-06-30' }).success).toBe(true);
    const reversed = PeriodSchema.safeParse({ start: '2023-12-31', end: '2023-01-01' });
    expect(messages(reversed)).toEqual(['rol:period-order']);
    expect(reversed.error?.issues[0]?.path).toEqual(['end']);
  });
});

describe('ReportSourceSchema', () => {
  it('takes a web address, a retrieval date or date-time and a publisher, each optional', () => {
    expect(ReportSourceSchema.safeParse({}).success).toBe(true);
    expect(ReportSourceSchema.safeParse({ url: 'https://www.tjbh.gov.cn/report.html', retrievedAt: '2024-03-27T10:00:00+08:00', publisher: '杭州道' }).success).toBe(
      true,
    );
    expect(ReportSourceSchema.safeParse({ url: 'www.tjbh.gov.cn' }).success).toBe(false);
    expect(ReportSourceSchema.safeParse({ retrievedAt: '27/03/2024' }).success).toBe(false);
    expect(ReportSourceSchema.safeParse({ publisher: '' }).success).toBe(false);
  });
});

describe('SCHEMA_VERSION', () => {
  it('is 1: a report of version 1 is read, a newer one is refused with a message saying which version is supported', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(parseReport(minimalReport()).ok).toBe(true);
    const newer = parseReport({ ...minimalReport(), schemaVersion: SCHEMA_VERSION + 1 });
    if (newer.ok) expect.unreachable('a version 2 report must be refused');
    expect(newer.issues).toHaveLength(1);
    expect(newer.issues[0]).toMatchObject({ code: 'schema_version', pointer: 'schemaVersion' });
    expect(newer.issues[0]?.message.en).toMatch(/schema version 2; this library understands up to 1\b/);
  });
});

describe('ReportSchema', () => {
  it('takes a valid report on its own, without parseReport', () => {
    expect(ReportSchema.safeParse(minimalReport()).success).toBe(true);
  });

  it('makes the cross-field checks too: two indicators with one id are refused at the second', () => {
    const cases = { id: 'x.cases', family: 'other', label: { 'zh-CN': '收案' }, kind: 'count', quantity: { value: 5, unit: '件', written: '5件' } } as const;
    const result = ReportSchema.safeParse(minimalReport([cases, cases]));
    expect(messages(result)).toEqual(['rol:duplicate-id']);
    expect(result.error?.issues[0]?.path).toEqual(['indicators', 1, 'id']);
  });
});

describe('SectionSchema, ReportPartSchema and REQUIRED_REPORT_PARTS', () => {
  const section = { id: 'shortcomings', numbering: '二、', heading: '存在的不足和原因', order: 1, parts: ['shortcomings'] };

  it('takes a section with its numbering, order among siblings and the parts it covers, [] for none', () => {
    expect(SectionSchema.safeParse(section).success).toBe(true);
    expect(SectionSchema.safeParse({ ...section, parts: [] }).success).toBe(true);
    expect(SectionSchema.safeParse({ ...section, parts: ['shortcomings', 'next_year'] }).success).toBe(true);
    expect(SectionSchema.safeParse({ id: 'measures.1', heading: '规范执法', parent: 'measures', order: 0 }).success).toBe(true);
  });

  it('refuses a bad id or parent, a negative or fractional order, an unknown part and an empty heading', () => {
    expect(messages(SectionSchema.safeParse({ ...section, id: 'Shortcomings' }))).toEqual(['rol:id-format']);
    expect(SectionSchema.safeParse({ ...section, parent: 'S1' }).success).toBe(false);
    expect(SectionSchema.safeParse({ ...section, order: -1 }).success).toBe(false);
    expect(SectionSchema.safeParse({ ...section, order: 1.5 }).success).toBe(false);
    expect(SectionSchema.safeParse({ ...section, parts: ['problems'] }).success).toBe(false);
    expect(SectionSchema.safeParse({ ...section, heading: '' }).success).toBe(false);
  });

  it('requires four of the five parts: 其他需要报告的情况 (other) may be missing', () => {
    for (const part of REPORT_PARTS) expect(ReportPartSchema.safeParse(part).success, part).toBe(true);
    expect(ReportPartSchema.safeParse('summary').success).toBe(false);
    expect([...REQUIRED_REPORT_PARTS].sort()).toEqual(['leadership', 'measures', 'next_year', 'shortcomings']);
  });
});

describe('SourceSpanSchema', () => {
  it('takes a span whose text is exactly end − start characters long (UTF-16 code units)', () => {
    expect(SourceSpanSchema.safeParse({ text: '558件', start: 1201, end: 1205 }).success).toBe(true);
    // 𠀀 is one character outside the BMP: two UTF-16 code units.
    expect(SourceSpanSchema.safeParse({ text: '𠀀3件', start: 0, end: 4 }).success).toBe(true);
  });

  it('refuses a span whose offsets disagree with its text, at `end`', () => {
    const wrong = SourceSpanSchema.safeParse({ text: '558件', start: 1201, end: 1206 });
    expect(messages(wrong)).toEqual(['rol:span-length']);
    expect(wrong.error?.issues[0]?.path).toEqual(['end']);
    expect(SourceSpanSchema.safeParse({ text: '', start: 3, end: 3 }).success).toBe(false);
    expect(SourceSpanSchema.safeParse({ text: '5件', start: -2, end: 0 }).success).toBe(false);
  });
});

describe('QualifierSchema', () => {
  it('takes the four qualifiers and nothing else', () => {
    for (const qualifier of ['exact', 'at_least', 'approximately', 'at_most']) expect(QualifierSchema.safeParse(qualifier).success).toBe(true);
    expect(QualifierSchema.safeParse('more_than').success).toBe(false);
    expect(QualifierSchema.safeParse('余').success).toBe(false);
  });
});

describe('isJsonValue and ExtensionsSchema', () => {
  it('accept what JSON holds unchanged: null, booleans, finite numbers, strings, arrays and plain objects of them', () => {
    for (const value of [null, true, 0, -3.5, '', '余', [], {}, [1, 'a', null], { a: { b: [1, { c: false }] } }, Object.create(null)]) {
      expect(isJsonValue(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('refuse what JSON would change or drop: NaN, Infinity, undefined, functions, dates, maps, class instances', () => {
    class Point {
      x = 1;
    }
    for (const value of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      undefined,
      () => 1,
      new Date(0),
      new Map(),
      new Point(),
      { a: undefined },
      [1, Number.NaN],
      1n,
      Symbol('s'),
    ]) {
      expect(isJsonValue(value), String(value)).toBe(false);
    }
  });

  it('refuse a sparse array, whose hole JSON would turn into null', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(isJsonValue([, 1])).toBe(false);
    expect(isJsonValue([null, 1])).toBe(true);
  });

  it('refuse a cycle, but accept the same object twice side by side', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(isJsonValue(cyclic)).toBe(false);
    const shared = { value: 1 };
    expect(isJsonValue({ first: shared, second: shared, list: [shared, shared] })).toBe(true);
  });

  it('ExtensionsSchema keeps free data as given and names the key that JSON cannot hold', () => {
    const extensions = { reviewer: '张三', checked: true, scores: [0.9, 0.75], nested: { note: null } };
    const parsed = ExtensionsSchema.safeParse(extensions);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(extensions);
    const bad = ExtensionsSchema.safeParse({ fine: 1, broken: Number.NaN });
    expect(messages(bad)).toEqual(['rol:json-value']);
    expect(bad.error?.issues[0]?.path).toEqual(['broken']);
    expect(ExtensionsSchema.safeParse([1, 2]).success).toBe(false);
  });
});

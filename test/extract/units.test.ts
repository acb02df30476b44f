// The unit words the extractor reads after a number, and what each unit is: its code or custom unit, its
// kind, whether it adds up, its slug in ids. Expectations are read off the words' meanings by hand
// (人次 person-visits, 学时 class hours, 3个月 a duration, not 3 units).
import { describe, expect, it } from 'vitest';
import { UNIT_CODES } from '@rule-of-law/core';
import { isAdditive, UNIT_SLUGS, UNIT_WORDS, unitFromWord, unitIsBlocked, unitKind, unitSlug, unitWord } from '../../packages/core/src/extract/units.js';

const classHours = { custom: '学时', label: { 'zh-CN': '学时', en: 'class hours' }, dimension: 'duration' } as const;
const articles = { custom: '篇', label: { 'zh-CN': '篇', en: 'articles' } } as const;

describe('UNIT_WORDS', () => {
  it('list the longest words first, so that 人次 is read before 人 and 个百分点 before 百分点', () => {
    for (let index = 1; index < UNIT_WORDS.length; index += 1) {
      expect(UNIT_WORDS[index]!.length, `${UNIT_WORDS[index - 1]} before ${UNIT_WORDS[index]}`).toBeLessThanOrEqual(UNIT_WORDS[index - 1]!.length);
    }
    expect(UNIT_WORDS.indexOf('人次')).toBeLessThan(UNIT_WORDS.indexOf('人'));
    expect(UNIT_WORDS.indexOf('个百分点')).toBeLessThan(UNIT_WORDS.indexOf('百分点'));
  });

  it('hold percent in both widths, percentage points, 倍, counts and study hours, but no deadline (天, 个工作日, 个月, 小时)', () => {
    for (const word of ['%', '％', '个百分点', '倍', '件', '人次', '批次', '元', '学时', '公里']) expect(UNIT_WORDS, word).toContain(word);
    for (const word of ['天', '个工作日', '工作日', '个月', '小时', '分钟']) expect(UNIT_WORDS, word).not.toContain(word);
  });
});

describe('unitFromWord', () => {
  it('gives the built-in code of percent, percentage points, 倍, 位, money and the count units', () => {
    expect(unitFromWord('%')).toBe('percent');
    expect(unitFromWord('％')).toBe('percent');
    expect(unitFromWord('个百分点')).toBe('percentage_point');
    expect(unitFromWord('百分点')).toBe('percentage_point');
    expect(unitFromWord('倍')).toBe('倍');
    expect(unitFromWord('位')).toBe('位');
    expect(unitFromWord('元')).toBe('元');
    expect(unitFromWord('人次')).toBe('人次');
    expect(unitFromWord('件')).toBe('件');
  });

  it('makes other measure words custom units, named in English, counts unless they measure something else', () => {
    expect(unitFromWord('篇')).toEqual({ ...articles, dimension: 'count' });
    expect(unitFromWord('学时')).toEqual(classHours);
    expect(unitFromWord('公里')).toEqual({ custom: '公里', label: { 'zh-CN': '公里', en: 'kilometres' }, dimension: 'distance' });
    // 辆次 is a count of vehicle trips, not of people.
    expect(unitFromWord('辆次')).toEqual({ custom: '辆次', label: { 'zh-CN': '辆次', en: 'vehicle-trips' }, dimension: 'count' });
  });

  it('is undefined for a word that is not a unit', () => {
    expect(unitFromWord('')).toBeUndefined();
    expect(unitFromWord('人民')).toBeUndefined();
    expect(unitFromWord('cases')).toBeUndefined();
  });
});

describe('unitIsBlocked', () => {
  it('blocks a unit word that starts another word: 3个月 (a duration), 3家庭, 人民, 起草, 处罚', () => {
    expect(unitIsBlocked('个', '月内办结')).toBe(true);
    expect(unitIsBlocked('个', '工作日内')).toBe(true);
    expect(unitIsBlocked('家', '庭')).toBe(true);
    expect(unitIsBlocked('人', '民群众')).toBe(true);
    expect(unitIsBlocked('起', '草文件')).toBe(true);
    expect(unitIsBlocked('处', '罚')).toBe(true);
  });

  it('lets a unit word stand before punctuation, another clause or the end of the text', () => {
    expect(unitIsBlocked('件', '，其中')).toBe(false);
    expect(unitIsBlocked('个', '，')).toBe(false);
    expect(unitIsBlocked('人', '参加')).toBe(false);
    expect(unitIsBlocked('起', '')).toBe(false);
    // A compound word is whole: 人次 followed by 民 is still person-visits.
    expect(unitIsBlocked('人次', '民')).toBe(false);
  });
});

describe('unitWord', () => {
  it('writes a unit as it follows a number', () => {
    expect(unitWord('percent')).toBe('%');
    expect(unitWord('percentage_point')).toBe('个百分点');
    expect(unitWord('件')).toBe('件');
    expect(unitWord('倍')).toBe('倍');
    expect(unitWord(classHours)).toBe('学时');
  });

  it('reads back through unitFromWord for every built-in unit', () => {
    for (const unit of UNIT_CODES) expect(unitFromWord(unitWord(unit)), unit).toBe(unit);
  });
});

describe('unitKind and isAdditive', () => {
  it('tell what a unit measures: 元 money, % percent, 个百分点 points, 倍 a multiple, 位 a rank, counts otherwise', () => {
    expect(unitKind('元')).toBe('money');
    expect(unitKind('percent')).toBe('percent');
    expect(unitKind('percentage_point')).toBe('percentage_point');
    expect(unitKind('倍')).toBe('multiple');
    expect(unitKind('位')).toBe('rank');
    expect(unitKind('人次')).toBe('count');
    expect(unitKind(classHours)).toBe('duration');
    expect(unitKind(articles)).toBe('count');
  });

  it('add up counts and money only', () => {
    for (const unit of ['件', '人次', '批次', '元', articles] as const) expect(isAdditive(unit), JSON.stringify(unit)).toBe(true);
    for (const unit of ['percent', 'percentage_point', '倍', '位', classHours] as const) expect(isAdditive(unit), JSON.stringify(unit)).toBe(false);
  });
});

describe('UNIT_SLUGS and unitSlug', () => {
  it('name every built-in unit in lower-case English for ids', () => {
    expect(Object.keys(UNIT_SLUGS).sort()).toEqual([...UNIT_CODES].sort());
    for (const slug of Object.values(UNIT_SLUGS)) expect(slug).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(unitSlug('人次')).toBe('person_visits');
    expect(unitSlug('批次')).toBe('batches');
    expect(unitSlug('元')).toBe('amount');
    expect(unitSlug('percent')).toBe('share');
    expect(unitSlug('倍')).toBe('multiple');
  });

  it('name a custom unit by its English words, underscored, and an unknown one "items"', () => {
    expect(unitSlug(classHours)).toBe('class_hours');
    expect(unitSlug({ custom: '辆次', label: { 'zh-CN': '辆次' } })).toBe('vehicle_trips');
    expect(unitSlug({ custom: '宗卷', label: { 'zh-CN': '宗卷' } })).toBe('items');
  });
});

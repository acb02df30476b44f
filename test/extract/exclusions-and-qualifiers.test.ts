// The rules that keep a number with a unit word from becoming a figure (exclusionReason, ordinalMarker,
// isSloganOrTitle) and the qualifier markers around a figure (prefixQualifier, suffixQualifier,
// combineQualifiers). Offsets are counted by hand in the comments, character by character.
import { describe, expect, it } from 'vitest';
import { exclusionReason, isSloganOrTitle, ordinalMarker, type Candidate } from '../../packages/core/src/extract/exclusions.js';
import { combineQualifiers, prefixQualifier, suffixQualifier } from '../../packages/core/src/extract/qualifiers.js';

/** A candidate as the scanner sees it. */
const candidate = (start: number, numberEnd: number, end: number, fields: Partial<Candidate> = {}): Candidate => ({
  start,
  numberEnd,
  end,
  isPercent: false,
  previousEnd: -1,
  ...fields,
});

describe('exclusionReason', () => {
  it('lets a plain figure through', () => {
    // 受0 理1 案2 件3 30(4–5) 件6
    expect(exclusionReason('受理案件30件。', candidate(4, 6, 7))).toBeUndefined();
  });

  it('excludes a number that is part of a longer token: A4, a malformed separator', () => {
    expect(exclusionReason('使用A4个', candidate(3, 4, 5))).toBe('part-of-token');
    // "1,2345件": the 2345 after a digit and a comma.
    expect(exclusionReason('1,2345件', candidate(2, 6, 7))).toBe('part-of-token');
  });

  it('excludes a list marker: a number at a line start followed by a space, 、 or .', () => {
    expect(exclusionReason('1 人员培训', candidate(0, 1, 3))).toBe('list-marker');
    expect(exclusionReason('概况\n2、项目建设', candidate(3, 4, 6))).toBe('list-marker');
    // Not at a line start: a figure.
    expect(exclusionReason('培训1 人', candidate(2, 3, 5))).toBeUndefined();
  });

  it('excludes either end of a range: 3-5人 and 3人至5人', () => {
    // 3(0) -(1) 5(2) 人(3)
    expect(exclusionReason('3-5人', candidate(2, 3, 4, { previousEnd: -1 }))).toBe('range');
    // 3(0) 人(1) 至(2) 5(3) 人(4): the first figure, with a connector and a digit after it.
    expect(exclusionReason('3人至5人', candidate(0, 1, 2))).toBe('range');
    expect(exclusionReason('3人至5人', candidate(3, 4, 5, { previousEnd: 2 }))).toBe('range');
  });

  it('excludes a category threshold: 5000元以上罚款案件, 100万元（含）以上', () => {
    // 对0 5000(1–4) 元5 以6 上7 罚8
    expect(exclusionReason('对5000元以上罚款案件进行审核', candidate(1, 5, 8, { suffix: '以上', previousEnd: 0 }))).toBe('threshold');
    // 标0 的1 100(2–4) 万5 元6 （7 含8 ）9 以10 上11
    expect(exclusionReason('标的100万元（含）以上的案件', candidate(2, 5, 7))).toBe('threshold');
  });

  it('keeps a figure that ends its clause with 以上, and never treats a percentage as a threshold', () => {
    // 办0 理1 案2 件3 10(4–5) 件6 以7 上8 ，9
    expect(exclusionReason('办理案件10件以上，并全部办结', candidate(4, 6, 9, { suffix: '以上' }))).toBeUndefined();
    // 95(0–1) %(2) 以3 上4 的5
    expect(exclusionReason('95%以上的案件', candidate(0, 2, 5, { suffix: '以上', isPercent: true }))).toBeUndefined();
  });

  it('excludes a number inside a short quoted slogan or inside a title', () => {
    // 落0 实1 “2 6(3) 个4 不5 放6 过7 ”8
    expect(exclusionReason('落实“6个不放过”要求', candidate(3, 4, 5))).toBe('slogan');
    // 学0 习1 《2 关3 于4 落5 实6 3(7) 项8 制9 度10 》…
    expect(exclusionReason('学习《关于落实3项制度的通知》', candidate(7, 8, 9))).toBe('title');
  });
});

describe('ordinalMarker', () => {
  it('finds 第 or 前 right before a number, spaces allowed', () => {
    expect(ordinalMarker('开展第2次轮训', 3)).toBe('第');
    // 排0 名1 前2 3(3) 位4
    expect(ordinalMarker('排名前3位', 3)).toBe('前');
    expect(ordinalMarker('开展第 2 次轮训', 4)).toBe('第');
  });

  it('is undefined for a count, and at the start of the text', () => {
    expect(ordinalMarker('开展2次轮训', 2)).toBeUndefined();
    expect(ordinalMarker('2次轮训', 0)).toBeUndefined();
  });
});

describe('isSloganOrTitle', () => {
  it('is true inside a short quotation or a title 《…》', () => {
    expect(isSloganOrTitle('落实“六个不放过”要求', 3, 5)).toBe(true);
    // 学0 习1 《2 行3 政4 复5 议6 法7 》8
    expect(isSloganOrTitle('学习《行政复议法》', 3, 7)).toBe(true);
  });

  it('is false in prose, in a quotation longer than a slogan, or across a line break', () => {
    expect(isSloganOrTitle('开展六次培训', 2, 4)).toBe(false);
    // The quotation “全面推进依法行政工作开展30项重点任务” is 21 characters: a statement, not a slogan.
    const long = '提出“全面推进依法行政工作开展30项重点任务”';
    expect(isSloganOrTitle(long, long.indexOf('30'), long.indexOf('30') + 3)).toBe(false);
    expect(isSloganOrTitle('“口号\n3项”', 4, 6)).toBe(false);
  });
});

describe('prefixQualifier', () => {
  it('reads the marker written right before a figure, spaces allowed', () => {
    expect(prefixQualifier('履职率达')).toEqual({ qualifier: 'exact', marker: '达' });
    expect(prefixQualifier('受理案件近')).toEqual({ qualifier: 'approximately', marker: '近' });
    expect(prefixQualifier('罚款超过 ')).toEqual({ qualifier: 'at_least', marker: '超过' });
    expect(prefixQualifier('约占')).toEqual({ qualifier: 'approximately', marker: '约占' });
    expect(prefixQualifier('不足')).toEqual({ qualifier: 'at_most', marker: '不足' });
  });

  it('is undefined when the marker character ends another word (最近, 送达, 行为, 村规民约) or there is none', () => {
    for (const before of ['最近', '送达', '行为', '村规民约', '受理案件', '']) expect(prefixQualifier(before), before).toBeUndefined();
  });
});

describe('suffixQualifier', () => {
  it('reads the markers written inside or after a figure', () => {
    expect(suffixQualifier('余')).toBe('at_least');
    expect(suffixQualifier('多')).toBe('at_least');
    expect(suffixQualifier('及以上')).toBe('at_least');
    expect(suffixQualifier('以内')).toBe('at_most');
    expect(suffixQualifier('左右')).toBe('approximately');
    expect(suffixQualifier('件')).toBeUndefined();
    expect(suffixQualifier('')).toBeUndefined();
  });
});

describe('combineQualifiers of the extractor', () => {
  it('lets a suffix marker win over an exact prefix: 达5000余人次 is at least 5000', () => {
    expect(combineQualifiers({ qualifier: 'exact', marker: '达' }, ['余'])).toEqual({ qualifier: 'at_least', marker: '余' });
  });

  it('keeps the prefix when no suffix marker is known, and is exact with neither', () => {
    expect(combineQualifiers({ qualifier: 'approximately', marker: '约' }, [])).toEqual({ qualifier: 'approximately', marker: '约' });
    expect(combineQualifiers(undefined, ['件'])).toEqual({ qualifier: 'exact' });
    expect(combineQualifiers(undefined, [])).toEqual({ qualifier: 'exact' });
  });

  it('flags two inexact markers that disagree (约300余人), keeping the suffix', () => {
    expect(combineQualifiers({ qualifier: 'approximately', marker: '约' }, ['余'])).toEqual({ qualifier: 'at_least', marker: '余', conflict: true });
    // Markers that agree are no conflict: 超过300人以上.
    expect(combineQualifiers({ qualifier: 'at_least', marker: '超过' }, ['以上'])).toEqual({ qualifier: 'at_least', marker: '以上' });
  });
});

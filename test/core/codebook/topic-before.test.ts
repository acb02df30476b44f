// topicBefore: the regulation a sentence is about, which carries to its bare figures, and STANDARD_KINDS,
// the kinds of codebook entries. Offsets are counted by hand in the comments; the slugs are the codebook's
// names of the topics (文明条例 → civility, 控烟 → smoking).
import { describe, expect, it } from 'vitest';
import { STANDARD_INDICATORS, STANDARD_KINDS, topicBefore } from '@rule-of-law/core';

describe('topicBefore', () => {
  it('finds the regulation a sentence set before a figure: 文明条例 → civility', () => {
    const sentence = '违反文明条例相关规定实施行政处罚9起,罚款650元';
    // 违0 反1 文2…例5 … 罚15 9(16) 起17 ,18 罚19 款20 650(21–23) 元24.
    expect(topicBefore(sentence, 24)).toBe('civility');
    expect(topicBefore(sentence, 18)).toBe('civility');
  });

  it('takes the first regulation when a sentence names two: 控烟 before 垃圾分类', () => {
    expect(topicBefore('开展控烟和垃圾分类专项行动,处罚8起', 18)).toBe('smoking');
    expect(topicBefore('开展垃圾分类和控烟专项行动,处罚8起', 18)).toBe('waste');
  });

  it('looks only before the figure', () => {
    // 罚0 款1 650(2–4) 元5: the topic comes after.
    expect(topicBefore('罚款650元,均为违反控烟规定', 5)).toBeUndefined();
    expect(topicBefore('违反控烟规定罚款650元', 0)).toBeUndefined();
    expect(topicBefore('违反控烟规定罚款650元', -3)).toBeUndefined();
  });

  it('ignores a law’s title: 《天津市文明行为促进条例》 names the law, not the topic', () => {
    expect(topicBefore('在落实《天津市文明行为促进条例》的同时,实施行政处罚41起', 28)).toBeUndefined();
  });

  it('carries only regulations, not sectors: 食品安全 qualifies a label that names it, not a sentence', () => {
    expect(topicBefore('开展食品安全检查,处罚3起', 12)).toBeUndefined();
  });
});

describe('STANDARD_KINDS', () => {
  it('are count, amount and rate, and each codebook entry is one of them, amounts in money and rates in percent', () => {
    expect(STANDARD_KINDS).toEqual(['count', 'amount', 'rate']);
    for (const entry of STANDARD_INDICATORS) {
      expect(STANDARD_KINDS, entry.id).toContain(entry.kind);
      expect(entry.kind === 'amount', entry.id).toBe(entry.dimension === 'money');
      expect(entry.kind === 'rate', entry.id).toBe(entry.dimension === 'percent');
    }
    expect(new Set(STANDARD_INDICATORS.map((entry) => entry.kind))).toEqual(new Set(STANDARD_KINDS));
  });
});

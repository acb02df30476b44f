// Finding what a stated rate is a rate of: its stem, the figure that counts its act (numerator), the figure
// received before it (denominator), and the operands of an official rate over an outcome breakdown. Offsets
// and labels are written by hand; the rule each case checks is the one the function documents.
import { describe, expect, it } from 'vitest';
import { derivedRateOperands, findDenominator, findNumerator, rateStem } from '../../packages/core/src/extract/rates.js';

describe('rateStem', () => {
  it('is the two characters before the last 率', () => {
    expect(rateStem('行政出庭应诉率')).toBe('应诉');
    expect(rateStem('履职率')).toBe('履职');
    expect(rateStem('办结率为')).toBe('办结');
    expect(rateStem('纠错率和败诉率')).toBe('败诉');
  });

  it('is undefined without 率 or without two characters before it', () => {
    expect(rateStem('占比')).toBeUndefined();
    expect(rateStem('率')).toBeUndefined();
    expect(rateStem('纠率')).toBeUndefined();
    expect(rateStem('')).toBeUndefined();
  });
});

describe('findNumerator', () => {
  const duties = { id: 'enforcement.duties_performed', label: '完成履职数', start: 5 };

  it('takes the count before the rate whose label ends with the rate’s act: 完成履职数102项, 履职率96.2%', () => {
    expect(findNumerator('履职率', 40, [duties])).toBe('enforcement.duties_performed');
    expect(findNumerator('出庭应诉率', 40, [{ id: 'x.appeared', label: '出庭应诉', start: 20 }])).toBe('x.appeared');
  });

  it('takes the nearest of several that fit', () => {
    expect(findNumerator('履职率', 40, [duties, { id: 'x.later', label: '履职数量', start: 30 }])).toBe('x.later');
  });

  it('never takes the rate’s base, a label that only mentions the act (行政应诉案件172件 for 出庭应诉率)', () => {
    expect(findNumerator('出庭应诉率', 40, [{ id: 'x.suits', label: '行政应诉案件', start: 20 }])).toBeUndefined();
  });

  it('never takes a figure after the rate, beyond the window, or another rate', () => {
    expect(findNumerator('履职率', 4, [duties])).toBeUndefined();
    expect(findNumerator('履职率', 5, [duties])).toBeUndefined();
    expect(findNumerator('履职率', 300, [duties])).toBeUndefined();
    expect(findNumerator('履职率', 300, [duties], 295)).toBe('enforcement.duties_performed');
    expect(findNumerator('履职率', 40, [{ id: 'x.rate', label: '上年履职率履职', start: 5 }])).toBeUndefined();
  });

  it('is undefined for a label without a rate stem', () => {
    expect(findNumerator('占比', 40, [duties])).toBeUndefined();
  });
});

describe('findDenominator', () => {
  const accepted = { id: 'petitions.accepted', label: '受理信访事项', start: 2 };

  it('takes the figure received before a completion rate: 共受理…120件, 办结115件, 办结率95.8%', () => {
    expect(findDenominator('办结率', 40, [accepted, { id: 'petitions.completed', label: '办结', start: 14 }])).toBe('petitions.accepted');
    expect(findDenominator('结案率', 40, [{ id: 'x.filed', label: '立案', start: 3 }])).toBe('x.filed');
    expect(findDenominator('审结率', 40, [{ id: 'x.received', label: '收到申请', start: 3 }])).toBe('x.received');
  });

  it('is undefined for a rate whose base texts do not conventionally state first (履职率), or with nothing received', () => {
    expect(findDenominator('履职率', 40, [accepted])).toBeUndefined();
    expect(findDenominator('办结率', 40, [{ id: 'x.completed', label: '办结', start: 14 }])).toBeUndefined();
    expect(findDenominator('办结率', 1, [accepted])).toBeUndefined();
  });
});

describe('derivedRateOperands', () => {
  it('refers 纠错率 to the corrections and the concluded cases of the breakdown', () => {
    expect(derivedRateOperands('纠错率', 'reconsideration_outcome', 'reconsideration.cases')).toEqual({
      numerator: { ref: 'reconsideration.cases', group: 'correction' },
      denominator: { ref: 'reconsideration.cases', group: 'concluded' },
    });
  });

  it('refers 实体败诉率 to merits judgments, not to concluded cases as 败诉率 does', () => {
    expect(derivedRateOperands('一审实体败诉率', 'litigation_outcome', 'litigation.cases')).toEqual({
      numerator: { ref: 'litigation.cases', group: 'loss' },
      denominator: { ref: 'litigation.cases', group: 'judgment' },
    });
    expect(derivedRateOperands('败诉率', 'litigation_outcome', 'litigation.cases')?.denominator).toEqual({ ref: 'litigation.cases', group: 'concluded' });
  });

  it('refers a rate of one category to that part, and a completion rate to the whole breakdown', () => {
    expect(derivedRateOperands('撤诉率', 'litigation_outcome', 'litigation.cases')).toEqual({
      numerator: { ref: 'litigation.cases', part: 'withdrawal' },
      denominator: { ref: 'litigation.cases', group: 'concluded' },
    });
    expect(derivedRateOperands('办结率', 'reconsideration_outcome', 'reconsideration.cases')).toEqual({
      numerator: { ref: 'reconsideration.cases', group: 'concluded' },
      denominator: { ref: 'reconsideration.cases' },
    });
  });

  it('is undefined for a rate the codelist does not define, a rate of two groups, or no official rate at all', () => {
    // 撤诉 is litigation's, not reconsideration's.
    expect(derivedRateOperands('撤诉率', 'reconsideration_outcome', 'reconsideration.cases')).toBeUndefined();
    // 综合化解率 counts corrections and mediations: two numerator groups.
    expect(derivedRateOperands('综合化解率', 'reconsideration_outcome', 'reconsideration.cases')).toBeUndefined();
    expect(derivedRateOperands('履职率', 'reconsideration_outcome', 'reconsideration.cases')).toBeUndefined();
  });
});

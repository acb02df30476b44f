import { describe, expect, it } from 'vitest';
import { figureChange, formatChange, formatRelativeChange, relativeChange, type Figure, type Qualifier, type Unit } from '@rule-of-law/core';

const f = (value: number, unit: Unit = '件', qualifier: Qualifier = 'exact'): Figure => ({ value, unit, qualifier });
const both = (from: Figure, to: Figure) => [formatChange(figureChange(from, to), { locale: 'zh-CN' }), formatChange(figureChange(from, to), { locale: 'en' })];

describe('formatChange', () => {
  it('puts the direction in words', () => {
    expect(both(f(558), f(600))).toEqual(['增加42件', 'up 42 items']);
    expect(both(f(600), f(558))).toEqual(['减少42件', 'down 42 items']);
    expect(both(f(12), f(12))).toEqual(['持平', 'unchanged']);
    expect(both(f(24879.5, '元'), f(25529.5, '元'))).toEqual(['增加650元', 'up 650 yuan']);
    expect(both(f(96.2, 'percent'), f(98.5, 'percent'))).toEqual(['上升2.3个百分点', 'up 2.3 percentage points']);
  });

  it('reads a rank by standing: 第5位 → 第3位 is a rise', () => {
    expect(both(f(5, '位'), f(3, '位'))).toEqual(['名次提前2位', 'up 2 places']);
    expect(both(f(3, '位'), f(4, '位'))).toEqual(['名次后退1位', 'down 1 place']);
    expect(both(f(3, '位'), f(3, '位'))).toEqual(['名次不变', 'unchanged']);
  });

  it('says how sure it is', () => {
    expect(both(f(558), f(600, '件', 'at_least'))).toEqual(['至少增加42件', 'up at least 42 items']);
    expect(both(f(996, '人次', 'at_least'), f(1100, '人次'))).toEqual([
      '增减不确定（变化不超过+104人次）',
      'direction uncertain (change of at most +104 person-visits)',
    ]);
    expect(both(f(100, '件', 'approximately'), f(120, '件'))).toEqual(['约增加20件', 'up about 20 items']);
    expect(both(f(500, '件', 'at_least'), f(600, '件', 'at_least'))).toEqual(['增减无法确定（数字带有“余”“约”等限定）', 'change unknown (qualified figures)']);
    expect(both(f(1, '批次'), f(1, '人次'))).toEqual(['单位不同，不作比较', 'different units: not compared']);
  });
});

describe('formatRelativeChange', () => {
  it('writes growth and its reasons', () => {
    expect(formatRelativeChange(relativeChange(f(558), f(600)), { locale: 'zh-CN' })).toBe('增长7.5%');
    expect(formatRelativeChange(relativeChange(f(600), f(558)), { locale: 'en' })).toBe('down 7%');
    expect(formatRelativeChange(relativeChange(f(0), f(3)), { locale: 'zh-CN' })).toBe('无法计算（分母为零）');
  });
});

import { describe, expect, it } from 'vitest';
import { formatQuantity, type Quantity } from '@rule-of-law/core';

const zh = (quantity: Parameters<typeof formatQuantity>[0]) => formatQuantity(quantity, { locale: 'zh-CN' });
const en = (quantity: Parameters<typeof formatQuantity>[0]) => formatQuantity(quantity, { locale: 'en' });

const visits: Quantity = { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' };
const fine: Quantity = { value: 3900, unit: '元', written: '0.39万元' };
const share: Quantity = { value: 16, unit: 'percent', qualifier: 'at_least', marker: '以上', written: '16%以上' };

describe('formatQuantity in zh-CN', () => {
  it('shows a stated figure exactly as written', () => {
    expect(zh(fine)).toBe('0.39万元');
    expect(zh(visits)).toBe('996余人次');
    expect(zh(share)).toBe('16%以上');
    expect(zh({ value: 96.2, unit: 'percent', written: '96.2%' })).toBe('96.2%');
  });

  it('drops only the white space between number and unit', () => {
    expect(zh({ value: 897, unit: '件', written: '897 \u00a0件' })).toBe('897件');
  });

  it('composes computed figures in the Chinese convention', () => {
    expect(zh({ value: 25529.5, unit: '元' })).toBe('25529.5元');
    expect(zh({ value: 4.4, unit: 'percentage_point' })).toBe('4.4个百分点');
    expect(zh({ value: 1345, unit: '批次', qualifier: 'at_least' })).toBe('1345余批次');
    expect(zh({ value: 1200, unit: '人', qualifier: 'approximately' })).toBe('约1200人');
    expect(zh({ value: 3, unit: '位' })).toBe('第3位');
    expect(zh({ value: 12, unit: { custom: '公里', label: { 'zh-CN': '公里', en: 'km' } } })).toBe('12公里');
  });
});

describe('formatQuantity in English', () => {
  it('reads naturally', () => {
    expect(en(fine)).toBe('3,900 yuan');
    expect(en(visits)).toBe('996+ person-visits');
    expect(en(share)).toBe('at least 16%');
    expect(en({ value: 4.4, unit: 'percentage_point', written: '4.4个百分点' })).toBe('4.4 percentage points');
    expect(en({ value: 1, unit: '件', written: '1件' })).toBe('1 item');
    expect(en({ value: 1200, unit: '人', qualifier: 'approximately', written: '约1200人' })).toBe('about 1,200 people');
    expect(en({ value: 24879.5, unit: '元', written: '24879.5元' })).toBe('24,879.5 yuan');
  });
});

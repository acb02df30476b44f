import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pinyinOf } from '@rule-of-law/core/extract';
import { PINYIN_TABLE, pinyinTableSource } from '../../scripts/write-pinyin-table.mjs';

describe('the pinyin table behind drafted ids', () => {
  it('is what scripts/write-pinyin-table.mjs generates (`node scripts/write-pinyin-table.mjs` rewrites it)', () => {
    expect(readFileSync(PINYIN_TABLE, 'utf8')).toBe(pinyinTableSource());
  });

  it('reads the words of these reports the way a reader says them, and skips what is not Han', () => {
    expect(pinyinOf('行政复议')).toBe('xingzhengfuyi');
    expect(pinyinOf('掌上执法')).toBe('zhangshangzhifa');
    expect(pinyinOf('服判息诉')).toBe('fupanxisu');
    expect(pinyinOf('12345 abc')).toBe('');
  });
});

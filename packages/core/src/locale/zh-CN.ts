import type { Translation } from './translation.js';

/** Simplified Chinese, as the reports are written: the library's first locale and the fallback of every other Chinese tag. */
export const zhCN: Translation = {
  tag: 'zh-CN',
  name: '简体中文',
  language: 'zh-CN',
  aliases: ['zh', 'zh-hans', 'zh-sg', 'zh-my'],
  groupThousands: false,
  punctuation: { colon: '：', listSeparator: '、', clauseSeparator: '；', comma: '，', open: '（', close: '）' },
  date: (year, month, day) => `${year}年${month}月${day}日`,
  year: (year) => `${year}年`,
  rangeSeparator: '至',
};

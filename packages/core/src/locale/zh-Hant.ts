import { registerTranslation } from './registry.js';
import { toHant } from './to-hant.js';
import type { Translation } from './translation.js';
import { zhCN } from './zh-CN.js';

/**
 * Traditional Chinese (繁體中文), for the 繁體 versions of portals and readers in Hong Kong, Macao and
 * Taiwan: the reports' Simplified texts and the library's Chinese words, written in Traditional
 * characters (numbers, dates and punctuation as zh-CN writes them). Not in the drop-in: importing this
 * file (`@rule-of-law/core/locales/zh-Hant`) registers it.
 */
export const zhHant: Translation = {
  ...zhCN,
  tag: 'zh-Hant',
  name: '繁體中文',
  aliases: ['zh-tw', 'zh-hk', 'zh-mo'],
  convert: toHant,
};

registerTranslation(zhHant);

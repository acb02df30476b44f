/**
 * `@rule-of-law/elements/locales/zh-Hant`: 繁體中文 for every element — the one file that adds a locale.
 * Importing it registers the locale: core's Traditional Chinese (the reports' texts, the codelists' labels
 * and the library's messages written in Traditional characters, numbers and dates as zh-CN writes them),
 * with the elements', the comparison's and the editor's words, which are their zh-CN words converted the same way (a
 * function's words as it writes them). Every element with `lang="zh-Hant"` (or `zh-TW`, `zh-HK`, `zh-MO`,
 * or under such an ancestor) then redraws in it. In a page that uses the drop-in, load
 * `rule-of-law-zh-Hant.min.js` beside it instead (this file, bundled).
 */
import { registerTranslation } from '@rule-of-law/core';
import { zhHant as coreZhHant } from '@rule-of-law/core/locales/zh-Hant';
import { COMPARISON_STRINGS } from '../internal/i18n/comparison-strings.js';
import { convertWords } from '../internal/i18n/convert-words.js';
import { EDITOR_STRINGS } from '../internal/i18n/editor-strings.js';
import type { ElementTranslation } from '../internal/i18n/strings.js';
import { zhCNStrings } from '../internal/i18n/zh-CN.js';

const convert = coreZhHant.convert!;

/** Traditional Chinese, with every word the elements show. */
export const zhHant: ElementTranslation = {
  ...coreZhHant,
  strings: convertWords(zhCNStrings, convert),
  comparison: convertWords(COMPARISON_STRINGS['zh-CN'], convert),
  editor: convertWords(EDITOR_STRINGS['zh-CN'], convert),
};

registerTranslation(zhHant);

/**
 * `@rule-of-law/elements/locales/zh-Hant`: 繁體中文 for every element. Importing it registers the locale
 * (core's Traditional Chinese: the reports' texts, the codelists' labels and the library's messages in
 * Traditional characters; the elements' words are their zh-CN words converted the same way), and every
 * element with `lang="zh-Hant"` (or `zh-TW`, `zh-HK`, `zh-MO`, or under such an ancestor) redraws in it.
 * In a page that uses the drop-in, load `rule-of-law-zh-Hant.min.js` beside it instead.
 */
import { registerTranslation } from '@rule-of-law/core';
import { zhHant as coreZhHant } from '@rule-of-law/core/locales/zh-Hant';
import type { ElementTranslation } from '../internal/i18n/strings.js';

/** Traditional Chinese, as the elements read it. */
export const zhHant: ElementTranslation = coreZhHant;

registerTranslation(zhHant);

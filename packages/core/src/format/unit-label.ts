import { writeIn } from '../locale/registry.js';
import type { LocaleTag } from '../locale/translation.js';
import type { Locale } from '../schema/localized-text.js';
import { UNIT_INFO, type Unit, type UnitInfo } from '../schema/unit.js';
import { localized } from './localized.js';

/** Options of {@link unitLabel}. */
export interface UnitLabelOptions {
  readonly locale: LocaleTag;
  /** Chooses singular or plural in English. */
  readonly count?: number;
}

/**
 * The name of a unit as it follows a number: zh-CN "人次", "个百分点"; English "person-visits",
 * "percentage points" (singular for 1).
 *
 * @example
 * ```ts
 * unitLabel('人次', { locale: 'en', count: 996 }); // 'person-visits'
 * ```
 */
export function unitLabel(unit: Unit, options: UnitLabelOptions): string {
  if (typeof unit !== 'string') return localized(unit.label, options.locale);
  return writeIn(options.locale, ({ language }) => UNIT_NAME[language](UNIT_INFO[unit], options.count));
}

/** A built-in unit's name in each language. */
const UNIT_NAME: Readonly<Record<Locale, (info: UnitInfo, count: number | undefined) => string>> = {
  'zh-CN': (info) => info.zh,
  // English has one plural rule for counts: "one" for ±1, "other" for the rest (Intl.PluralRules('en')
  // agrees; written out to spare a page the ICU start-up).
  en: (info, count) => (count !== undefined && Math.abs(count) === 1 ? info.en.one : info.en.other),
};

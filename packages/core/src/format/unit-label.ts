import type { Locale } from '../schema/localized-text.js';
import { UNIT_INFO, type Unit } from '../schema/unit.js';

/** Options of {@link unitLabel}. */
export interface UnitLabelOptions {
  readonly locale: Locale;
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
  if (typeof unit !== 'string') {
    return (options.locale === 'en' ? unit.label.en : undefined) ?? unit.label['zh-CN'];
  }
  const info = UNIT_INFO[unit];
  if (options.locale === 'zh-CN') return info.zh;
  // English has one plural rule for counts: "one" for ±1, "other" for the rest (Intl.PluralRules('en')
  // agrees; written out to spare a page the ICU start-up).
  return options.count !== undefined && Math.abs(options.count) === 1 ? info.en.one : info.en.other;
}

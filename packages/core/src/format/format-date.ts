import { writeIn } from '../locale/registry.js';
import type { LocaleTag, Translation } from '../locale/translation.js';
import type { Period } from '../schema/report.js';

/** The calendar date of an ISO date or date-time, as written (no time-zone shift): "2024-03-26T17:24+08:00" → "2024-03-26". */
export function calendarDate(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/**
 * A date in the locale's convention: zh-CN "2023年11月20日", English "20 November 2023" — as
 * `Intl.DateTimeFormat` writes it with `{ year: 'numeric', month: 'long', day: 'numeric' }` for zh-CN and
 * en-GB, but by hand (the locale's `date`), since the first Intl formatter of a page costs tens of
 * milliseconds of ICU start-up (a property test checks it against Intl). Only the calendar date written
 * in the data is used, never the viewer's clock or time zone.
 *
 * @example
 * ```ts
 * formatDate('2023-11-20', { locale: 'zh-CN' }); // '2023年11月20日'
 * ```
 */
export function formatDate(isoDateOrDateTime: string, options: { readonly locale: LocaleTag }): string {
  return writeIn(options.locale, (translation) => writeDate(isoDateOrDateTime, translation));
}

function writeDate(isoDateOrDateTime: string, translation: Translation): string {
  const [year, month, day] = calendarDate(isoDateOrDateTime).split('-').map(Number);
  return translation.date(year!, month!, day!);
}

/**
 * A reporting period: a whole calendar year as "2023年" / "2023", anything else as a range.
 *
 * @example
 * ```ts
 * formatPeriod({ start: '2023-01-01', end: '2023-12-31' }, { locale: 'en' }); // '2023'
 * ```
 */
export function formatPeriod(period: Period, options: { readonly locale: LocaleTag }): string {
  const year = period.start.slice(0, 4);
  const wholeYear = period.start === `${year}-01-01` && period.end === `${year}-12-31`;
  return writeIn(options.locale, (translation) =>
    wholeYear ? translation.year(year) : `${writeDate(period.start, translation)}${translation.rangeSeparator}${writeDate(period.end, translation)}`,
  );
}

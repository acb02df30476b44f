import type { Locale } from '../schema/localized-text.js';
import type { Period } from '../schema/report.js';

/** The calendar date of an ISO date or date-time, as written (no time-zone shift): "2024-03-26T17:24+08:00" → "2024-03-26". */
export function calendarDate(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date written as `Intl.DateTimeFormat` writes it with `{ year: 'numeric', month: 'long', day:
 * 'numeric' }` for zh-CN and en-GB — by hand, since the first Intl formatter of a page costs tens of
 * milliseconds of ICU start-up (a property test checks it against Intl).
 */
function writeDate(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * A date in the locale's convention: zh-CN "2023年11月20日", English "20 November 2023".
 * Only the calendar date written in the data is used, never the viewer's clock or time zone.
 *
 * @example
 * ```ts
 * formatDate('2023-11-20', { locale: 'zh-CN' }); // '2023年11月20日'
 * ```
 */
export function formatDate(isoDateOrDateTime: string, options: { readonly locale: Locale }): string {
  const [year, month, day] = calendarDate(isoDateOrDateTime).split('-').map(Number);
  return writeDate(year!, month!, day!, options.locale);
}

/**
 * A reporting period: a whole calendar year as "2023年" / "2023", anything else as a range.
 *
 * @example
 * ```ts
 * formatPeriod({ start: '2023-01-01', end: '2023-12-31' }, { locale: 'en' }); // '2023'
 * ```
 */
export function formatPeriod(period: Period, options: { readonly locale: Locale }): string {
  const year = period.start.slice(0, 4);
  if (period.start === `${year}-01-01` && period.end === `${year}-12-31`) {
    return options.locale === 'zh-CN' ? `${year}年` : year;
  }
  const separator = options.locale === 'zh-CN' ? '至' : ' – ';
  return `${formatDate(period.start, options)}${separator}${formatDate(period.end, options)}`;
}

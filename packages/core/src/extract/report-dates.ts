import { parseDatePart } from './numbers.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A valid `YYYY-MM-DD` date from its parts, or undefined (2023-02-30 is not a date).
 *
 * @example
 * ```ts
 * isoDate(2023, 11, 20); // '2023-11-20'
 * isoDate(2023, 2, 30); // undefined
 * ```
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid && year >= 1900 && year <= 2999 ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const PUBLISHED =
  /(?:发布日期|发布时间|发稿时间|发布于|信息时间|日期)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?(?:[\sT]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?/;

/**
 * When the page says the report was published ("发布日期: 2024-03-26 17:24"), as a date or a
 * date-time: with the page's offset when it gives one ("2024-03-26T17:24:00+08:00"), else local, without.
 *
 * @example
 * ```ts
 * findPublishedAt('发布日期: 2024-03-26 17:24  来源: 杭州道'); // '2024-03-26T17:24:00'
 * findPublishedAt('发布时间：2024年3月6日'); // '2024-03-06'
 * ```
 */
export function findPublishedAt(text: string): string | undefined {
  const match = PUBLISHED.exec(text);
  if (!match) return undefined;
  const [, year = '', month = '', day = '', hour, minute, second, offset] = match;
  const date = isoDate(Number(year), Number(month), Number(day));
  if (date === undefined || hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return date;
  const zone = offset === undefined ? '' : offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${zone}`;
}

const DATE_LINE =
  /^\s*([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$/;

/**
 * The signing date: the last line that holds nothing but a date ("2023年11月20日",
 * "二〇二四年一月五日").
 *
 * @example
 * ```ts
 * findSignedOn('……\n滨海新区人民政府杭州道街道办事处\n2023年11月20日\n'); // { date: '2023-11-20', line: 2 }
 * ```
 */
export function findSignedOn(text: string): { date: string; line: number } | undefined {
  const lines = text.split('\n');
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const match = DATE_LINE.exec(lines[index] ?? '');
    if (!match) continue;
    const [year, month, day] = [match[1], match[2], match[3]].map((part) => parseDatePart(part ?? ''));
    const date = isoDate(year ?? NaN, month ?? NaN, day ?? NaN);
    if (date) return { date, line: index };
  }
  return undefined;
}

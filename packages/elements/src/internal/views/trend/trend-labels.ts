import { formatComparedValue, formatPeriod, localized, type LocaleTag, type Period, translationOf } from '@rule-of-law/core';
import { issuerText } from '../../i18n/text.js';
import type { TrendPoint, TrendSeries } from '../../chart/trend-series.js';
import { comparisonStrings, type ComparisonStrings } from '../../i18n/comparison-strings.js';
import type { ViewContext } from '../view-context.js';

/**
 * The words of the trend chart in the context's locale.
 *
 * @example
 * ```ts
 * trendWords(viewContext('en')).noData; // 'no data'
 * ```
 */
export function trendWords(context: ViewContext): ComparisonStrings {
  return comparisonStrings(context.locale);
}

/**
 * What separates the items of a list in running text: `, ` in English, `、` in Chinese.
 *
 * @example
 * ```ts
 * ['a', 'b'].join(listSeparator('zh-CN')); // 'a、b'
 * ```
 */
export function listSeparator(locale: LocaleTag): string {
  return translationOf(locale).punctuation.listSeparator;
}

/**
 * A period as the table and the chart's description write it.
 *
 * @example
 * ```ts
 * periodLabel({ start: '2023-01-01', end: '2023-12-31' }, viewContext('zh-CN')); // '2023年'
 * ```
 */
export function periodLabel(period: Period, context: ViewContext): string {
  return formatPeriod(period, { locale: context.locale });
}

/**
 * A period as the x axis writes it: the year alone for a calendar year.
 *
 * @example
 * ```ts
 * axisLabel({ start: '2023-01-01', end: '2023-12-31' }, viewContext('zh-CN')); // '2023'
 * ```
 */
export function axisLabel(period: Period, context: ViewContext): string {
  const year = period.start.slice(0, 4);
  return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? year : periodLabel(period, context);
}

/**
 * A series' name: the indicator's label, with its issuer in front when the reports come from several.
 *
 * @example
 * ```ts
 * seriesLabel(model.series[0], viewContext('zh-CN')); // '行政处罚' or '某镇人民政府·行政处罚'
 * ```
 */
export function seriesLabel(series: TrendSeries, context: ViewContext): string {
  const label = localized(series.label, context.locale);
  if (!series.issuer) return label;
  const issuer = issuerText(series.issuer, context.locale).text;
  return trendWords(context).seriesName(issuer, label);
}

/**
 * A point's value as the report wrote it ("996余人次"), or written from its value in English.
 *
 * @example
 * ```ts
 * pointValue(series.points[0], viewContext('en')); // '1,355 cases'
 * ```
 */
export function pointValue(point: TrendPoint, context: ViewContext): string {
  return formatComparedValue(point, { locale: context.locale, maximumFractionDigits: 2 });
}

import { bilingual } from '../compare/note.js';
import { ISSUER_LEVEL_LABELS, type IssuerLevel } from '../schema/issuer.js';
import { translationOf } from '../locale/registry.js';
import type { Locale, BilingualText } from '../schema/localized-text.js';
import type { Report } from '../schema/report.js';
import type { GroupBy, GroupByKey } from './types.js';

/** How reports are grouped: each report's key, and a group's key in words (from any of its reports). */
export interface Grouping {
  readonly keyOf: (report: Report) => string;
  readonly labelOf: (report: Report) => BilingualText;
}

const NO_PARENT: BilingualText = { 'zh-CN': '未注明上级', en: 'No parent stated' };
const ALL: BilingualText = { 'zh-CN': '全部报告', en: 'All reports' };

function valueOf(report: Report, key: GroupByKey): string {
  switch (key) {
    case 'parent':
      return report.issuer.parent ?? '';
    case 'level':
      return report.issuer.level;
    case 'year':
      return report.period.start.slice(0, 4);
    case 'issuer':
      return report.issuer.name;
  }
}

function wordsOf(key: GroupByKey, value: string, locale: Locale): string {
  switch (key) {
    case 'parent':
      return value === '' ? NO_PARENT[locale] : value;
    case 'level':
      return ISSUER_LEVEL_LABELS[value as IssuerLevel][locale];
    case 'year':
      return translationOf(locale).year(value);
    case 'issuer':
      return value;
  }
}

/**
 * How {@link aggregateReports} groups reports: by a built-in key (the issuer's parent, level, the
 * reporting year — the year the period starts in — or the issuer), by several at once (values joined
 * with `|`), or by a function of the report. Without `groupBy`, one group with the key `''`.
 *
 * @example
 * ```ts
 * const grouping = groupingOf(['level', 'year']);
 * grouping.keyOf(report);      // 'subdistrict|2023'
 * grouping.labelOf(report).en; // 'Subdistrict · 2023'
 * ```
 */
export function groupingOf(groupBy: GroupBy | undefined): Grouping {
  if (groupBy === undefined) return { keyOf: () => '', labelOf: () => ALL };
  if (typeof groupBy === 'function') {
    return {
      keyOf: groupBy,
      labelOf: (report) => {
        const key = groupBy(report);
        return { 'zh-CN': key, en: key };
      },
    };
  }
  const keys: readonly GroupByKey[] = typeof groupBy === 'string' ? [groupBy] : groupBy;
  const only = keys.length === 1 ? keys[0] : undefined;
  return {
    keyOf: only ? (report) => valueOf(report, only) : (report) => keys.map((key) => valueOf(report, key)).join('|'),
    labelOf: (report) => bilingual((locale) => keys.map((key) => wordsOf(key, valueOf(report, key), locale)).join(' · ')),
  };
}

import type { RateBase } from '../compare/rate-base.js';
import { bilingual } from '../compare/note.js';
import { localized } from '../format/localized.js';
import { translationOf } from '../locale/registry.js';
import { unitLabel } from '../format/unit-label.js';
import type { IndicatorKind } from '../schema/indicator.js';
import type { Locale, BilingualText, LocalizedText } from '../schema/localized-text.js';
import type { Unit } from '../schema/unit.js';
import type { AggregateNote, RefusalReason, ReportRef } from './types.js';

const name = (label: LocalizedText, locale: Locale) => localized(label, locale);
const list = (items: readonly string[], locale: Locale) => items.join(translationOf(locale).punctuation.listSeparator);
const units = (values: readonly Unit[], locale: Locale) =>
  list(
    values.map((unit) => unitLabel(unit, { locale })),
    locale,
  );

/** The listed reports followed by how many there are in all ("…等5份") or how many more ("… and 2 more"). */
const AND_MORE: Readonly<Record<Locale, (listed: string, count: { readonly all: number; readonly more: number }) => string>> = {
  'zh-CN': (listed, { all }) => `${listed}等${all}份`,
  en: (listed, { more }) => `${listed} and ${more} more`,
};

/** A few reports by issuer and year, then "等N份" / "and N more". */
function someReports(reports: readonly ReportRef[], locale: Locale, shown = 3): string {
  const { year } = translationOf(locale);
  const names = reports.slice(0, shown).map((report) => `${report.issuer.name}${year(report.period.start.slice(0, 4))}`);
  const more = reports.length - names.length;
  if (more <= 0) return list(names, locale);
  return AND_MORE[locale](list(names, locale), { all: reports.length, more });
}

/** The message of each refused sum: why this kind of figure is never added. */
export const REFUSAL_MESSAGES: Readonly<Record<RefusalReason, BilingualText>> = {
  percent: { 'zh-CN': '百分比不能相加', en: 'percentages cannot be added' },
  percentage_point: { 'zh-CN': '百分点不能跨报告相加', en: 'percentage points cannot be added across reports' },
  multiple: { 'zh-CN': '“倍”既可能指“为…倍”也可能指“增长…倍”，不能相加', en: '倍 (“times”) reads both as “N times” and “grew by N times” and cannot be added' },
  rank: { 'zh-CN': '名次不能相加', en: 'ranks cannot be added' },
};

/** The same indicator is stated in different units: one total per unit. */
export function unitsKeptApartNote(id: string, label: LocalizedText, kept: readonly Unit[]): AggregateNote {
  return {
    code: 'units-kept-apart',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”在各报告中使用不同单位（${units(kept, locale)}）：按单位分别合计，不相加`,
      en: (locale) => `“${name(label, locale)}” is stated in different units (${units(kept, locale)}): one total per unit, never added together`,
    }),
  };
}

/** Figures that are never summed (percent, percentage points, 倍, ranks). */
export function notAdditiveNote(id: string, label: LocalizedText, reason: RefusalReason): AggregateNote {
  return {
    code: 'not-additive',
    severity: 'info',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”不作合计：${REFUSAL_MESSAGES[reason][locale]}`,
      en: (locale) => `“${name(label, locale)}” is not summed: ${REFUSAL_MESSAGES[reason][locale]}`,
    }),
  };
}

/** Reports whose rate has no usable numerator or denominator, left out of the pooled rate. */
export function rateReportsLeftOutNote(id: string, label: LocalizedText, leftOut: readonly ReportRef[], of: number): AggregateNote {
  return {
    code: 'rate-reports-left-out',
    severity: 'warning',
    indicatorIds: [id],
    expected: of,
    actual: of - leftOut.length,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”：${of}份报告中有${leftOut.length}份只有所述比率、没有可用的分子或分母，未计入合计比率（${someReports(leftOut, locale)}）；所述比率不作平均`,
      en: (locale) =>
        `“${name(label, locale)}”: ${leftOut.length} of ${of} reports state the rate without a usable numerator or denominator and are left out of the pooled rate (${someReports(leftOut, locale)}); stated rates are never averaged`,
    }),
  };
}

/**
 * A year-on-year change that some reports state without their current or earlier figure: a pooled change
 * needs both in every report (the summed current against the summed earlier figures), so none is given.
 */
export function growthNotPooledNote(id: string, label: LocalizedText, incomplete: readonly ReportRef[], of: number): AggregateNote {
  return {
    code: 'growth-not-pooled',
    severity: 'warning',
    indicatorIds: [id],
    expected: of,
    actual: of - incomplete.length,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”：${of}份报告中有${incomplete.length}份缺少可用的本期数或上期数（${someReports(incomplete, locale)}）；同比增减幅度只能由全部报告的本期合计与上期合计重新计算，故不给出合计幅度，所述幅度不作平均`,
      en: (locale) =>
        `“${name(label, locale)}”: ${incomplete.length} of ${of} reports lack a usable current or earlier figure (${someReports(incomplete, locale)}); a pooled year-on-year change needs both in every report, so none is given, and stated changes are never averaged`,
    }),
  };
}

/** A rate computed over different bases in different reports: pooled separately. */
export function rateBasesKeptApartNote(id: string, label: LocalizedText, bases: readonly RateBase[]): AggregateNote {
  return {
    code: 'rate-bases-kept-apart',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”在各报告中的计算基数或单位不同（${bases.map((base) => base.label[locale]).join('；')}）：按基数分别合计，不合并为一个比率`,
      en: (locale) =>
        `“${name(label, locale)}” is computed over different bases or units (${bases.map((base) => base.label[locale]).join('; ')}): pooled separately, never into one rate`,
    }),
  };
}

/** No report gives a rate's numerator and denominator: nothing to pool. */
export function rateNotPooledNote(id: string, label: LocalizedText, of: number): AggregateNote {
  return {
    code: 'rate-not-pooled',
    severity: 'info',
    indicatorIds: [id],
    expected: of,
    actual: 0,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”：${of}份报告都只有所述比率、没有可用的分子和分母，无法重新计算合计比率；所述比率不作平均`,
      en: (locale) =>
        `“${name(label, locale)}”: none of the ${of} reports gives a usable numerator and denominator, so no pooled rate can be computed; stated rates are never averaged`,
    }),
  };
}

/** The same id is a different kind of indicator in some reports: those are left out. */
export function differentKindsNote(id: string, label: LocalizedText, kind: IndicatorKind, others: ReadonlyMap<IndicatorKind, number>): AggregateNote {
  const count = [...others.values()].reduce((sum, value) => sum + value, 0);
  const kinds = [...others.keys()].join(', ');
  return {
    code: 'different-kinds',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”在${count}份报告中是另一类指标（${kinds}，而非 ${kind}），未计入`,
      en: (locale) => `“${name(label, locale)}” is another kind of indicator (${kinds}, not ${kind}) in ${count} reports: those are left out`,
    }),
  };
}

/** A breakdown uses another codelist in some reports: those are left out. */
export function differentCodelistsNote(id: string, label: LocalizedText, count: number): AggregateNote {
  return {
    code: 'different-codelists',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”在${count}份报告中使用不同的分类，未合并`,
      en: (locale) => `“${name(label, locale)}” uses another category list in ${count} reports: those are not merged`,
    }),
  };
}

/**
 * The merged breakdown has no total: some reports give neither a total nor exhaustive parts (`count`),
 * or the totals are in units that cannot be added (`count` undefined).
 */
export function breakdownTotalIncompleteNote(id: string, label: LocalizedText, count: number | undefined): AggregateNote {
  return {
    code: 'breakdown-total-incomplete',
    severity: 'info',
    indicatorIds: [id],
    message: bilingual(
      count === undefined
        ? {
            'zh-CN': (locale) => `“${name(label, locale)}”各报告的总数单位不同，不能相加，合并后不给出总数`,
            en: (locale) => `“${name(label, locale)}”: the reports' totals are in units that cannot be added, so the merged breakdown has no total`,
          }
        : {
            'zh-CN': (locale) => `“${name(label, locale)}”：${count}份报告未说明总数（且分项列举不完全），合并后不给出总数`,
            en: (locale) => `“${name(label, locale)}”: ${count} reports state no total (and list only some parts), so the merged breakdown has no total`,
          },
    ),
  };
}

/** A category stated in different units across reports: not added. */
export function breakdownPartsNotAddedNote(id: string, label: LocalizedText, categories: readonly string[]): AggregateNote {
  return {
    code: 'breakdown-parts-not-added',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的分项（${list(categories, locale)}）在各报告中单位不同，不相加，未列入合并结果`,
      en: (locale) =>
        `Parts of “${name(label, locale)}” (${list(categories, locale)}) are stated in different units across reports: not added, left out of the merge`,
    }),
  };
}

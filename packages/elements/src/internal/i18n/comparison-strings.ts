import type { ChangeDirection, Issuer, Locale, LocaleTag, Qualifier, Severity, ValueBasis } from '@rule-of-law/core';
import { localeWords } from './locale-words.js';
import type { ElementTranslation } from './strings.js';

/**
 * Every string of the comparison elements (`<rule-of-law-trend>`, `<rule-of-law-compare>` and the
 * report's change beside its figures), for one locale. A table of its own, beside {@link Strings}: the
 * drop-in bundle without comparisons does not carry it.
 */
export interface ComparisonStrings {
  readonly direction: Readonly<Record<ChangeDirection, string>>;
  /** Direction words of a rank, whose standing rises when its number falls. */
  readonly rankDirection: Readonly<Record<ChangeDirection, string>>;
  /** A short mark of a qualified figure in a chart: ≥, ≈, ≤. */
  readonly qualifierMark: Readonly<Record<Qualifier, string>>;
  readonly qualifierWord: Readonly<Record<Qualifier, string>>;
  readonly noData: string;
  readonly notApplicable: string;
  /** How a compared value was found, when it is not stated: computed from its parts, a total, a sum of parts. */
  readonly basis: Readonly<Record<ValueBasis, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly impliedZeroValue: string;
  /** What follows a label before its text: "：" in Chinese, ": " in English. */
  readonly colon: string;
  /** An aside after a word: "（…）" / " (…)". */
  readonly aside: (text: string) => string;
  /** Whether the change beside a figure names the year compared with first ("较上年 ▲ 增加42件") or last ("▲ up 42 on last year"). */
  readonly sinceFirst: boolean;
  /** A trend chart's description: its kind, then every series with its points. */
  readonly chartDescription: (kind: string, series: readonly string[]) => string;
  /** An issuer's name in this language: the English name in English when the report gives one, else the Chinese. */
  readonly issuerName: (issuer: Pick<Issuer, 'name' | 'nameEn'>) => string;
  /** An issuer with a period: "某县人民政府（2023年）", "A County Government (2023)". */
  readonly withPeriod: (issuer: string, period: string) => string;

  readonly trendHeading: (labels: readonly string[]) => string;
  readonly trendYears: (first: string, last: string) => string;
  readonly unitChartName: (label: string, unit: string, years: string) => string;
  readonly unitChartHeading: (unit: string) => string;
  readonly seriesText: (label: string, points: readonly string[]) => string;
  readonly chartKindText: (kind: 'line' | 'bars', count: number) => string;
  readonly pointText: (label: string, period: string, value: string) => string;
  readonly points: (label: string) => string;
  readonly period: string;
  readonly trendTableCaption: (heading: string) => string;
  readonly gapsNote: string;
  readonly qualifiedNote: string;
  readonly unitsNote: (count: number) => string;
  readonly missingIndicators: (ids: string) => string;
  readonly duplicatePeriod: (issuer: string, period: string) => string;
  readonly sources: string;
  readonly sourceOf: (side: string) => string;
  readonly seriesName: (issuer: string, label: string) => string;

  readonly compareHeading: (previous: string, current: string) => string;
  readonly indicator: string;
  readonly change: string;
  readonly relativeChange: string;
  readonly directionHeading: string;
  readonly partOf: (label: string) => string;
  readonly derivedRate: (label: string, base: string) => string;
  readonly notesHeading: string;
  readonly noteRef: (number: number) => string;
  readonly noNotes: string;
  readonly onlyIn: (side: string) => string;
  readonly nothingCompared: string;
  readonly impliedZero: string;

  readonly changeSince: (period: string, lastYear: boolean) => string;
  readonly newThisYear: (period: string, lastYear: boolean) => string;
  readonly comparedWith: string;
  readonly loadingPrevious: string;
  readonly previousError: string;
}

const zh: ComparisonStrings = {
  direction: { up: '上升', down: '下降', unchanged: '持平', uncertain: '无法判断' },
  rankDirection: { up: '名次后退', down: '名次提前', unchanged: '名次不变', uncertain: '无法判断' },
  qualifierMark: { exact: '', at_least: '≥', approximately: '≈', at_most: '≤' },
  qualifierWord: { exact: '', at_least: '至少', approximately: '约', at_most: '至多' },
  noData: '无数据',
  notApplicable: '—',
  basis: { stated: '', computed: '按分子、分母计算', total: '按合计', sum_of_parts: '分项之和' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  impliedZeroValue: '0（未列出）',
  colon: '：',
  aside: (text) => `（${text}）`,
  sinceFirst: true,
  chartDescription: (kind, series) => `${kind} ${series.join('；')}。`,
  issuerName: (issuer) => issuer.name,
  withPeriod: (issuer, period) => `${issuer}（${period}）`,

  trendHeading: (labels) => `历年变化：${labels.join('、')}`,
  trendYears: (first, last) => (first === last ? first : `${first}至${last}`),
  unitChartName: (label, unit, years) => `${label}（单位：${unit}），${years}`,
  unitChartHeading: (unit) => `单位：${unit}`,
  seriesText: (label, points) => `${label}：${points.join('，')}`,
  chartKindText: (kind, count) => `${kind === 'line' ? '折线图' : '柱状图'}，共 ${count} 个系列。`,
  pointText: (label, period, value) => `${label}，${period}：${value}`,
  points: (label) => `${label}：数据点`,
  period: '年度',
  trendTableCaption: (heading) => `${heading}：数据表`,
  gapsNote: '某年报告未载该项时，图中留空（折线断开、不画柱），并非为零。',
  qualifiedNote: '标有 ≥、≈、≤ 的数值带有限定（如“余”“约”“不足”），为至少、约数或至多，空心标记表示。',
  unitsNote: (count) => `所选指标的单位不同，分为 ${count} 幅小图，不在同一坐标轴上比较。`,
  missingIndicators: (ids) => `所给报告中均没有这些指标：${ids}。`,
  duplicatePeriod: (issuer, period) => `${issuer}${period}有不止一份报告，只显示最后给出的一份。`,
  sources: '来源',
  sourceOf: (side) => `${side}来源`,
  seriesName: (issuer, label) => `${issuer}·${label}`,

  compareHeading: (previous, current) => `${current}与${previous}对比`,
  indicator: '指标',
  change: '变化',
  relativeChange: '相对变化',
  directionHeading: '方向',
  partOf: (label) => `其中：${label}`,
  derivedRate: (label, base) => `${label}（以${base}为基数）`,
  notesHeading: '比较说明',
  noteRef: (number) => `注${number}`,
  noNotes: '没有影响比较的说明。',
  onlyIn: (side) => `仅见于${side}的指标`,
  nothingCompared: '两份报告没有共同的指标。',
  impliedZero: '分类完整，未列出的类别按0计',

  changeSince: (period, lastYear) => (lastYear ? '较上年' : `较${period}`),
  newThisYear: (period, lastYear) => (lastYear ? '上年报告无此项' : `${period}报告无此项`),
  comparedWith: '对比报告',
  loadingPrevious: '正在加载对比报告……',
  previousError: '无法加载对比报告，只显示本期数据。',
};

const en: ComparisonStrings = {
  direction: { up: 'up', down: 'down', unchanged: 'unchanged', uncertain: 'cannot tell' },
  rankDirection: { up: 'lower place', down: 'higher place', unchanged: 'same place', uncertain: 'cannot tell' },
  qualifierMark: { exact: '', at_least: '≥', approximately: '≈', at_most: '≤' },
  qualifierWord: { exact: '', at_least: 'at least', approximately: 'about', at_most: 'at most' },
  noData: 'no data',
  notApplicable: '—',
  basis: { stated: '', computed: 'computed from its parts', total: 'the total', sum_of_parts: 'sum of the parts' },
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  impliedZeroValue: '0 (not listed)',
  colon: ': ',
  aside: (text) => ` (${text})`,
  sinceFirst: false,
  chartDescription: (kind, series) => `${kind} ${series.join('; ')}.`,
  issuerName: (issuer) => issuer.nameEn || issuer.name,
  withPeriod: (issuer, period) => `${issuer} (${period})`,

  trendHeading: (labels) => `Over the years: ${labels.join(', ')}`,
  trendYears: (first, last) => (first === last ? first : `${first} to ${last}`),
  unitChartName: (label, unit, years) => `${label} (unit: ${unit}), ${years}`,
  unitChartHeading: (unit) => `Unit: ${unit}`,
  seriesText: (label, points) => `${label}: ${points.join(', ')}`,
  chartKindText: (kind, count) => `${kind === 'line' ? 'Line chart' : 'Bar chart'} of ${count} ${count === 1 ? 'series' : 'series'}.`,
  pointText: (label, period, value) => `${label}, ${period}: ${value}`,
  points: (label) => `${label}: data points`,
  period: 'Year',
  trendTableCaption: (heading) => `${heading}: data table`,
  gapsNote: 'Where a year’s report does not state a figure the chart leaves a gap (the line breaks, no bar is drawn): it is not zero.',
  qualifiedNote: 'Values marked ≥, ≈ or ≤ are qualified in the report (“余”, “约”, “不足”): at least, about or at most; hollow marks show them.',
  unitsNote: (count) => `The indicators are counted in different units, so they are drawn as ${count} small charts, never on one axis.`,
  missingIndicators: (ids) => `None of the reports has these indicators: ${ids}.`,
  duplicatePeriod: (issuer, period) => `${issuer} has more than one report for ${period}; only the last one given is shown.`,
  sources: 'Sources',
  sourceOf: (side) => `Source of ${side}`,
  seriesName: (issuer, label) => `${issuer} · ${label}`,

  compareHeading: (previous, current) => `${current} compared with ${previous}`,
  indicator: 'Indicator',
  change: 'Change',
  relativeChange: 'Relative change',
  directionHeading: 'Direction',
  partOf: (label) => `of which: ${label}`,
  derivedRate: (label, base) => `${label} (base: ${base})`,
  notesHeading: 'Notes on the comparison',
  noteRef: (number) => `Note ${number}`,
  noNotes: 'Nothing makes this comparison unsafe.',
  onlyIn: (side) => `Indicators only in ${side}`,
  nothingCompared: 'The two reports have no indicator in common.',
  impliedZero: 'complete list: a category not listed counts as 0',

  changeSince: (period, lastYear) => (lastYear ? 'on last year' : `on ${period}`),
  newThisYear: (period, lastYear) => (lastYear ? 'not in last year’s report' : `not in the ${period} report`),
  comparedWith: 'Compared with',
  loadingPrevious: 'Loading the report to compare with…',
  previousError: 'The report to compare with could not be loaded; only this period’s figures are shown.',
};

/** The comparison string tables of the built-in languages. Read them through {@link comparisonStrings}. */
export const COMPARISON_STRINGS: Readonly<Record<Locale, ComparisonStrings>> = { 'zh-CN': zh, en };

/**
 * The comparison words of a locale: its registered translation's own, else its language's (zh-CN or en).
 *
 * @example
 * ```ts
 * comparisonStrings('en').withPeriod('A County Government', '2023'); // 'A County Government (2023)'
 * comparisonStrings('zh-CN').colon; // '：'
 * ```
 */
export function comparisonStrings(locale: LocaleTag): ComparisonStrings {
  return localeWords(locale, COMPARISON_STRINGS, (translation: ElementTranslation) => translation.comparison);
}

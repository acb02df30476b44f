import {
  type ComputedBreakdownIndicator,
  type ComputedIndicator,
  type ComputedRateIndicator,
  type ComputedReport,
  formatQuantity,
  formatRateResult,
  formatStatedGrowth,
  isGrowthFormula,
  type Locale,
  localized,
  translationOf,
} from '@rule-of-law/core';
import type { Bilingual } from './cli-error.js';
import { renderTable, type Column } from './table.js';

type Row = readonly string[];

const HEADERS: readonly (Bilingual & { right?: boolean; max?: number })[] = [
  { 'zh-CN': '指标', en: 'Indicator', max: 36 },
  { 'zh-CN': '名称', en: 'Label', max: 40 },
  { 'zh-CN': '原文数值', en: 'Stated', right: true },
  { 'zh-CN': '计算值', en: 'Computed', right: true },
  { 'zh-CN': '说明', en: 'Note', max: 40 },
];

const RECONCILIATION: Readonly<Record<ComputedRateIndicator['reconciliation'], Bilingual>> = {
  match: { 'zh-CN': '与分子分母一致', en: 'matches its parts' },
  mismatch: { 'zh-CN': '与分子分母不一致', en: 'does not match its parts' },
  not_checked: { 'zh-CN': '', en: '' },
};

/** The same for a year-on-year change, whose parts are the current and the earlier figure. */
const GROWTH_RECONCILIATION: Readonly<Record<ComputedRateIndicator['reconciliation'], Bilingual>> = {
  match: { 'zh-CN': '与本期、上期数一致', en: 'matches the current and earlier figures' },
  mismatch: { 'zh-CN': '与本期、上期数不一致', en: 'does not match the current and earlier figures' },
  not_checked: { 'zh-CN': '', en: '' },
};

/** The table's and the timeline's words in each language. */
const WORDS: Readonly<
  Record<
    Locale,
    {
      readonly earlierCouldBe: (list: string) => string;
      readonly denominatorCouldBe: (list: string) => string;
      readonly partialList: string;
      readonly partsCover: (coverage: string) => string;
      /** A derived rate's base, after its value. */
      readonly base: (base: string) => string;
      readonly onTime: string;
      readonly late: string;
      readonly deadline: (date: string) => string;
      readonly signed: (date: string) => string;
      readonly published: (date: string) => string;
    }
  >
> = {
  'zh-CN': {
    earlierCouldBe: (list) => `上期数可能为 ${list}`,
    denominatorCouldBe: (list) => `分母可能为 ${list}`,
    partialList: '部分列举',
    partsCover: (coverage) => `分项占 ${coverage}`,
    base: (base) => `÷ ${base}`,
    onTime: '（按期）',
    late: '（逾期）',
    deadline: (date) => `发布期限 ${date}`,
    signed: (date) => `签署 ${date}`,
    published: (date) => `发布 ${date}`,
  },
  en: {
    earlierCouldBe: (list) => `the year before could be ${list}`,
    denominatorCouldBe: (list) => `denominator could be ${list}`,
    partialList: 'partial list',
    partsCover: (coverage) => `parts cover ${coverage}`,
    base: (base) => `of ${base}`,
    onTime: ' (on time)',
    late: ' (late)',
    deadline: (date) => `deadline ${date}`,
    signed: (date) => `signed ${date}`,
    published: (date) => `published ${date}`,
  },
};

function rateRow(computed: ComputedRateIndicator, locale: Locale): Row {
  const { indicator } = computed;
  const growth = isGrowthFormula(indicator.formula) ? indicator.formula : undefined;
  // A change is written with its direction ("下降3.9%"), never as a bare percentage.
  const stated = computed.stated ? (growth ? formatStatedGrowth(computed.stated, growth, { locale }) : formatQuantity(computed.stated, { locale })) : '—';
  const value = computed.computed ? formatRateResult(computed.computed, { locale }) : '';
  let note = (growth ? GROWTH_RECONCILIATION : RECONCILIATION)[computed.reconciliation][locale];
  if (computed.impliedDenominators && computed.impliedDenominators.length > 0) {
    const list = computed.impliedDenominators.slice(0, 5).join(translationOf(locale).punctuation.listSeparator);
    note = growth ? WORDS[locale].earlierCouldBe(list) : WORDS[locale].denominatorCouldBe(list);
  }
  return [indicator.id, localized(indicator.label, locale), stated, value, note];
}

function breakdownRows(computed: ComputedBreakdownIndicator, locale: Locale): Row[] {
  const { indicator } = computed;
  const statedTotal = indicator.total && 'value' in indicator.total ? indicator.total : computed.total;
  const sum = computed.sum ? formatQuantity(computed.sum, { locale }) : '';
  const coverage = computed.coverage ? formatRateResult(computed.coverage, { locale }) : '';
  const partial = indicator.exhaustive ? '' : WORDS[locale].partialList;
  const note = [coverage && WORDS[locale].partsCover(coverage), partial].filter(Boolean).join('; ');
  const rows: Row[] = [[indicator.id, localized(indicator.label, locale), statedTotal ? formatQuantity(statedTotal, { locale }) : '—', sum, note]];
  for (const part of computed.parts) {
    rows.push(['', `  · ${localized(part.label, locale)}`, formatQuantity(part.quantity, { locale }), formatRateResult(part.share, { locale }), '']);
  }
  for (const rate of computed.derivedRates) {
    rows.push(['', `  = ${localized(rate.label, locale)}`, '', formatRateResult(rate.result, { locale }), WORDS[locale].base(localized(rate.base, locale))]);
  }
  return rows;
}

function rowsOf(computed: ComputedIndicator, locale: Locale): Row[] {
  switch (computed.kind) {
    case 'rate':
      return [rateRow(computed, locale)];
    case 'breakdown':
      return breakdownRows(computed, locale);
    default:
      return [[computed.indicator.id, localized(computed.indicator.label, locale), formatQuantity(computed.quantity, { locale }), '', '']];
  }
}

/**
 * The computed figures of a report as a terminal table: each indicator with its stated and computed
 * value; breakdowns with their parts, shares and derived official rates; rates reconciled.
 *
 * @example
 * ```ts
 * console.log(computedTable(computeReport(report), 'zh-CN'));
 * ```
 */
export function computedTable(computed: ComputedReport, locale: Locale): string {
  const columns: Column[] = HEADERS.map((header) => ({
    header: header[locale],
    ...(header.right ? { right: true } : {}),
    ...(header.max !== undefined ? { max: header.max } : {}),
  }));
  return renderTable(
    columns,
    computed.indicators.flatMap((indicator) => rowsOf(indicator, locale)),
  );
}

/** The publication timeline in one line. */
export function timelineLine(computed: ComputedReport, locale: Locale): string {
  const { timeline } = computed;
  const words = WORDS[locale];
  const onTime = timeline.publishedOnTime === undefined ? '' : timeline.publishedOnTime ? words.onTime : words.late;
  const parts = [
    words.deadline(timeline.publicationDeadline),
    timeline.signedOn && words.signed(timeline.signedOn),
    timeline.publishedOn && words.published(`${timeline.publishedOn}${onTime}`),
  ];
  return parts.filter(Boolean).join(translationOf(locale).punctuation.clauseSeparator);
}

/** The computed report as plain JSON: indicators without the repeated input, timeline and findings. */
export function computedJson(computed: ComputedReport): Record<string, unknown> {
  return {
    title: computed.report.title,
    issuer: computed.report.issuer.name,
    period: computed.report.period,
    timeline: computed.timeline,
    indicators: computed.indicators.map(({ indicator, ...rest }) => ({ id: indicator.id, label: indicator.label, ...rest })),
    findings: computed.findings,
  };
}

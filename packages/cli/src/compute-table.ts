import {
  formatQuantity,
  formatRateResult,
  formatStatedGrowth,
  isGrowthFormula,
  localized,
  type ComputedBreakdownIndicator,
  type ComputedIndicator,
  type ComputedRateIndicator,
  type ComputedReport,
  type Locale,
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

function rateRow(computed: ComputedRateIndicator, locale: Locale): Row {
  const { indicator } = computed;
  const growth = isGrowthFormula(indicator.formula) ? indicator.formula : undefined;
  // A change is written with its direction ("下降3.9%"), never as a bare percentage.
  const stated = computed.stated ? (growth ? formatStatedGrowth(computed.stated, growth, { locale }) : formatQuantity(computed.stated, { locale })) : '—';
  const value = computed.computed ? formatRateResult(computed.computed, { locale }) : '';
  let note = (growth ? GROWTH_RECONCILIATION : RECONCILIATION)[computed.reconciliation][locale];
  if (computed.impliedDenominators && computed.impliedDenominators.length > 0) {
    const list = computed.impliedDenominators.slice(0, 5).join(locale === 'en' ? ', ' : '、');
    if (growth) note = locale === 'en' ? `the year before could be ${list}` : `上期数可能为 ${list}`;
    else note = locale === 'en' ? `denominator could be ${list}` : `分母可能为 ${list}`;
  }
  return [indicator.id, localized(indicator.label, locale), stated, value, note];
}

function breakdownRows(computed: ComputedBreakdownIndicator, locale: Locale): Row[] {
  const { indicator } = computed;
  const statedTotal = indicator.total && 'value' in indicator.total ? indicator.total : computed.total;
  const sum = computed.sum ? formatQuantity(computed.sum, { locale }) : '';
  const coverage = computed.coverage ? formatRateResult(computed.coverage, { locale }) : '';
  const partial = indicator.exhaustive ? '' : locale === 'en' ? 'partial list' : '部分列举';
  const note = [coverage && (locale === 'en' ? `parts cover ${coverage}` : `分项占 ${coverage}`), partial].filter(Boolean).join('; ');
  const rows: Row[] = [[indicator.id, localized(indicator.label, locale), statedTotal ? formatQuantity(statedTotal, { locale }) : '—', sum, note]];
  for (const part of computed.parts) {
    rows.push(['', `  · ${localized(part.label, locale)}`, formatQuantity(part.quantity, { locale }), formatRateResult(part.share, { locale }), '']);
  }
  for (const rate of computed.derivedRates) {
    const base = locale === 'en' ? `of ${localized(rate.base, locale)}` : `÷ ${localized(rate.base, locale)}`;
    rows.push(['', `  = ${localized(rate.label, locale)}`, '', formatRateResult(rate.result, { locale }), base]);
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
  return renderTable(columns, computed.indicators.flatMap((indicator) => rowsOf(indicator, locale)));
}

/** The publication timeline in one line. */
export function timelineLine(computed: ComputedReport, locale: Locale): string {
  const { timeline } = computed;
  const onTime = timeline.publishedOnTime === undefined ? '' : timeline.publishedOnTime ? (locale === 'en' ? ' (on time)' : '（按期）') : locale === 'en' ? ' (late)' : '（逾期）';
  const parts =
    locale === 'en'
      ? [`deadline ${timeline.publicationDeadline}`, timeline.signedOn && `signed ${timeline.signedOn}`, timeline.publishedOn && `published ${timeline.publishedOn}${onTime}`]
      : [`发布期限 ${timeline.publicationDeadline}`, timeline.signedOn && `签署 ${timeline.signedOn}`, timeline.publishedOn && `发布 ${timeline.publishedOn}${onTime}`];
  return parts.filter(Boolean).join(locale === 'en' ? '; ' : '；');
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

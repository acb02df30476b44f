import type { Locale, Severity } from '@rule-of-law/core';

/** Every string the elements show, for one locale. Functions take the values they place. */
export interface Strings {
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly errorHttp: (status: number) => string;
  readonly errorNetwork: string;
  readonly errorTimeout: (seconds: number) => string;
  readonly errorTooLarge: (megabytes: number) => string;
  readonly errorInvalid: (count: number) => string;
  readonly errorNotFound: (id: string) => string;
  readonly errorNoIndicator: string;
  readonly errorWrongKind: (id: string, expected: string) => string;
  readonly errorCompute: string;
  readonly moreIssues: (count: number) => string;
  readonly reportRoot: string;

  readonly period: string;
  readonly signedOn: string;
  readonly publishedOn: string;
  readonly publishedPhrase: (date: string) => string;
  readonly headline: string;
  readonly source: string;
  readonly list: (items: readonly string[]) => string;

  readonly findingsHeading: string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityCount: (severity: string, count: number) => string;
  readonly concerns: string;

  readonly total: string;
  readonly category: string;
  readonly value: string;
  readonly share: string;
  readonly groups: string;
  /** The header of the column of the parts' notes. */
  readonly partNote: string;
  readonly sumOfParts: string;
  readonly notItemised: string;
  readonly partialCoverage: (sum: string, total: string, share: string) => string;
  readonly derivedRates: string;
  readonly rateOf: (numerator: string, denominator: string, base: string) => string;
  readonly tableCaption: (label: string) => string;
  readonly showTable: string;
  readonly legend: string;
  readonly segments: (label: string) => string;
  readonly chartName: (label: string, total: string) => string;
  readonly chartDescription: (kind: 'bar' | 'donut', parts: readonly string[]) => string;
  readonly partText: (label: string, value: string, share: string | undefined) => string;

  readonly stated: string;
  readonly implied: string;
  readonly impliedNote: (denominator: string) => string;
  readonly rateMismatch: (computed: string) => string;
  readonly rateMatch: string;
  /** A year-on-year change's earlier figure, implied by the stated change. */
  readonly impliedEarlierNote: (earlier: string) => string;
  readonly growthMismatch: (computed: string) => string;
  readonly growthMatch: string;

  /** Shown when a report is given `previous` but the comparison code is not loaded (the plain drop-in). */
  readonly compareNeedsAll: string;
}

const zhSeverity = { error: '错误', warning: '警告', info: '提示' } as const;
const enSeverity = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

const zh: Strings = {
  loading: '正在加载报告……',
  empty: '未提供报告数据。',
  retry: '重试',
  errorTitle: '无法显示报告',
  errorHttp: (status) => `服务器未能提供报告数据（HTTP ${status}）。`,
  errorNetwork: '网络错误，未能取得报告数据。',
  errorTimeout: (seconds) => `等待报告数据超过 ${seconds} 秒，已停止加载。`,
  errorTooLarge: (megabytes) => `报告数据超过 ${megabytes} MB 的上限，已停止加载。`,
  errorInvalid: (count) => `报告数据不符合规范，发现 ${count} 处问题：`,
  errorNotFound: (id) => `报告中没有指标“${id}”。`,
  errorNoIndicator: '未指定要显示的指标。',
  errorWrongKind: (id, expected) => `指标“${id}”不是${expected}类指标，无法在此显示。`,
  errorCompute: '计算报告数据时出错。',
  moreIssues: (count) => `另有 ${count} 处问题未列出。`,
  reportRoot: '（整个报告）',

  period: '报告期',
  signedOn: '成文日期',
  publishedOn: '发布日期',
  publishedPhrase: (date) => `发布日期 ${date}`,
  headline: '主要数据',
  source: '来源',
  list: (items) => items.join('、'),

  findingsHeading: '数据核对结果',
  noFindings: '未发现数据不一致之处。',
  severity: zhSeverity,
  severityCount: (severity, count) => `${severity}（${count}）`,
  concerns: '涉及指标',

  total: '合计',
  category: '类别',
  value: '数量',
  share: '占比',
  groups: '归类',
  partNote: '说明',
  sumOfParts: '分项之和',
  notItemised: '未列明分项',
  partialCoverage: (sum, total, share) => `分项之和 ${sum}，占合计 ${total} 的 ${share}；其余未列明。`,
  derivedRates: '据此计算的比率',
  rateOf: (numerator, denominator, base) => `${numerator} / ${denominator}（以${base}为基数）`,
  tableCaption: (label) => `${label}：数据表`,
  showTable: '查看数据表',
  legend: '图例',
  segments: (label) => `${label}：各分项`,
  chartName: (label, total) => `${label}，合计 ${total}`,
  chartDescription: (kind, parts) => `${kind === 'bar' ? '堆积条形图' : '环形图'}，共 ${parts.length} 项：${parts.join('；')}。`,
  partText: (label, value, share) => (share === undefined ? `${label} ${value}` : `${label} ${value}，占 ${share}`),

  stated: '报告所述',
  implied: '推算',
  impliedNote: (denominator) => `分母 ${denominator} 为按所述比率推算。`,
  rateMismatch: (computed) => `与分子、分母不符：按其计算为 ${computed}。`,
  rateMatch: '与分子、分母相符。',
  impliedEarlierNote: (earlier) => `上期数 ${earlier} 为按所述增减幅度推算。`,
  growthMismatch: (computed) => `与本期、上期数不符：按其计算为${computed}。`,
  growthMatch: '与本期、上期数相符。',

  compareNeedsAll: '与上年比较需加载 rule-of-law-all.min.js。',
};

const en: Strings = {
  loading: 'Loading the report…',
  empty: 'No report data was given.',
  retry: 'Try again',
  errorTitle: 'The report cannot be shown',
  errorHttp: (status) => `The server did not provide the report data (HTTP ${status}).`,
  errorNetwork: 'A network error stopped the report data from loading.',
  errorTimeout: (seconds) => `The report data took longer than ${seconds} s; loading was stopped.`,
  errorTooLarge: (megabytes) => `The report data is larger than the ${megabytes} MB limit; loading was stopped.`,
  errorInvalid: (count) => `The report data is not valid: ${count} ${count === 1 ? 'problem' : 'problems'} found:`,
  errorNotFound: (id) => `The report has no indicator "${id}".`,
  errorNoIndicator: 'No indicator was named.',
  errorWrongKind: (id, expected) => `Indicator "${id}" is not a ${expected} indicator and cannot be shown here.`,
  errorCompute: 'The report data could not be computed.',
  moreIssues: (count) => `${count} more ${count === 1 ? 'problem is' : 'problems are'} not listed.`,
  reportRoot: '(the whole report)',

  period: 'Period',
  signedOn: 'Dated',
  publishedOn: 'Published',
  publishedPhrase: (date) => `published ${date}`,
  headline: 'Key figures',
  source: 'Source',
  list: (items) => items.join(', '),

  findingsHeading: 'Consistency checks',
  noFindings: 'No inconsistencies found.',
  severity: enSeverity,
  severityCount: (severity, count) => `${severity} (${count})`,
  concerns: 'Indicators',

  total: 'Total',
  category: 'Category',
  value: 'Number',
  share: 'Share',
  groups: 'Groups',
  partNote: 'Note',
  sumOfParts: 'Sum of parts',
  notItemised: 'Not itemised',
  partialCoverage: (sum, total, share) => `The parts add up to ${sum}, ${share} of the total ${total}; the rest is not itemised.`,
  derivedRates: 'Rates derived from these figures',
  rateOf: (numerator, denominator, base) => `${numerator} / ${denominator} (base: ${base})`,
  tableCaption: (label) => `${label}: data table`,
  showTable: 'Show the data table',
  legend: 'Legend',
  segments: (label) => `${label}: parts`,
  chartName: (label, total) => `${label}, total ${total}`,
  chartDescription: (kind, parts) =>
    `${kind === 'bar' ? 'Stacked bar chart' : 'Donut chart'} of ${parts.length} ${parts.length === 1 ? 'part' : 'parts'}: ${parts.join('; ')}.`,
  partText: (label, value, share) => (share === undefined ? `${label}: ${value}` : `${label}: ${value}, ${share}`),

  stated: 'As stated',
  implied: 'implied',
  impliedNote: (denominator) => `The denominator ${denominator} is implied by the stated rate.`,
  rateMismatch: (computed) => `Does not match its numerator and denominator, which give ${computed}.`,
  rateMatch: 'Matches its numerator and denominator.',
  impliedEarlierNote: (earlier) => `The figure of the year before, ${earlier}, is implied by the stated change.`,
  growthMismatch: (computed) => `Does not match the current and earlier figures, which give ${computed}.`,
  growthMatch: 'Matches the current and earlier figures.',

  compareNeedsAll: 'Comparison needs rule-of-law-all.min.js.',
};

/** The string tables, by locale. */
export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-CN': zh, en };

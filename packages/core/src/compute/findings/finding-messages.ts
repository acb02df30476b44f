import { formatDate } from '../../format/format-date.js';
import { formatGrowth, formatGrowthOperands, formatStatedGrowth, signedGrowth } from '../../format/format-growth.js';
import { formatNumber, formatPercent } from '../../format/format-number.js';
import { formatRateResult } from '../../format/format-rate-result.js';
import { formatQuantity } from '../../format/format-quantity.js';
import { unitLabel } from '../../format/unit-label.js';
import { translationOf } from '../../locale/registry.js';
import type { GrowthFormula } from '../../schema/indicator.js';
import type { Locale } from '../../schema/localized-text.js';
import type { Quantity } from '../../schema/quantity.js';
import { REPORT_PART_LABELS, type ReportPart } from '../../schema/report-part.js';
import type { Unit } from '../../schema/unit.js';
import type { Figure, RateResult } from '../types.js';
import { bilingual } from './bilingual.js';
import type { Finding } from './finding.js';

type Label = { readonly 'zh-CN': string; readonly en?: string };

const name = (label: Label, locale: Locale): string => label[locale] ?? label['zh-CN'];
const figure = (value: Figure, locale: Locale): string => formatQuantity(value, { locale });
const percent = (value: number, locale: Locale): string => formatPercent(value, { locale, maximumFractionDigits: 2 });

/** The parts of an exhaustive breakdown do not add up to its stated total. */
export function sumMismatch(id: string, label: Label, total: Figure, sum: Figure): Finding {
  return {
    code: 'sum-mismatch',
    severity: 'warning',
    indicatorIds: [id],
    expected: total.value,
    actual: sum.value,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”各分项合计 ${figure(sum, locale)}，与所述总数 ${figure(total, locale)} 不符`,
      en: (locale) => `The parts of “${name(label, locale)}” add up to ${figure(sum, locale)}, not the stated total of ${figure(total, locale)}`,
    }),
  };
}

/** The parts of a partial breakdown exceed its stated total. */
export function sumExceedsTotal(id: string, label: Label, total: Figure, sum: Figure): Finding {
  return {
    code: 'sum-exceeds-total',
    severity: 'warning',
    indicatorIds: [id],
    expected: total.value,
    actual: sum.value,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”所列分项合计 ${figure(sum, locale)}，超过所述总数 ${figure(total, locale)}`,
      en: (locale) => `The listed parts of “${name(label, locale)}” add up to ${figure(sum, locale)}, more than the stated total of ${figure(total, locale)}`,
    }),
  };
}

/** A non-exhaustive breakdown lists only part of its total. */
export function partialBreakdown(id: string, label: Label, total: Figure, sum: Figure, coverage: number): Finding {
  return {
    code: 'partial-breakdown',
    severity: 'info',
    indicatorIds: [id],
    expected: total.value,
    actual: sum.value,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”所列分项合计 ${figure(sum, locale)}，占总数 ${figure(total, locale)} 的 ${percent(coverage, locale)}（列举不完全）`,
      en: (locale) =>
        `The listed parts of “${name(label, locale)}” cover ${figure(sum, locale)} of ${figure(total, locale)} (${percent(coverage, locale)}); the list is not exhaustive`,
    }),
  };
}

function unitList(units: readonly Unit[], locale: Locale): string {
  return units.map((unit) => unitLabel(unit, { locale })).join(translationOf(locale).punctuation.listSeparator);
}

/** A breakdown sums parts in different count units, as its source does. */
export function mixedUnits(id: string, label: Label, units: readonly Unit[]): Finding {
  return {
    code: 'mixed-units',
    severity: 'info',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的分项使用不同计量单位（${unitList(units, locale)}），按原文口径合并计算`,
      en: (locale) => `The parts of “${name(label, locale)}” use different units (${unitList(units, locale)}); they are summed as the source does`,
    }),
  };
}

/** A breakdown's parts, or its parts and total, cannot be summed or compared. */
export function incompatibleUnits(id: string, label: Label, units: readonly Unit[]): Finding {
  return {
    code: 'incompatible-units',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的分项单位不同（${unitList(units, locale)}），不能相加`,
      en: (locale) => `The parts of “${name(label, locale)}” are in units that cannot be added (${unitList(units, locale)})`,
    }),
  };
}

/** A stated rate (a ratio in percent or a multiple in 倍) does not follow from its exact numerator and denominator at its stated precision. */
export function rateMismatch(ids: readonly string[], label: Label, stated: Figure, computed: Extract<RateResult, { defined: true }>, decimals: number): Finding {
  const result = (locale: Locale) => formatRateResult(computed, { locale, maximumFractionDigits: decimals + 2 });
  return {
    code: 'rate-mismatch',
    severity: 'warning',
    indicatorIds: ids,
    expected: Number(computed.value.toFixed(Math.min(decimals + 2, 20))),
    actual: stated.value,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”所述 ${figure(stated, locale)}，按分子分母计算应为 ${result(locale)}`,
      en: (locale) => `“${name(label, locale)}” is stated as ${figure(stated, locale)}, but its numerator and denominator give ${result(locale)}`,
    }),
  };
}

/**
 * A stated year-on-year change does not follow from the current and earlier figures at its stated
 * precision: "“收案数”所述 同比增长5%，按本期 486件、上期 725件计算应为 下降32.97%". `expected` is the
 * computed change in the stated direction (negative when the figures moved the other way), `actual` the stated one.
 */
export function growthMismatch(
  ids: readonly string[],
  label: Label,
  stated: Quantity,
  result: Extract<RateResult, { defined: true }>,
  formula: GrowthFormula,
  decimals: number,
): Finding {
  const digits = decimals + 2;
  const signed = signedGrowth(result.value, result.qualifier, formula);
  const computed = (locale: Locale) => formatGrowth(signed.value, { locale, qualifier: signed.qualifier, maximumFractionDigits: digits });
  return {
    code: 'rate-mismatch',
    severity: 'warning',
    indicatorIds: ids,
    expected: Number(result.value.toFixed(Math.min(digits, 20))),
    actual: stated.value,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”所述 ${formatStatedGrowth(stated, formula, { locale })}，按本期 ${figure(result.numerator, locale)}、上期 ${figure(result.denominator, locale)}计算应为 ${computed(locale)}`,
      en: (locale) =>
        `“${name(label, locale)}” is stated as ${formatStatedGrowth(stated, formula, { locale })}, but ${figure(result.numerator, locale)} against ${figure(result.denominator, locale)} the year before gives ${computed(locale)}`,
    }),
  };
}

/** A change marked as an increase (or decrease) whose figures surely moved the other way, with no stated figure that says so. */
export function growthDirection(ids: readonly string[], label: Label, result: Extract<RateResult, { defined: true }>, formula: GrowthFormula): Finding {
  const signed = signedGrowth(result.value, result.qualifier, formula);
  const operands = (locale: Locale) => formatGrowthOperands(result.numerator, result.denominator, { locale, change: result });
  return {
    code: 'growth-direction',
    severity: 'warning',
    indicatorIds: ids,
    expected: Number(signed.value.toFixed(2)),
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”标为同比${formula === 'increase' ? '增长' : '下降'}，但本期${operands(locale)}`,
      en: (locale) => `“${name(label, locale)}” is marked as ${formula === 'increase' ? 'an increase' : 'a decrease'}, but the figures give ${operands(locale)}`,
    }),
  };
}

/** "Or" between the implied figures. */
const OR: Readonly<Record<Locale, string>> = { 'zh-CN': '或', en: ' or ' };

/** The implied figures in words ("106或107", "106 or 107") and the unit they count in. */
function candidateList(candidates: readonly number[], known: Figure, locale: Locale): { list: string; unit: string } {
  return {
    list: candidates.map((candidate) => formatNumber(candidate, { locale })).join(OR[locale]),
    unit: unitLabel(known.unit, { locale, count: candidates[0] ?? 0 }),
  };
}

/** A stated rate with only its numerator known: the denominators it implies. */
export function impliedDenominator(ids: readonly string[], label: Label, stated: Figure, numerator: Figure, candidates: readonly number[]): Finding {
  return {
    code: 'implied-denominator',
    severity: 'info',
    indicatorIds: ids,
    expected: candidates,
    message: bilingual(
      candidates.length === 0
        ? {
            'zh-CN': (locale) => `“${name(label, locale)}”${figure(stated, locale)} 与分子 ${figure(numerator, locale)} 不对应任何整数分母`,
            en: (locale) =>
              `No whole-number denominator gives “${name(label, locale)}” of ${figure(stated, locale)} with a numerator of ${figure(numerator, locale)}`,
          }
        : {
            'zh-CN': (locale) => {
              const { list, unit } = candidateList(candidates, numerator, locale);
              return `“${name(label, locale)}”${figure(stated, locale)}、分子 ${figure(numerator, locale)}，可推知分母为 ${list}${unit}`;
            },
            en: (locale) => {
              const { list, unit } = candidateList(candidates, numerator, locale);
              return `“${name(label, locale)}” of ${figure(stated, locale)} with a numerator of ${figure(numerator, locale)} implies a denominator of ${list} ${unit}`;
            },
          },
    ),
  };
}

/** A stated year-on-year change with only the current figure known: the earlier figures it implies. */
export function impliedEarlierFigure(
  ids: readonly string[],
  label: Label,
  stated: Quantity,
  formula: GrowthFormula,
  current: Figure,
  candidates: readonly number[],
): Finding {
  const change = (locale: Locale) => formatStatedGrowth(stated, formula, { locale });
  return {
    code: 'implied-denominator',
    severity: 'info',
    indicatorIds: ids,
    expected: candidates,
    message: bilingual(
      candidates.length === 0
        ? {
            'zh-CN': (locale) => `“${name(label, locale)}”${change(locale)}与本期 ${figure(current, locale)} 不对应任何整数的上期数`,
            en: (locale) =>
              `No whole-number figure for the year before gives “${name(label, locale)}” ${change(locale)} with a current figure of ${figure(current, locale)}`,
          }
        : {
            'zh-CN': (locale) => {
              const { list, unit } = candidateList(candidates, current, locale);
              return `“${name(label, locale)}”${change(locale)}、本期 ${figure(current, locale)}，可推知上期为 ${list}${unit}`;
            },
            en: (locale) => {
              const { list, unit } = candidateList(candidates, current, locale);
              return `“${name(label, locale)}” ${change(locale)} with a current figure of ${figure(current, locale)} implies ${list} ${unit} the year before`;
            },
          },
    ),
  };
}

/** A rate whose denominator is zero; for a year-on-year change (`growth`), an earlier figure of zero. */
export function undefinedRate(ids: readonly string[], label: Label, growth = false): Finding {
  return {
    code: 'undefined-rate',
    severity: 'warning',
    indicatorIds: ids,
    expected: 0,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的${growth ? '上期数为零，增减幅度' : '分母为零，比率'}无法计算`,
      en: (locale) =>
        growth
          ? `“${name(label, locale)}” is measured against a figure of zero the year before: the change in percent is undefined`
          : `“${name(label, locale)}” has a zero denominator: the rate is undefined`,
    }),
  };
}

const zhDate = (date: string): string => formatDate(date, { locale: 'zh-CN' });
const enDate = (date: string): string => formatDate(date, { locale: 'en' });

/** Published after the 1 April deadline. */
export function publishedLate(deadline: string, published: string): Finding {
  return {
    code: 'published-late',
    severity: 'warning',
    indicatorIds: [],
    expected: deadline,
    actual: published,
    message: {
      'zh-CN': `报告于${zhDate(published)}公开，晚于${zhDate(deadline)}的法定公开期限`,
      en: `Published on ${enDate(published)}, after the deadline of ${enDate(deadline)}`,
    },
  };
}

/** Signed before the reporting period ended. */
export function signedBeforePeriodEnd(signed: string, periodEnd: string): Finding {
  return {
    code: 'signed-before-period-end',
    severity: 'info',
    indicatorIds: [],
    expected: periodEnd,
    actual: signed,
    message: {
      'zh-CN': `报告落款日期${zhDate(signed)}早于报告期结束日${zhDate(periodEnd)}：全年数据可能不完整`,
      en: `Signed on ${enDate(signed)}, before the period ended on ${enDate(periodEnd)}: the year's figures may be incomplete`,
    },
  };
}

/** Published before it was signed. */
export function publishedBeforeSigned(signed: string, published: string): Finding {
  return {
    code: 'published-before-signed',
    severity: 'error',
    indicatorIds: [],
    expected: signed,
    actual: published,
    message: {
      'zh-CN': `公开日期${zhDate(published)}早于落款日期${zhDate(signed)}`,
      en: `Published on ${enDate(published)}, before it was signed on ${enDate(signed)}`,
    },
  };
}

/** Quoted English names, as a list: “A”, “B” and “C”. */
function enParts(parts: readonly ReportPart[]): string {
  const quoted = parts.map((part) => `“${REPORT_PART_LABELS[part].en}”`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * An annual report without a section for some of its required parts. Quoted zh-CN names follow one
 * another without 顿号, as GB/T 15834 writes quoted items in a series.
 */
export function missingReportPart(required: readonly ReportPart[], missing: readonly ReportPart[], present: readonly ReportPart[]): Finding {
  const plural = missing.length > 1;
  return {
    code: 'missing-report-part',
    severity: 'info',
    indicatorIds: [],
    expected: required,
    actual: present,
    message: {
      'zh-CN': `报告未见规定的组成部分${missing.map((part) => `“${REPORT_PART_LABELS[part]['zh-CN']}”`).join('')}（按一级标题判断）`,
      en: `The report has no section${plural ? 's' : ''} for the required part${plural ? 's' : ''} ${enParts(missing)} (judged from its top-level headings)`,
    },
  };
}

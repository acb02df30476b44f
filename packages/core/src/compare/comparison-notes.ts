import type { Figure } from '../compute/types.js';
import { formatPeriod } from '../format/format-date.js';
import { formatQuantity, type QuantityLike } from '../format/format-quantity.js';
import { localized } from '../format/localized.js';
import { unitLabel } from '../format/unit-label.js';
import { rateFormulaKind, type IndicatorKind, type RateFormula, type RateFormulaKind } from '../schema/indicator.js';
import type { Issuer } from '../schema/issuer.js';
import type { Locale, BilingualText, LocalizedText } from '../schema/localized-text.js';
import type { Period } from '../schema/report.js';
import { formatChange } from './format-change.js';
import { bilingual } from './note.js';
import type { PriorFigure } from './prior-figures.js';
import type { Change, ComparisonNote } from './types.js';

/** The two periods compared, for messages. */
export interface ComparedPeriods {
  readonly previous: Period;
  readonly current: Period;
}

const name = (label: LocalizedText, locale: Locale) => localized(label, locale);
const period = (value: Period, locale: Locale) => formatPeriod(value, { locale });
const figure = (value: QuantityLike, locale: Locale) => formatQuantity(value, { locale, maximumFractionDigits: 2 });
const unit = (value: Figure, locale: Locale) => unitLabel(value.unit, { locale });

const KIND_NAMES: Readonly<Record<IndicatorKind, BilingualText>> = {
  count: { 'zh-CN': '数量', en: 'a count' },
  amount: { 'zh-CN': '金额', en: 'an amount of money' },
  measure: { 'zh-CN': '度量', en: 'a measure' },
  rate: { 'zh-CN': '比率', en: 'a rate' },
  breakdown: { 'zh-CN': '分项', en: 'a breakdown' },
};

/** The same indicator is counted in different units in the two periods. */
export function differentUnitsNote(ids: readonly string[], label: LocalizedText, from: Figure, to: Figure, periods: ComparedPeriods): ComparisonNote {
  return {
    code: 'different-units',
    severity: 'warning',
    indicatorIds: ids,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”${period(periods.previous, locale)}以“${unit(from, locale)}”计，${period(periods.current, locale)}以“${unit(to, locale)}”计：单位不同，不作比较`,
      en: (locale) =>
        `“${name(label, locale)}” is counted in ${unit(from, locale)} in ${period(periods.previous, locale)} and in ${unit(to, locale)} in ${period(periods.current, locale)}: different units are not compared`,
    }),
  };
}

/** The same id is a different kind of indicator in the two periods. */
export function differentKindNote(id: string, label: LocalizedText, from: IndicatorKind, to: IndicatorKind, periods: ComparedPeriods): ComparisonNote {
  return {
    code: 'different-kind',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”${period(periods.previous, locale)}为${KIND_NAMES[from][locale]}，${period(periods.current, locale)}为${KIND_NAMES[to][locale]}：指标类型不同，不作比较`,
      en: (locale) =>
        `“${name(label, locale)}” is ${KIND_NAMES[from][locale]} in ${period(periods.previous, locale)} but ${KIND_NAMES[to][locale]} in ${period(periods.current, locale)}: not compared`,
    }),
  };
}

/** A rate is computed over different denominators in the two periods. */
export function differentBaseNote(id: string, label: LocalizedText, from: LocalizedText, to: LocalizedText, periods: ComparedPeriods): ComparisonNote {
  return {
    code: 'different-base',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”${period(periods.previous, locale)}以“${name(from, locale)}”为基数，${period(periods.current, locale)}以“${name(to, locale)}”为基数：基数不同，百分点变化没有意义，不作比较`,
      en: (locale) =>
        `“${name(label, locale)}” is a share of ${name(from, locale)} in ${period(periods.previous, locale)} but of ${name(to, locale)} in ${period(periods.current, locale)}: with different bases a change in percentage points would mislead, so it is not compared`,
    }),
  };
}

const FORMULA_NAMES: Readonly<Record<RateFormulaKind, BilingualText>> = {
  ratio: { 'zh-CN': '比率（分子÷分母）', en: 'a ratio (numerator ÷ denominator)' },
  growth: { 'zh-CN': '同比增减幅度', en: 'a year-on-year change' },
  multiple: { 'zh-CN': '倍数（分子÷分母）', en: 'a multiple (numerator ÷ denominator, in times)' },
};
const formulaName = (formula: RateFormula | undefined) => FORMULA_NAMES[rateFormulaKind(formula)];

/** A rate is a ratio in one period and a year-on-year change in the other. */
export function differentFormulaNote(
  id: string,
  label: LocalizedText,
  from: RateFormula | undefined,
  to: RateFormula | undefined,
  periods: ComparedPeriods,
): ComparisonNote {
  return {
    code: 'different-formula',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”${period(periods.previous, locale)}为${formulaName(from)[locale]}，${period(periods.current, locale)}为${formulaName(to)[locale]}：计算方式不同，不作比较`,
      en: (locale) =>
        `“${name(label, locale)}” is ${formulaName(from)[locale]} in ${period(periods.previous, locale)} but ${formulaName(to)[locale]} in ${period(periods.current, locale)}: not compared`,
    }),
  };
}

/** What a breakdown without an outcome codelist uses, in words. */
const NO_CODELIST: Readonly<Record<Locale, string>> = { 'zh-CN': '无', en: 'none' };

/** A breakdown uses different outcome codelists in the two periods. */
export function differentCodelistNote(id: string, label: LocalizedText, from: string | undefined, to: string | undefined): ComparisonNote {
  const list = (value: string | undefined, locale: Locale) => value ?? NO_CODELIST[locale];
  return {
    code: 'different-codelist',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”两期使用不同的分类（${list(from, locale)}、${list(to, locale)}）：只比较总数，不比较分项`,
      en: (locale) =>
        `“${name(label, locale)}” uses different category lists (${list(from, locale)}, ${list(to, locale)}): only the totals are compared, not the parts`,
    }),
  };
}

/** Qualified figures whose change cannot be known ("500余" → "600余"). */
export function indeterminateChangeNote(
  ids: readonly string[],
  label: LocalizedText,
  from: QuantityLike,
  to: QuantityLike,
  periods: ComparedPeriods,
): ComparisonNote {
  return {
    code: 'indeterminate-change',
    severity: 'warning',
    indicatorIds: ids,
    message: bilingual({
      'zh-CN': (locale) =>
        `“${name(label, locale)}”${period(periods.previous, locale)}为${figure(from, locale)}，${period(periods.current, locale)}为${figure(to, locale)}：两个数字的限定（余、以上、约等）使增减无法确定，不给出变化`,
      en: (locale) =>
        `“${name(label, locale)}” was ${figure(from, locale)} in ${period(periods.previous, locale)} and ${figure(to, locale)} in ${period(periods.current, locale)}: with these qualifiers the change cannot be known, so none is given`,
    }),
  };
}

/** A change that is a bound or an approximation, not an exact figure. */
export function qualifiedChangeNote(ids: readonly string[], label: LocalizedText, change: Extract<Change, { defined: true }>): ComparisonNote {
  const approximate = change.qualifier === 'approximately';
  return {
    code: 'qualified-change',
    severity: 'info',
    indicatorIds: ids,
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的变化${approximate ? '只是约数' : '只是由限定词推出的界限'}，不是确切值：${formatChange(change, { locale })}`,
      en: (locale) =>
        `The change in “${name(label, locale)}” is ${approximate ? 'only approximate' : 'only a bound implied by the qualifiers'}, not an exact figure: ${formatChange(change, { locale })}`,
    }),
  };
}

/** Figures in 倍, which reports use both for "N times" and "grew by N times". */
export function notComparableNote(id: string, label: LocalizedText): ComparisonNote {
  return {
    code: 'not-comparable',
    severity: 'info',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”以“倍”表述，既可能指“为…倍”也可能指“增长…倍”，不自动比较`,
      en: (locale) =>
        `“${name(label, locale)}” is stated in 倍 (“times”), which reports use both for “N times as much” and “grew by N times”: not compared automatically`,
    }),
  };
}

/** One side has no value to compare. */
export function noValueNote(id: string, label: LocalizedText, missing: Period): ComparisonNote {
  return {
    code: 'no-value',
    severity: 'info',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”在${period(missing, locale)}既无所述数值、也无法由分子分母算出，不作比较`,
      en: (locale) => `“${name(label, locale)}” has neither a stated value nor computable parts in ${period(missing, locale)}: not compared`,
    }),
  };
}

/** The current report quotes a prior-period figure that differs from the previous report's own. */
export function quotedPriorDiffersNote(id: string, label: LocalizedText, prior: PriorFigure, own: QuantityLike, periods: ComparedPeriods): ComparisonNote {
  return {
    code: 'quoted-prior-differs',
    severity: 'warning',
    indicatorIds: [id],
    expected: own.value,
    actual: prior.quantity.value,
    message: bilingual({
      'zh-CN': (locale) =>
        `${period(periods.current, locale)}报告称“${name(label, locale)}”${period(prior.period, locale)}为${figure(prior.quantity, locale)}，而${period(periods.previous, locale)}报告本身所述为${figure(own, locale)}；两者分别保留，不合并`,
      en: (locale) =>
        `The ${period(periods.current, locale)} report quotes “${name(label, locale)}” for ${period(prior.period, locale)} as ${figure(prior.quantity, locale)}, but the ${period(periods.previous, locale)} report itself states ${figure(own, locale)}; both are kept, attributed to their reports`,
    }),
  };
}

/** Entries of `extensions.priorFigures` that do not follow the convention. */
export function invalidPriorFigureNote(id: string, label: LocalizedText, positions: readonly number[]): ComparisonNote {
  const where = positions.includes(-1) ? '' : positions.map((position) => position + 1).join(', ');
  return {
    code: 'invalid-prior-figure',
    severity: 'warning',
    indicatorIds: [id],
    message: bilingual({
      'zh-CN': (locale) => `“${name(label, locale)}”的 extensions.priorFigures ${where ? `第${where}项` : ''}格式无效，已忽略`,
      en: (locale) =>
        `“${name(label, locale)}” has ${where ? `invalid extensions.priorFigures entries (${where})` : 'an extensions.priorFigures that is not a list'}: ignored`,
    }),
  };
}

/** The two reports come from different issuers. */
export function differentIssuerNote(previous: Issuer, current: Issuer): ComparisonNote {
  return {
    code: 'different-issuer',
    severity: 'info',
    indicatorIds: [],
    message: bilingual({
      'zh-CN': () => `比较的是两个不同机关的报告：${previous.name}、${current.name}；指标口径可能不同`,
      en: () =>
        `The reports come from different bodies (${previous.nameEn ?? previous.name}; ${current.nameEn ?? current.name}): their figures may be defined differently`,
    }),
  };
}

/** The "current" report's period does not come after the "previous" one's. */
export function periodOrderNote(periods: ComparedPeriods): ComparisonNote {
  return {
    code: 'period-order',
    severity: 'warning',
    indicatorIds: [],
    message: bilingual({
      'zh-CN': (locale) =>
        `同一机关的“本期”报告（${period(periods.current, locale)}）并不晚于“上期”报告（${period(periods.previous, locale)}）：请检查两份报告的先后`,
      en: (locale) =>
        `The current report (${period(periods.current, locale)}) does not come after the previous one (${period(periods.previous, locale)}) of the same body: check their order`,
    }),
  };
}

import { CODELISTS } from '../codelists/index.js';
import { unitLabel } from '../format/unit-label.js';
import type { Indicator } from '../schema/indicator.js';
import type { BilingualText, LocalizedText } from '../schema/localized-text.js';
import { isRef, type Operand } from '../schema/operand.js';
import { unitKey, type Unit } from '../schema/unit.js';

/** The denominator a rate is computed over, as a stable key and in words. */
export interface RateBase {
  /** `ref:litigation.outcomes#group:heard`, `ref:petitions.accepted`, `inline:件`. */
  readonly key: string;
  readonly ref?: string;
  readonly group?: string;
  readonly part?: string;
  /** The base in words: the referred indicator's label, with its group or category. */
  readonly label: BilingualText;
}

/**
 * A stable key for a rate's denominator, so that two rates can be told to share a base or not: the
 * referred indicator id (with its group or part), or `inline:` and the unit of an inline figure;
 * `undefined` when no denominator is stated. Indicator ids are stable across reports, so the same key
 * means the same base.
 *
 * @example
 * ```ts
 * rateBaseKey({ ref: 'reconsideration.outcomes', group: 'concluded' }); // 'ref:reconsideration.outcomes#group:concluded'
 * ```
 */
export function rateBaseKey(denominator: Operand | undefined): string | undefined {
  if (!denominator) return undefined;
  if (!isRef(denominator)) return `inline:${unitKey(denominator.quantity.unit)}`;
  if (denominator.group !== undefined) return `ref:${denominator.ref}#group:${denominator.group}`;
  if (denominator.part !== undefined) return `ref:${denominator.ref}#part:${denominator.part}`;
  return `ref:${denominator.ref}`;
}

function subLabel(target: Indicator | undefined, denominator: { group?: string; part?: string }): LocalizedText | undefined {
  const codelist = target?.kind === 'breakdown' && target.codelist ? CODELISTS[target.codelist] : undefined;
  if (denominator.group !== undefined) return codelist?.groups[denominator.group] ?? { 'zh-CN': denominator.group };
  if (denominator.part === undefined) return undefined;
  const part = target?.kind === 'breakdown' ? target.parts.find((candidate) => candidate.category === denominator.part) : undefined;
  return part?.label ?? codelist?.categories.find((category) => category.code === denominator.part)?.label ?? { 'zh-CN': denominator.part };
}

/**
 * A rate's base — its denominator — with a key ({@link rateBaseKey}) and a label in words, looked up
 * among the report's indicators: "滨海新区人民法院受理行政诉讼案件（已开庭）". `undefined` when no
 * denominator is stated.
 *
 * @example
 * ```ts
 * rateBase({ ref: 'litigation.outcomes', group: 'heard' }, indicatorsById)?.label.en;
 * // 'Administrative suits before the Binhai New Area People’s Court (Heard in court)'
 * ```
 */
export function rateBase(denominator: Operand | undefined, indicators: ReadonlyMap<string, Indicator>): RateBase | undefined {
  const key = rateBaseKey(denominator);
  if (!denominator || key === undefined) return undefined;
  if (!isRef(denominator)) {
    const unit = denominator.quantity.unit;
    return {
      key,
      label: { 'zh-CN': `所述分母（${unitLabel(unit, { locale: 'zh-CN' })}）`, en: `the stated denominator (${unitLabel(unit, { locale: 'en' })})` },
    };
  }
  const target = indicators.get(denominator.ref);
  const main: LocalizedText = target?.label ?? { 'zh-CN': denominator.ref };
  const sub = subLabel(target, denominator);
  const zh = sub ? `${main['zh-CN']}（${sub['zh-CN']}）` : main['zh-CN'];
  const mainEn = main.en ?? main['zh-CN'];
  const en = sub ? `${mainEn} (${sub.en ?? sub['zh-CN']})` : mainEn;
  return {
    key,
    ref: denominator.ref,
    ...(denominator.group !== undefined && { group: denominator.group }),
    ...(denominator.part !== undefined && { part: denominator.part }),
    label: { 'zh-CN': zh, en },
  };
}

/**
 * The base of a pooled year-on-year change: the earlier figures, in their unit. A change is always
 * measured against its own indicator's figure of the year before, however each report gives it (inline
 * or by reference), so the key names only the unit.
 *
 * @example
 * ```ts
 * growthBase('件').label['zh-CN']; // '上期数（件）'
 * ```
 */
export function growthBase(unit: Unit): RateBase {
  return {
    key: `growth:${unitKey(unit)}`,
    label: { 'zh-CN': `上期数（${unitLabel(unit, { locale: 'zh-CN' })}）`, en: `the figures of the year before (${unitLabel(unit, { locale: 'en' })})` },
  };
}

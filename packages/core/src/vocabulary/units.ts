import type { LocalizedText } from '../schema/localized-text.js';

/** Count units, as written in reports. Different count units never add up (批次 is not 人次). */
export const COUNT_UNITS = [
  '件',
  '起',
  '宗',
  '个',
  '次',
  '场',
  '场次',
  '批次',
  '件次',
  '人',
  '名',
  '人次',
  '户',
  '户次',
  '家',
  '家次',
  '个次',
  '项',
  '条',
  '份',
] as const;

/** Every built-in unit code: counts, money (元, the base for 万元/亿元), percent, percentage points, 倍, rank 位. */
export const UNIT_CODES = [...COUNT_UNITS, '元', 'percent', 'percentage_point', '倍', '位'] as const;

/** A built-in unit code. */
export type UnitCode = (typeof UNIT_CODES)[number];

/** A count unit code. */
export type CountUnit = (typeof COUNT_UNITS)[number];

/**
 * What a unit measures, which decides what may be summed and how values are checked. Only counts and
 * money add up; durations, lengths, areas, weights and volumes (custom units such as 学时, 公里, 平方米,
 * 吨) are measures.
 */
export const UNIT_DIMENSIONS = ['count', 'money', 'percent', 'percentage_point', 'multiple', 'rank', 'duration', 'distance', 'area', 'weight', 'volume'] as const;

/** One of {@link UNIT_DIMENSIONS}. */
export type UnitDimension = (typeof UNIT_DIMENSIONS)[number];

/** A unit outside the built-in list, with its own label. */
export interface CustomUnit {
  /** The unit as written, e.g. 公里. */
  custom: string;
  label: LocalizedText;
  /** What it measures; `count` when absent. */
  dimension?: UnitDimension | undefined;
}

/** A built-in unit code or a custom unit. */
export type Unit = UnitCode | CustomUnit;

/** How a unit is named: zh-CN as written after a number, English singular and plural. */
export interface UnitInfo {
  readonly dimension: UnitDimension;
  readonly zh: string;
  readonly en: { readonly one: string; readonly other: string };
}

/** Labels and dimension of every built-in unit. */
export const UNIT_INFO: Readonly<Record<UnitCode, UnitInfo>> = /* @__PURE__ */ withCountUnits({
  元: { dimension: 'money', zh: '元', en: { one: 'yuan', other: 'yuan' } },
  percent: { dimension: 'percent', zh: '%', en: { one: '%', other: '%' } },
  percentage_point: {
    dimension: 'percentage_point',
    zh: '个百分点',
    en: { one: 'percentage point', other: 'percentage points' },
  },
  倍: { dimension: 'multiple', zh: '倍', en: { one: 'times', other: 'times' } },
  位: { dimension: 'rank', zh: '位', en: { one: 'place', other: 'place' } },
});

/**
 * The count units' entries, then `others`. A count unit is written after a number as its own code; its
 * English singular/plural are listed in {@link COUNT_UNITS} order (one table rather than twenty
 * objects: the browser bundle carries each code once).
 */
// @__NO_SIDE_EFFECTS__
function withCountUnits(others: Record<Exclude<UnitCode, CountUnit>, UnitInfo>): Record<UnitCode, UnitInfo> {
  const english = `item/items case/cases case/cases unit/units time/times session/sessions session/sessions
    batch/batches item-time/item-times person/people person/people person-visit/person-visits
    household/households household-visit/household-visits business/businesses
    business-visit/business-visits unit-visit/unit-visits item/items item/items copy/copies`.split(/\s+/);
  const info = {} as Record<UnitCode, UnitInfo>;
  COUNT_UNITS.forEach((unit, index) => {
    const [one = '', other = ''] = english[index]!.split('/');
    info[unit] = { dimension: 'count', zh: unit, en: { one, other } };
  });
  return Object.assign(info, others);
}

/** The dimension of a unit: built-in from {@link UNIT_INFO}, custom from its declaration (default `count`). */
export function unitDimension(unit: Unit): UnitDimension {
  return typeof unit === 'string' ? UNIT_INFO[unit].dimension : (unit.dimension ?? 'count');
}

/** A stable key for a unit, so that two units can be compared: the code, or `custom:` and the custom name. */
export function unitKey(unit: Unit): string {
  return typeof unit === 'string' ? unit : `custom:${unit.custom}`;
}

/** The label of a custom unit, or undefined for a built-in one. */
export function customUnitLabel(unit: Unit): LocalizedText | undefined {
  return typeof unit === 'string' ? undefined : unit.label;
}

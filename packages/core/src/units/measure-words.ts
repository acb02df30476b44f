import type { UnitDimension } from '../schema/unit.js';

/**
 * What a measure word (量词) counts or measures. Finer than the schema's {@link UnitDimension}:
 * `person` is a count of people (人, 名, 位, 人次), which the schema stores as `count`.
 */
export type MeasureClass = 'count' | 'person' | 'money' | 'duration' | 'distance' | 'area' | 'weight' | 'volume';

/** One measure word or compound unit as written after a number, with what it measures and its English name. */
export interface MeasureWord {
  readonly word: string;
  readonly measures: MeasureClass;
  readonly en: { readonly one: string; readonly other: string };
}

const word = (written: string, measures: MeasureClass, one: string, other = `${one}s`): MeasureWord => ({
  word: written,
  measures,
  en: { one, other },
});

/**
 * Individual measure words (个体量词) that count things done or dealt with in these reports. Words
 * that far more often start another word than count (对 对于, 根 根据, 包 包括, 只 只有, 部 部门,
 * 道 道路, 面 面向, 单 单位, 方 方面) are left out: a miss is cheaper than a
 * false figure, and the regular scan would see "3部门" as three of something.
 */
// prettier-ignore
const INDIVIDUAL: readonly MeasureWord[] = [
  word('件', 'count', 'item'), word('起', 'count', 'case'), word('宗', 'count', 'case'), word('个', 'count', 'unit'),
  word('次', 'count', 'time'), word('场', 'count', 'session'), word('项', 'count', 'item'), word('条', 'count', 'item'),
  word('份', 'count', 'copy', 'copies'), word('篇', 'count', 'article'), word('期', 'count', 'issue'),
  word('册', 'count', 'copy', 'copies'), word('本', 'count', 'volume'), word('张', 'count', 'sheet'),
  word('幅', 'count', 'piece'), word('块', 'count', 'board'), word('套', 'count', 'set'), word('台', 'count', 'machine'),
  word('辆', 'count', 'vehicle'), word('艘', 'count', 'vessel'), word('架', 'count', 'aircraft', 'aircraft'),
  word('所', 'count', 'institution'), word('支', 'count', 'team'), word('座', 'count', 'site'), word('处', 'count', 'place'),
  word('批', 'count', 'batch', 'batches'), word('卷', 'count', 'file'), word('家', 'count', 'business', 'businesses'),
  word('户', 'count', 'household'), word('栋', 'count', 'building'), word('幢', 'count', 'building'),
  word('间', 'count', 'room'), word('棵', 'count', 'tree'), word('株', 'count', 'plant'), word('头', 'count', 'head', 'head'),
  word('箱', 'count', 'box', 'boxes'), word('袋', 'count', 'bag'), word('瓶', 'count', 'bottle'), word('盒', 'count', 'box', 'boxes'),
  word('桶', 'count', 'barrel'), word('枚', 'count', 'piece'), word('轮', 'count', 'round'), word('届', 'count', 'session'),
  word('组', 'count', 'group'), word('队', 'count', 'team'), word('类', 'count', 'category', 'categories'),
  word('种', 'count', 'kind'), word('例', 'count', 'case'), word('笔', 'count', 'transaction'), word('堂', 'count', 'class', 'classes'),
  word('节', 'count', 'class', 'classes'), word('门', 'count', 'course'), word('封', 'count', 'letter'), word('通', 'count', 'call'),
  word('人', 'person', 'person', 'people'),
  word('名', 'person', 'person', 'people'), word('位', 'person', 'person', 'people'), word('元', 'money', 'yuan', 'yuan'),
];

/** Heads of compound "X次" units (人次, 辆次…): X counted once per occasion. */
// prettier-ignore
const OCCASION_HEADS: readonly (readonly [string, MeasureClass, string])[] = [
  ['人', 'person', 'person-visit'], ['户', 'count', 'household-visit'], ['家', 'count', 'business-visit'],
  ['件', 'count', 'item-time'], ['个', 'count', 'unit-visit'], ['场', 'count', 'session'], ['批', 'count', 'batch'],
  ['辆', 'count', 'vehicle-trip'], ['艘', 'count', 'vessel-trip'], ['车', 'count', 'vehicle-trip'], ['架', 'count', 'sortie'],
  ['台', 'count', 'machine-time'], ['班', 'count', 'shift'], ['航', 'count', 'voyage'], ['队', 'count', 'team-time'],
  ['组', 'count', 'group-time'], ['单位', 'count', 'unit-visit'], ['船', 'count', 'vessel-trip'], ['期', 'count', 'issue'],
];

/** Units of time, length, area, weight and volume written after a number. 年, 月, 日 are left to dates. */
// prettier-ignore
const PHYSICAL: readonly MeasureWord[] = [
  word('个工作日', 'duration', 'working day'), word('工作日', 'duration', 'working day'), word('小时', 'duration', 'hour'),
  word('分钟', 'duration', 'minute'), word('学时', 'duration', 'class hour'), word('课时', 'duration', 'class hour'),
  word('天', 'duration', 'day'), word('个月', 'duration', 'month'),
  word('公里', 'distance', 'kilometre'), word('千米', 'distance', 'kilometre'), word('米', 'distance', 'metre'),
  word('平方公里', 'area', 'square kilometre'), word('平方米', 'area', 'square metre'), word('平米', 'area', 'square metre'),
  word('㎡', 'area', 'square metre'), word('亩', 'area', 'mu', 'mu'), word('公顷', 'area', 'hectare'),
  word('吨', 'weight', 'tonne'), word('公斤', 'weight', 'kilogram'), word('千克', 'weight', 'kilogram'), word('斤', 'weight', 'jin', 'jin'),
  word('立方米', 'volume', 'cubic metre'), word('升', 'volume', 'litre'),
];

/**
 * The closed class of measure words and compound units that reports write after a number, each
 * with what it measures: individual measure words (件, 起, 篇, 期, 座…), compound "X次" units
 * (人次, 户次, 家次, 件次, 辆次, 艘次, 车次, 场次, 批次…), people (人, 名, 位) and units of time,
 * length, area, weight and volume (学时, 公里, 平方米, 吨…). Money is 元 only: 万 and 亿 are
 * multipliers.
 */
export const MEASURE_WORDS: readonly MeasureWord[] = /* @__PURE__ */ (() => {
  const all = new Map<string, MeasureWord>();
  for (const entry of [...INDIVIDUAL, ...PHYSICAL]) all.set(entry.word, entry);
  for (const [head, measures, one] of OCCASION_HEADS) all.set(`${head}次`, word(`${head}次`, measures, one));
  all.set('个次', word('个次', 'count', 'unit-visit'));
  return [...all.values()];
})();

const BY_WORD = /* @__PURE__ */ new Map(MEASURE_WORDS.map((entry) => [entry.word, entry]));

/**
 * The measure word as written after a number, if it is one.
 *
 * @example
 * ```ts
 * measureWord('辆次'); // { word: '辆次', measures: 'count', en: { one: 'vehicle-trip', other: 'vehicle-trips' } }
 * measureWord('学时')?.measures; // 'duration'
 * ```
 */
export function measureWord(written: string): MeasureWord | undefined {
  return BY_WORD.get(written);
}

/**
 * The schema's unit dimension of a measure class: people are counts.
 *
 * @example
 * ```ts
 * dimensionOfMeasure('person'); // 'count'
 * dimensionOfMeasure('area'); // 'area'
 * ```
 */
export function dimensionOfMeasure(measures: MeasureClass): UnitDimension {
  return measures === 'person' ? 'count' : measures;
}

import { COUNT_UNITS, type CustomUnit, type Unit, type UnitCode, type UnitDimension } from '../schema/unit.js';
import { dimensionOfMeasure, measureWord, MEASURE_WORDS } from '../units/measure-words.js';

/** Unit words that are not measure words: percent, percentage points, multiples. */
const SPECIAL_UNITS: Readonly<Record<string, UnitCode>> = {
  个百分点: 'percentage_point',
  百分点: 'percentage_point',
  '%': 'percent',
  '％': 'percent',
  倍: '倍',
  位: '位',
};

const BUILT_IN = new Set<string>(COUNT_UNITS);

/**
 * Spans of time that reports write as deadlines and limits ("3个工作日内办结", "缩短至5天"), not as
 * results: not scanned as units. Study hours (学时, 课时) are results and are scanned.
 */
const DEADLINE_WORDS = new Set(['个工作日', '工作日', '个月', '天', '小时', '分钟']);

/** Every unit word, longest first, so that a regular expression alternation prefers 人次 to 人. */
export const UNIT_WORDS: readonly string[] = [
  ...Object.keys(SPECIAL_UNITS),
  ...MEASURE_WORDS.map((entry) => entry.word).filter((written) => !DEADLINE_WORDS.has(written)),
].sort((a, b) => b.length - a.length);

/**
 * What may not follow a unit word for it to be a unit: 3个月 is a duration, 3家庭 not 3 businesses,
 * 人民 not persons. Checked on the characters right after the unit word.
 */
const BLOCKED_CONTINUATIONS: Readonly<Record<string, readonly string[]>> = {
  个: ['月', '工作日', '小时', '星期', '季度', '年度', '多月', '半月', '自然日'],
  家: ['庭', '属', '长', '具', '园', '乡', '风'],
  人: ['民', '大', '才'],
  名: ['单', '称', '义', '录'],
  次: ['性'],
  场: ['所', '地', '景', '馆', '合'],
  位: ['于', '置'],
  条: ['例', '件', '款'],
  项: ['目'],
  户: ['籍', '口', '外'],
  份: ['额'],
  元: ['旦', '素', '宵'],
  起: ['草', '点', '步', '始', '来', '到', '源', '因'],
  期: ['间', '限', '满', '末', '初', '刊'],
  处: ['罚', '理', '置', '分', '长', '室', '级', '于', '以'],
  所: ['属', '在', '有', '以', '得', '长'],
  支: ['持', '付', '出', '部'],
  台: ['账', '阶'],
  座: ['谈'],
  张: ['贴'],
  块: ['钱'],
  批: ['准', '复', '评', '示', '办'],
  套: ['餐'],
  卷: ['宗', '入', '烟'],
  本: ['级', '年', '次', '市', '区', '县', '镇', '单位', '部门', '职', '地', '领域', '系统', '着', '身', '人'],
  类: ['型', '别', '似'],
  种: ['类', '植', '子'],
  门: ['户', '类', '诊', '口', '槛'],
  组: ['织', '成', '建', '长'],
  队: ['伍', '员'],
  间: ['接', '隔', '隙'],
  节: ['日', '假', '点', '约', '能'],
  通: ['过', '知', '报', '道', '畅', '用', '信', '讯'],
  笔: ['录'],
  例: ['会', '行', '如'],
  届: ['满'],
  轮: ['换'],
  头: ['部'],
  天: ['然', '下', '津', '网'],
  米: ['粮'],
  升: ['级', '学', '至', '入', '值', '格', '高'],
  堂: ['课'],
};

/**
 * The unit a unit word stands for: a built-in code, or a custom count unit for the measure words
 * reports also count in (篇, 期…). Undefined for a word that is not a unit.
 *
 * @example
 * ```ts
 * unitFromWord('％'); // 'percent'
 * unitFromWord('个百分点'); // 'percentage_point'
 * unitFromWord('篇'); // { custom: '篇', label: { 'zh-CN': '篇', en: 'articles' }, dimension: 'count' }
 * unitFromWord('学时'); // { custom: '学时', label: { 'zh-CN': '学时', en: 'class hours' }, dimension: 'duration' }
 * ```
 */
export function unitFromWord(word: string): Unit | undefined {
  const special = SPECIAL_UNITS[word];
  if (special) return special;
  if (word === '元' || BUILT_IN.has(word)) return word as UnitCode;
  const entry = measureWord(word);
  if (entry === undefined) return undefined;
  const custom: CustomUnit = { custom: word, label: { 'zh-CN': word, en: entry.en.other }, dimension: dimensionOfMeasure(entry.measures) };
  return custom;
}

/**
 * True when the text right after a unit word shows it is part of another word (3个月, 3家庭, 人民).
 *
 * @example
 * ```ts
 * unitIsBlocked('个', '月内办结'); // true
 * unitIsBlocked('件', '，其中'); // false
 * ```
 */
export function unitIsBlocked(word: string, following: string): boolean {
  const last = word.slice(-1);
  const blocked = BLOCKED_CONTINUATIONS[word] ?? (word.length > 1 ? undefined : BLOCKED_CONTINUATIONS[last]);
  return blocked?.some((continuation) => following.startsWith(continuation)) ?? false;
}

/**
 * The zh-CN word of a unit, as written after a number.
 *
 * @example
 * ```ts
 * unitWord('percentage_point'); // '个百分点'
 * ```
 */
export function unitWord(unit: Unit): string {
  if (typeof unit !== 'string') return unit.custom;
  if (unit === 'percent') return '%';
  if (unit === 'percentage_point') return '个百分点';
  return unit;
}

/**
 * What a unit measures, without importing the schema at run time (the extractor stays light).
 *
 * @example
 * ```ts
 * unitKind('元'); // 'money'
 * ```
 */
export function unitKind(unit: Unit): UnitDimension {
  if (typeof unit !== 'string') return unit.dimension ?? 'count';
  switch (unit) {
    case '元':
      return 'money';
    case 'percent':
      return 'percent';
    case 'percentage_point':
      return 'percentage_point';
    case '倍':
      return 'multiple';
    case '位':
      return 'rank';
    default:
      return 'count';
  }
}

/**
 * True for units whose figures add up: counts and money (a breakdown's parts, a rate's operands).
 *
 * @example
 * ```ts
 * isAdditive('件'); // true
 * isAdditive('percent'); // false
 * ```
 */
export function isAdditive(unit: Unit): boolean {
  const kind = unitKind(unit);
  return kind === 'count' || kind === 'money';
}

/** English slug of a unit, for ids: 人次 → person_visits. */
export const UNIT_SLUGS: Readonly<Record<UnitCode, string>> = {
  件: 'items',
  起: 'cases',
  宗: 'cases',
  个: 'units',
  次: 'times',
  场: 'sessions',
  场次: 'sessions',
  批次: 'batches',
  件次: 'item_times',
  人: 'persons',
  名: 'persons',
  人次: 'person_visits',
  户: 'households',
  户次: 'household_visits',
  家: 'businesses',
  家次: 'business_visits',
  个次: 'unit_visits',
  项: 'items',
  条: 'items',
  份: 'copies',
  元: 'amount',
  percent: 'share',
  percentage_point: 'change',
  倍: 'multiple',
  位: 'rank',
};

/**
 * A slug for a unit, for building ids.
 *
 * @example
 * ```ts
 * unitSlug('人次'); // 'person_visits'
 * ```
 */
export function unitSlug(unit: Unit): string {
  return typeof unit === 'string' ? UNIT_SLUGS[unit] : (measureWord(unit.custom)?.en.other.replace(/[^a-z]+/g, '_') ?? 'items');
}

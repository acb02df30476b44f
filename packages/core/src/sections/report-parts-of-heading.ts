import { REPORT_PARTS, type ReportPart } from '../schema/report-part.js';

/** Options of {@link reportPartsOfHeading}. */
export interface ReportPartsOfHeadingOptions {
  /**
   * The reporting year. A later year in the heading then marks next year's plan by itself
   * ("2024年工作" in the 2023 report), even without a word such as 计划 or 打算.
   */
  readonly year?: number;
}

/** A year as written: 2024, or 二〇二四 / 二零二四. */
const YEAR = String.raw`(\d{4}|[〇○零一二三四五六七八九]{4})年`;

/** Chinese digits by value; ○ and 零 are also written for 〇. */
const NUMERALS = '〇一二三四五六七八九';

/** The heading's own number, if it kept it: 一、 (一) 1. 1、 第一部分 第二章. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百〇零\d]+(?:部分|章|节|篇)|\([一二三四五六七八九十百〇零\d]+\)|[一二三四五六七八九十百〇零]+[、.]|\d{1,2}[、.](?!\d))/u;

/**
 * Where one part of a folded heading ends and the next begins: 存在问题|及|下步打算. Splitting a word
 * such as 和谐 or 参与 by mistake is harmless: no marker below spans these characters.
 */
const CLAUSE_BREAK = /以及|[及和与暨并、,;:()。]/u;

/** 其他需要报告的情况, 其他需要说明的事项, 其他事项. */
const OTHER = /其[他它][^,]{0,8}?(?:报告|说明)|^其[他它](?:事项|情况)?$/u;

/**
 * 第一责任人, 党政主要负责人, 主要负责同志, 主要领导, and 履行…职责 (but not 履行政府职责, a measure).
 */
const LEADERSHIP = /第一责任人|主要负责(?:人|同志)|党政(?:主要)?负责|主要领导|履行(?!政府|部门)[^,]{0,20}?职责/u;

/** Unless the clause reports how an earlier plan was carried out: 计划完成情况, 目标任务落实情况. */
const NOT_CARRIED_OUT = String.raw`(?![^,]{0,4}?(?:完成|落实|执行|实施|推进|进展))`;

/**
 * 下一年度, 下一步, 下步, 下阶段, 明年, 今后; 工作计划, 主要安排, 工作重点; 打算, 设想, 展望, 努力方向;
 * 改进措施, 整改举措.
 */
const NEXT_YEAR = new RegExp(
  [
    String.raw`下一?(?:年度?|步|阶段)`,
    '明年|来年|今后|新的一年|新一年',
    String.raw`(?<!完成|落实|执行)(?:计划|打算|设想|展望|努力方向)${NOT_CARRIED_OUT}`,
    String.raw`(?:(?:工作|主要|重点)(?:安排|思路)|工作重点)${NOT_CARRIED_OUT}`,
    String.raw`(?:改进|整改)(?:措施|举措|方向|思路)`,
  ].join('|'),
  'u',
);

/** A year followed by a word of planning: 2024年推进法治工作计划, 2024年工作重点, 2024年主要目标. */
const YEAR_PLAN = new RegExp(String.raw`${YEAR}度?[^\d〇○零一二三四五六七八九,]{0,12}?(?:计划|安排|打算|思路|设想|展望|重点|目标|任务)${NOT_CARRIED_OUT}`, 'u');

/** Any year. */
const YEARS = new RegExp(YEAR, 'gu');

/**
 * 不足, 短板, 弱项, 薄弱, 差距; 存在/面临的困难; 问题 — unless it is what the work remedied or solved:
 * 补齐法治短板, 弥补不足, 解决…问题 and 聚焦群众急难愁盼问题 are measures.
 */
const SHORTCOMINGS =
  /(?<!(?:补|加强|强化)[^,]{0,8})(?:不足|短板|弱项|薄弱)|差距|(?:存在|面临)的?[^,]{0,6}?(?:困难|挑战)|(?<!(?:解决|化解|整改|整治|破解|处理|回应|聚焦|排查|治理|预防)[^,]{0,12})问题/u;

/** 举措, 措施, 成效, 成绩, 成果, 做法, 亮点; 主要工作; 工作(开展)情况, 建设情况, 落实情况; 工作总结. */
const MEASURES =
  /举措|措施|成效|成绩|成果|做法|亮点|主要工作|基本情况|总体情况|工作[^,]{0,4}?情况|建设[^,]{0,4}?情况|(?:开展|推进|进展|完成|落实)情况|工作(?:总结|回顾)/u;

const yearOf = (written: string): number =>
  Number([...written.replace(/[○零]/gu, '〇')].map((char) => (NUMERALS.includes(char) ? NUMERALS.indexOf(char) : char)).join(''));

/**
 * Whether a clause plans ahead by its years: with the reporting year known, it names a later year; else,
 * a year followed by a word of planning.
 */
function plansByYear(clause: string, year: number | undefined): boolean {
  if (year === undefined) return YEAR_PLAN.test(clause);
  for (const match of clause.matchAll(YEARS)) if (yearOf(match[1]!) > year) return true;
  return false;
}

/**
 * Which of the five required parts of an annual report ({@link REPORT_PARTS}) a heading announces,
 * read from its words: 举措/成效/成绩/主要工作/工作情况 → `measures`; 不足/问题/短板/差距 →
 * `shortcomings`; 第一责任人/主要负责人/履行…职责 → `leadership`; 下一年度/下一步/明年/20XX年…计划,
 * 安排, 打算, 思路, 工作重点 → `next_year`; 其他需要报告的情况 → `other`. Numbering, years, full-width
 * characters and spaces do not matter.
 *
 * A heading that folds parts together gives each of them, in {@link REPORT_PARTS} order
 * ("存在问题及下步打算" → shortcomings and next_year). Everything after a mark of next year's plan
 * belongs to the plan: "下一步工作思路和举措" is a plan, not measures; "问题" is a shortcoming only
 * when it is not what the work solved ("聚焦群众急难愁盼问题" is a measure). A thematic heading
 * ("坚持党的领导,扎实推进法治政府建设") announces no part: `[]`.
 *
 * @example
 * ```ts
 * reportPartsOfHeading('一、2023年法治政府建设主要举措和成效');   // ['measures']
 * reportPartsOfHeading('二、履行推进法治建设第一责任人职责情况'); // ['leadership']
 * reportPartsOfHeading('三、存在问题及下步打算');                 // ['shortcomings', 'next_year']
 * reportPartsOfHeading('四、2024年推进法治工作计划');             // ['next_year']
 * reportPartsOfHeading('2024年工作', { year: 2023 });              // ['next_year']
 * reportPartsOfHeading('坚持党的领导,扎实推进法治政府建设');        // []
 * ```
 */
export function reportPartsOfHeading(heading: string, options: ReportPartsOfHeadingOptions = {}): ReportPart[] {
  // NFKC makes full-width digits, letters and ，；：（） half-width.
  const text = heading
    .normalize('NFKC')
    .replace(/[\s“”‘’"'《》〈〉【】[\]]/gu, '')
    .replace(NUMBERING, '');
  const found = new Set<ReportPart>();
  let planning = false;
  for (const clause of text.split(CLAUSE_BREAK)) {
    if (clause === '') continue;
    if (OTHER.test(clause)) {
      found.add('other');
      continue;
    }
    const leadership = LEADERSHIP.test(clause);
    if (leadership) found.add('leadership');
    if (NEXT_YEAR.test(clause) || plansByYear(clause, options.year)) {
      found.add('next_year');
      planning = true;
    }
    if (SHORTCOMINGS.test(clause)) found.add('shortcomings');
    if (!leadership && !planning && MEASURES.test(clause)) found.add('measures');
  }
  return REPORT_PARTS.filter((part) => found.has(part));
}

import type { Family } from '../schema/family.js';

/**
 * Words that name what a figure is about, by family. The leftmost word in a text decides (Chinese
 * puts the topic first); at one position the longest word wins.
 */
const FAMILY_WORDS: Readonly<Record<Exclude<Family, 'other'>, readonly string[]>> = {
  reconsideration: ['复议', '纠错'],
  litigation: ['行政诉讼', '诉讼', '应诉', '出庭', '败诉', '法院', '起诉', '撤诉', '庭审', '开庭', '诉讼案件'],
  petitions: ['信访', '来访', '来电', '来信', '接访', '下访', '热线', '12345', '诉求', '工单', '留言'],
  legal_advice: ['法律顾问', '公职律师', '法律意见', '合同', '法律事务', '律师'],
  decision_making: ['重大行政决策', '决策', '规范性文件', '合法性审查', '合法性审核', '备案审查', '报送备案', '备案率'],
  publicity: ['普法', '宣传', '讲座', '法治教育', '学法', '宪法', '宣讲', '法治文化', '培训', '法律知识'],
  environment: ['环保', '环境', '生态', '污染', '扬尘', '油烟', '噪音', '噪声', '大气', '秸秆', '排污', '优良天数', '空气质量', 'PM2.5'],
  enforcement: [
    '执法',
    '处罚',
    '罚款',
    '罚没',
    '检查',
    '履职',
    '案卷',
    '整治',
    '控烟',
    '劝阻',
    '查处',
    '查获',
    '行政许可',
    '行政强制',
    '立案',
    '巡查',
    '抽查',
    '双随机',
    '违法行为',
    '违章',
  ],
};

const WORD_FAMILY = new Map<string, Family>(Object.entries(FAMILY_WORDS).flatMap(([family, words]) => words.map((word) => [word, family as Family] as const)));

const FAMILY_PATTERN = new RegExp([...WORD_FAMILY.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * Blanks out the names inside 《…》: a law's title ("《行政复议法》宣传") says nothing about the topic.
 *
 * @example
 * ```ts
 * maskTitles('《行政复议法》宣传'); // '       宣传'
 * ```
 */
export function maskTitles(text: string): string {
  return text.replace(/《[^《》\n]*》/g, (title) => ' '.repeat(title.length));
}

/**
 * The family named first in a text, if any.
 *
 * @example
 * ```ts
 * familyOfText('共计受理行政复议案件'); // 'reconsideration'
 * familyOfText('在执行《天津市生活垃圾管理条例》上,出动执法队员'); // 'enforcement'
 * familyOfText('居住社区'); // undefined
 * ```
 */
export function familyOfText(text: string): Family | undefined {
  const word = firstFamilyWord(text);
  return word === undefined ? undefined : WORD_FAMILY.get(word);
}

/** The last text asked about and its answer: figures of one sentence ask about the same sentence in turn. */
let lastText: string | undefined;
let lastWord: string | undefined;

function firstFamilyWord(text: string): string | undefined {
  if (text === lastText) return lastWord;
  FAMILY_PATTERN.lastIndex = 0;
  const word = FAMILY_PATTERN.exec(text.includes('《') ? maskTitles(text) : text)?.[0];
  lastText = text;
  lastWord = word;
  return word;
}

/** Actors whose work spans other families: what a legal adviser does stays legal_advice. */
const ADVISER_WORDS = new Set(['法律顾问', '公职律师', '律师']);

/** Where a family guess came from, from the most to the least certain. */
export type FamilySource = 'clause' | 'sentence' | 'neighbour' | 'section' | 'none';

/** The texts a family is guessed from, nearest first. */
export interface FamilyContext {
  /** The words that belong to the figure itself (its label). */
  readonly clause: string;
  /** The whole sentence. */
  readonly sentence: string;
  /** The family of the figure before it in the same paragraph, if any. */
  readonly neighbour?: Family;
  /** The headings of its section and the sections above, innermost first. */
  readonly headings: readonly string[];
}

/**
 * Guesses the family of a figure from its clause, else its sentence, else the figure before it in
 * the paragraph ("…审结108件…。直接纠错率为12.04%"), else its section headings.
 * One exception: a sentence whose subject is the legal adviser ("法律顾问…参与行政复议、行政诉讼等工作45件")
 * stays legal_advice even where a clause names another family.
 *
 * @example
 * ```ts
 * guessFamily({ clause: '居住社区', sentence: '出动执法队员4237人次,检查居住社区1008个次', headings: [] });
 * // { family: 'enforcement', source: 'sentence' }
 * ```
 */
export function guessFamily(context: FamilyContext): { family: Family; source: FamilySource } {
  const sentenceWord = firstFamilyWord(context.sentence);
  const sentence = sentenceWord === undefined ? undefined : WORD_FAMILY.get(sentenceWord);
  if (sentenceWord !== undefined && ADVISER_WORDS.has(sentenceWord)) return { family: 'legal_advice', source: 'sentence' };
  const clause = familyOfText(context.clause);
  if (clause) return { family: clause, source: 'clause' };
  if (sentence) return { family: sentence, source: 'sentence' };
  if (context.neighbour !== undefined && context.neighbour !== 'other') return { family: context.neighbour, source: 'neighbour' };
  for (const heading of context.headings) {
    const family = familyOfText(heading);
    if (family) return { family, source: 'section' };
  }
  return { family: 'other', source: 'none' };
}

import type { JsonValue } from '../schema/json-value.js';
import type { BilingualText } from '../schema/localized-text.js';

/**
 * Why the extractor is less than sure about something, with how much each lowers the confidence
 * of an indicator. The codes go into `extensions.extraction.reasons`; the messages explain them.
 */
export const EXTRACTION_REASONS = {
  'chinese-numeral': { penalty: 0.3, 'zh-CN': '数字以汉字书写，请核对', en: 'The number is written in Chinese numerals: check it' },
  'custom-unit': { penalty: 0.15, 'zh-CN': '单位不在内置单位表中，已作为自定义计数单位', en: 'The unit is not a built-in one; kept as a custom count unit' },
  'qualifier-conflict': {
    penalty: 0.2,
    'zh-CN': '前后限定词含义冲突（如“约…余”），已按后者处理',
    en: 'Conflicting qualifiers (e.g. 约…余); the later one was kept',
  },
  'family-from-sentence': { penalty: 0.05, 'zh-CN': '类别由所在句子推断', en: 'The family was guessed from the sentence' },
  'family-from-neighbour': { penalty: 0.1, 'zh-CN': '类别沿用同段前一个数字的类别', en: 'The family follows the previous figure in the paragraph' },
  'family-from-section': { penalty: 0.15, 'zh-CN': '类别由所在章节标题推断', en: 'The family was guessed from the section heading' },
  'family-unknown': { penalty: 0.3, 'zh-CN': '无法判断类别，暂归入“其他”', en: 'No family could be told; filed under other' },
  'label-from-context': { penalty: 0.1, 'zh-CN': '名称取自数字后面的文字', en: 'The label was taken from the words after the figure' },
  'label-inherited': { penalty: 0.15, 'zh-CN': '名称沿用同一分句中前一个数字的名称', en: 'The label repeats that of the previous figure in the clause' },
  'label-is-figure': { penalty: 0.3, 'zh-CN': '找不到说明文字，名称即数字本身', en: 'No words describe the figure; the label is the figure itself' },
  'target-or-plan': { penalty: 0.3, 'zh-CN': '可能是目标或下一年度计划，而非本年度实绩', en: "Probably a target or next year's plan, not a result of the year" },
  'breakdown-parts-do-not-add-up': { penalty: 0.2, 'zh-CN': '各分项之和与合计不符', en: 'The parts do not add up to the total' },
  'breakdown-partial-list': { penalty: 0.05, 'zh-CN': '“包括/其中”列举的分项可能不完整', en: 'A 包括/其中 list may not name every part' },
  'breakdown-list-adds-up': {
    penalty: 0.05,
    'zh-CN': '“包括/其中”列举的分项之和等于合计，视为完整',
    en: 'The 包括/其中 list adds up to the total; taken as complete',
  },
  'breakdown-items-left-out': {
    penalty: 0.1,
    'zh-CN': '列举中有分项与合计口径不同（加入后超出合计），未计入',
    en: 'Listed items of another cut (they would overshoot the total) were left out of the breakdown',
  },
  'breakdown-by-arithmetic': {
    penalty: 0.1,
    'zh-CN': '分项按算术关系（之和恰等于附近所述合计）归组',
    en: 'The parts were grouped by arithmetic: they add up exactly to a total stated nearby',
  },
  'breakdown-mixed-units': { penalty: 0.05, 'zh-CN': '分项使用不同计数单位计入同一合计', en: 'The parts count in different units toward one total' },
  'category-not-in-codelist': { penalty: 0.1, 'zh-CN': '有分项未能对应到结果代码表', en: 'A part could not be mapped to the outcome codelist' },
  'category-ambiguous': { penalty: 0.15, 'zh-CN': '分项类别有歧义（如单独的“驳回”）', en: 'A part could mean more than one category (e.g. a bare 驳回)' },
  'rate-numerator-by-label': { penalty: 0.1, 'zh-CN': '分子按名称匹配到前文数字', en: 'The numerator was matched to an earlier figure by its label' },
  'rate-denominator-by-label': {
    penalty: 0.1,
    'zh-CN': '分母按名称（受理、收到）匹配到前文数字',
    en: 'The denominator was matched to an earlier figure received (受理, 收到)',
  },
  'rate-from-breakdown': { penalty: 0.1, 'zh-CN': '分子分母取自同类结果分项', en: 'Numerator and denominator were taken from the outcome breakdown' },
  'rate-bound-by-arithmetic': {
    penalty: 0.15,
    'zh-CN': '分子分母按算术关系（比值与所述比率一致）匹配，原文未明示',
    en: 'Numerator and denominator were matched by arithmetic alone (their ratio reproduces the stated rate)',
  },
  'rate-bound-by-arithmetic-and-cues': {
    penalty: 0.05,
    'zh-CN': '分子分母与所述比率一致，且与原文措辞相符',
    en: 'Numerator and denominator reproduce the stated rate and fit the wording',
  },
  'rate-bound-to-part-of-total': {
    penalty: 0.15,
    'zh-CN': '比率紧随某分项之后，按该分项与其合计计算',
    en: 'The rate follows a part of a stated total: bound to that part and total',
  },
  'rate-bound-to-prior-year': {
    penalty: 0.05,
    'zh-CN': '增幅按本年数与原文所引上年数计算',
    en: 'The growth is bound to the current figure and the earlier one the text quotes',
  },
  'rate-change-of-current': {
    penalty: 0.1,
    'zh-CN': '增减幅度已关联本期数；原文未给出上期数',
    en: 'The change is bound to its current figure; the text does not state the earlier one',
  },
  'rate-does-not-reconcile': {
    penalty: 0.3,
    'zh-CN': '按分子分母计算与所述比率不符，请核对原文',
    en: 'Numerator and denominator do not reproduce the stated rate: check the source',
  },
  'rate-other-readings': { penalty: 0.1, 'zh-CN': '另有其他分子分母组合也与所述比率一致', en: 'Other pairs of figures reproduce the stated rate too' },
  'rate-operands-not-stated': { penalty: 0.05, 'zh-CN': '原文未给出该比率的分子分母', en: 'The text does not give the numerator and denominator of this rate' },
  'percent-not-a-rate': { penalty: 0.1, 'zh-CN': '百分数未写明是何比率（占比或增幅）', en: 'The percentage does not say which rate it is (a share or a growth)' },
  'issuer-from-title': { penalty: 0.1, 'zh-CN': '发布机关取自标题', en: 'The issuer was taken from the title' },
  'issuer-from-signature': { penalty: 0.2, 'zh-CN': '发布机关取自落款', en: 'The issuer was taken from the signature' },
  'issuer-from-publisher': { penalty: 0.4, 'zh-CN': '发布机关取自网页来源', en: 'The issuer was taken from the page source' },
  'issuer-unknown': { penalty: 0.9, 'zh-CN': '找不到发布机关', en: 'No issuer was found' },
  'level-guessed': { penalty: 0.1, 'zh-CN': '行政级别由名称推断', en: 'The level was guessed from the name' },
  'level-unknown': { penalty: 0.3, 'zh-CN': '无法由名称判断行政级别', en: 'The level could not be told from the name' },
  'period-from-title': { penalty: 0.05, 'zh-CN': '报告期取自标题中的年份（按自然年）', en: 'The period is the calendar year named in the title' },
  'period-from-text': { penalty: 0.3, 'zh-CN': '报告期取自正文中最常出现的年份', en: 'The period is the year the text names most often' },
  'period-from-publication': { penalty: 0.3, 'zh-CN': '报告期按发布年份的上一年推断', en: 'The period is the year before publication' },
  'period-unknown': { penalty: 0.9, 'zh-CN': '找不到报告期，请填写', en: 'No period was found: fill it in' },
  'title-not-found': { penalty: 0.5, 'zh-CN': '找不到标题', en: 'No title was found' },
} as const satisfies Record<string, { penalty: number } & BilingualText>;

/** A reason code. */
export type ExtractionReason = keyof typeof EXTRACTION_REASONS;

/**
 * The confidence left after the given reasons: 1 less each reason's penalty, never below 0.05,
 * rounded to two decimals.
 *
 * @example
 * ```ts
 * confidenceOf(['family-from-section', 'label-from-context']); // 0.75
 * ```
 */
export function confidenceOf(reasons: readonly ExtractionReason[]): number {
  const penalty = reasons.reduce((sum, reason) => sum + EXTRACTION_REASONS[reason].penalty, 0);
  return Math.max(0.05, Math.round((1 - penalty) * 100) / 100);
}

/** What `extensions.extraction` holds on each drafted indicator: a confidence and the reasons for doubt. */
export type ExtractionNote = {
  confidence: number;
  reasons: ExtractionReason[];
};

/**
 * The `extensions` of a drafted indicator: `{ extraction: { confidence, reasons } }`, reasons unique.
 *
 * @example
 * ```ts
 * extractionExtensions(['family-from-section']); // { extraction: { confidence: 0.85, reasons: ['family-from-section'] } }
 * ```
 */
export function extractionExtensions(reasons: readonly ExtractionReason[]): { extraction: ExtractionNote } {
  const unique = [...new Set(reasons)];
  return { extraction: { confidence: confidenceOf(unique), reasons: unique } };
}

/**
 * Reads the reasons back from a drafted indicator's extensions.
 *
 * @example
 * ```ts
 * reasonsOf({ extraction: { confidence: 0.9, reasons: ['label-inherited'] } }); // ['label-inherited']
 * ```
 */
export function reasonsOf(extensions: Readonly<Record<string, JsonValue>> | undefined): ExtractionReason[] {
  const note = extensions?.extraction;
  if (typeof note !== 'object' || note === null || Array.isArray(note)) return [];
  const reasons = note.reasons;
  return Array.isArray(reasons)
    ? reasons.filter((reason): reason is ExtractionReason => typeof reason === 'string' && Object.hasOwn(EXTRACTION_REASONS, reason))
    : [];
}

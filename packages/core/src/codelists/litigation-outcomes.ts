import type { OutcomeCodelist } from './codelist.js';

/** Groups of administrative litigation outcomes (行政诉讼法). `judgment` is merits judgments, the base of 实体败诉率. */
export const LITIGATION_GROUPS = ['loss', 'judgment', 'ruling', 'mediation', 'concluded', 'heard', 'pending'] as const;

/** One of {@link LITIGATION_GROUPS}. */
export type LitigationGroup = (typeof LITIGATION_GROUPS)[number];

const LOSS = ['loss', 'judgment', 'concluded', 'heard'] as const;

/**
 * Outcome categories of administrative litigation. 败诉 (loss) is a judgment against the agency:
 * 撤销, 变更, 确认违法, 确认无效, 履行, 给付, 赔偿. Withdrawals, 驳回诉讼请求 and 驳回起诉 are not losses.
 */
export const LITIGATION_OUTCOMES = [
  { code: 'reject_claim', label: { 'zh-CN': '驳回诉讼请求', en: 'Claim rejected' }, groups: ['judgment', 'concluded', 'heard'] },
  { code: 'revoke', label: { 'zh-CN': '判决撤销', en: 'Act revoked' }, groups: LOSS },
  { code: 'perform', label: { 'zh-CN': '判决履行', en: 'Ordered to perform' }, groups: LOSS },
  { code: 'pay', label: { 'zh-CN': '判决给付', en: 'Ordered to pay' }, groups: LOSS },
  { code: 'confirm_illegal', label: { 'zh-CN': '确认违法', en: 'Confirmed illegal' }, groups: LOSS },
  { code: 'confirm_invalid', label: { 'zh-CN': '确认无效', en: 'Confirmed invalid' }, groups: LOSS },
  { code: 'alter', label: { 'zh-CN': '判决变更', en: 'Act altered' }, groups: LOSS },
  { code: 'compensate', label: { 'zh-CN': '判决赔偿', en: 'Ordered to compensate' }, groups: LOSS },
  { code: 'withdrawal', label: { 'zh-CN': '准予撤诉', en: 'Withdrawn' }, groups: ['ruling', 'concluded'] },
  { code: 'dismiss_suit', label: { 'zh-CN': '驳回起诉', en: 'Suit dismissed' }, groups: ['ruling', 'concluded'] },
  { code: 'mediation', label: { 'zh-CN': '调解', en: 'Mediated' }, groups: ['mediation', 'concluded'] },
  { code: 'heard_awaiting_judgment', label: { 'zh-CN': '已开庭未判决', en: 'Heard, awaiting judgment' }, groups: ['heard', 'pending'] },
  { code: 'not_yet_heard', label: { 'zh-CN': '未开庭', en: 'Not yet heard' }, groups: ['pending'] },
  { code: 'pending', label: { 'zh-CN': '审理中', en: 'Pending' }, groups: ['pending'] },
] as const;

/** A litigation outcome code. */
export type LitigationOutcome = (typeof LITIGATION_OUTCOMES)[number]['code'];

/** The litigation outcome codelist with its groups and official derived rates. */
export const LITIGATION_CODELIST: OutcomeCodelist<LitigationGroup> = {
  id: 'litigation_outcome',
  label: { 'zh-CN': '行政诉讼结果', en: 'Administrative litigation outcomes' },
  categories: LITIGATION_OUTCOMES,
  groups: {
    loss: { 'zh-CN': '败诉', en: 'Lost' },
    judgment: { 'zh-CN': '实体判决', en: 'Merits judgments' },
    ruling: { 'zh-CN': '裁定结案', en: 'Ended by ruling' },
    mediation: { 'zh-CN': '调解', en: 'Mediated' },
    concluded: { 'zh-CN': '审结', en: 'Concluded' },
    heard: { 'zh-CN': '已开庭', en: 'Heard in court' },
    pending: { 'zh-CN': '未审结', en: 'Pending' },
  },
  derivedRates: [
    {
      id: 'loss_rate',
      label: { 'zh-CN': '败诉率', en: 'Loss rate' },
      base: { 'zh-CN': '审结案件', en: 'concluded cases' },
      numerator: [{ group: 'loss' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'merits_loss_rate',
      label: { 'zh-CN': '实体败诉率', en: 'Loss rate on merits judgments' },
      base: { 'zh-CN': '实体判决案件', en: 'merits judgments' },
      numerator: [{ group: 'loss' }],
      denominator: { group: 'judgment' },
    },
    {
      id: 'withdrawal_rate',
      label: { 'zh-CN': '撤诉率', en: 'Withdrawal rate' },
      base: { 'zh-CN': '审结案件', en: 'concluded cases' },
      numerator: [{ category: 'withdrawal' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'completion_rate',
      label: { 'zh-CN': '结案率', en: 'Completion rate' },
      base: { 'zh-CN': '受理案件', en: 'cases received' },
      numerator: [{ group: 'concluded' }],
      denominator: { total: true },
    },
  ],
};

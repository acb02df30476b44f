import type { OutcomeCodelist } from './codelist.js';
import { outcome, text } from './outcome.js';

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
  outcome('reject_claim', '驳回诉讼请求', 'Claim rejected', ['judgment', 'concluded', 'heard']),
  outcome('revoke', '判决撤销', 'Act revoked', LOSS),
  outcome('perform', '判决履行', 'Ordered to perform', LOSS),
  outcome('pay', '判决给付', 'Ordered to pay', LOSS),
  outcome('confirm_illegal', '确认违法', 'Confirmed illegal', LOSS),
  outcome('confirm_invalid', '确认无效', 'Confirmed invalid', LOSS),
  outcome('alter', '判决变更', 'Act altered', LOSS),
  outcome('compensate', '判决赔偿', 'Ordered to compensate', LOSS),
  outcome('withdrawal', '准予撤诉', 'Withdrawn', ['ruling', 'concluded']),
  outcome('dismiss_suit', '驳回起诉', 'Suit dismissed', ['ruling', 'concluded']),
  outcome('mediation', '调解', 'Mediated', ['mediation', 'concluded']),
  outcome('heard_awaiting_judgment', '已开庭未判决', 'Heard, awaiting judgment', ['heard', 'pending']),
  outcome('not_yet_heard', '未开庭', 'Not yet heard', ['pending']),
  outcome('pending', '审理中', 'Pending', ['pending']),
] as const;

/** A litigation outcome code. */
export type LitigationOutcome = (typeof LITIGATION_OUTCOMES)[number]['code'];

/** The litigation outcome codelist with its groups and official derived rates. */
export const LITIGATION_CODELIST: OutcomeCodelist<LitigationGroup> = {
  id: 'litigation_outcome',
  label: text('行政诉讼结果', 'Administrative litigation outcomes'),
  categories: LITIGATION_OUTCOMES,
  groups: {
    loss: text('败诉', 'Lost'),
    judgment: text('实体判决', 'Merits judgments'),
    ruling: text('裁定结案', 'Ended by ruling'),
    mediation: text('调解', 'Mediated'),
    concluded: text('审结', 'Concluded'),
    heard: text('已开庭', 'Heard in court'),
    pending: text('未审结', 'Pending'),
  },
  derivedRates: [
    {
      id: 'loss_rate',
      label: text('败诉率', 'Loss rate'),
      base: text('审结案件', 'concluded cases'),
      numerator: [{ group: 'loss' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'merits_loss_rate',
      label: text('实体败诉率', 'Loss rate on merits judgments'),
      base: text('实体判决案件', 'merits judgments'),
      numerator: [{ group: 'loss' }],
      denominator: { group: 'judgment' },
    },
    {
      id: 'withdrawal_rate',
      label: text('撤诉率', 'Withdrawal rate'),
      base: text('审结案件', 'concluded cases'),
      numerator: [{ category: 'withdrawal' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'completion_rate',
      label: text('结案率', 'Completion rate'),
      base: text('受理案件', 'cases received'),
      numerator: [{ group: 'concluded' }],
      denominator: { total: true },
    },
  ],
};

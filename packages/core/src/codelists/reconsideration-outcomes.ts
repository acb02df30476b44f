import type { OutcomeCodelist } from './codelist.js';
import { outcome, text } from './outcome.js';

/** Groups of administrative reconsideration outcomes (行政复议法, revised 2023). */
export const RECONSIDERATION_GROUPS = ['correction', 'mediation_settlement', 'concluded', 'pending', 'not_accepted'] as const;

/** One of {@link RECONSIDERATION_GROUPS}. */
export type ReconsiderationGroup = (typeof RECONSIDERATION_GROUPS)[number];

const CORRECTION = ['correction', 'concluded'] as const;
const CONCLUDED = ['concluded'] as const;

/**
 * Outcome categories of administrative reconsideration. Corrections (直接纠错) are 变更, 撤销 (incl. partial
 * and 撤销并责令重作), 确认违法, 确认无效 and 责令履行. Outcomes partition the cases received:
 * not accepted + concluded + pending.
 */
export const RECONSIDERATION_OUTCOMES = [
  outcome('alter', '变更', 'Altered', CORRECTION),
  outcome('revoke', '撤销', 'Revoked', CORRECTION),
  outcome('partially_revoke', '部分撤销', 'Partially revoked', CORRECTION),
  outcome('revoke_and_redo', '撤销并责令重新作出', 'Revoked, ordered to decide again', CORRECTION),
  outcome('confirm_illegal', '确认违法', 'Confirmed illegal', CORRECTION),
  outcome('order_performance', '责令履行', 'Ordered to perform', CORRECTION),
  outcome('confirm_invalid', '确认无效', 'Confirmed invalid', CORRECTION),
  outcome('uphold', '维持', 'Upheld', CONCLUDED),
  outcome('reject_claim', '驳回行政复议请求', 'Claim rejected on the merits', CONCLUDED),
  outcome('mediation', '调解', 'Mediated', ['mediation_settlement', 'concluded']),
  outcome('settlement', '和解', 'Settled', ['mediation_settlement', 'concluded']),
  outcome('terminate', '终止', 'Terminated', CONCLUDED),
  outcome('dismiss_application', '驳回申请', 'Application dismissed', CONCLUDED),
  outcome('not_accepted', '不予受理', 'Not accepted', ['not_accepted']),
  outcome('pending', '审理中', 'Pending', ['pending']),
] as const;

/** A reconsideration outcome code. */
export type ReconsiderationOutcome = (typeof RECONSIDERATION_OUTCOMES)[number]['code'];

const CONCLUDED_BASE = text('审结案件', 'concluded cases');

/** The reconsideration outcome codelist with its groups and official derived rates. */
export const RECONSIDERATION_CODELIST: OutcomeCodelist<ReconsiderationGroup> = {
  id: 'reconsideration_outcome',
  label: text('行政复议结果', 'Administrative reconsideration outcomes'),
  categories: RECONSIDERATION_OUTCOMES,
  groups: {
    correction: text('直接纠错', 'Corrected'),
    mediation_settlement: text('调解和解', 'Mediated or settled'),
    concluded: text('审结', 'Concluded'),
    pending: text('审理中', 'Pending'),
    not_accepted: text('不予受理', 'Not accepted'),
  },
  derivedRates: [
    {
      id: 'correction_rate',
      label: text('纠错率', 'Correction rate'),
      base: CONCLUDED_BASE,
      numerator: [{ group: 'correction' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'mediation_rate',
      label: text('调解率', 'Mediation rate'),
      base: CONCLUDED_BASE,
      numerator: [{ group: 'mediation_settlement' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'resolution_rate',
      label: text('综合化解率', 'Comprehensive resolution rate'),
      base: CONCLUDED_BASE,
      numerator: [{ group: 'correction' }, { group: 'mediation_settlement' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'uphold_rate',
      label: text('维持率', 'Uphold rate'),
      base: CONCLUDED_BASE,
      numerator: [{ category: 'uphold' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'completion_rate',
      label: text('结案率', 'Completion rate'),
      base: text('收到案件', 'cases received'),
      numerator: [{ group: 'concluded' }],
      denominator: { total: true },
    },
  ],
};

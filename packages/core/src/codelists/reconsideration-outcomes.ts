import type { OutcomeCodelist } from './codelist.js';

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
  { code: 'alter', label: { 'zh-CN': '变更', en: 'Altered' }, groups: CORRECTION },
  { code: 'revoke', label: { 'zh-CN': '撤销', en: 'Revoked' }, groups: CORRECTION },
  { code: 'partially_revoke', label: { 'zh-CN': '部分撤销', en: 'Partially revoked' }, groups: CORRECTION },
  { code: 'revoke_and_redo', label: { 'zh-CN': '撤销并责令重新作出', en: 'Revoked, ordered to decide again' }, groups: CORRECTION },
  { code: 'confirm_illegal', label: { 'zh-CN': '确认违法', en: 'Confirmed illegal' }, groups: CORRECTION },
  { code: 'order_performance', label: { 'zh-CN': '责令履行', en: 'Ordered to perform' }, groups: CORRECTION },
  { code: 'confirm_invalid', label: { 'zh-CN': '确认无效', en: 'Confirmed invalid' }, groups: CORRECTION },
  { code: 'uphold', label: { 'zh-CN': '维持', en: 'Upheld' }, groups: CONCLUDED },
  { code: 'reject_claim', label: { 'zh-CN': '驳回行政复议请求', en: 'Claim rejected on the merits' }, groups: CONCLUDED },
  { code: 'mediation', label: { 'zh-CN': '调解', en: 'Mediated' }, groups: ['mediation_settlement', 'concluded'] },
  { code: 'settlement', label: { 'zh-CN': '和解', en: 'Settled' }, groups: ['mediation_settlement', 'concluded'] },
  { code: 'terminate', label: { 'zh-CN': '终止', en: 'Terminated' }, groups: CONCLUDED },
  { code: 'dismiss_application', label: { 'zh-CN': '驳回申请', en: 'Application dismissed' }, groups: CONCLUDED },
  { code: 'not_accepted', label: { 'zh-CN': '不予受理', en: 'Not accepted' }, groups: ['not_accepted'] },
  { code: 'pending', label: { 'zh-CN': '审理中', en: 'Pending' }, groups: ['pending'] },
] as const;

/** A reconsideration outcome code. */
export type ReconsiderationOutcome = (typeof RECONSIDERATION_OUTCOMES)[number]['code'];

const CONCLUDED_BASE = { 'zh-CN': '审结案件', en: 'concluded cases' } as const;

/** The reconsideration outcome codelist with its groups and official derived rates. */
export const RECONSIDERATION_CODELIST: OutcomeCodelist<ReconsiderationGroup> = {
  id: 'reconsideration_outcome',
  label: { 'zh-CN': '行政复议结果', en: 'Administrative reconsideration outcomes' },
  categories: RECONSIDERATION_OUTCOMES,
  groups: {
    correction: { 'zh-CN': '直接纠错', en: 'Corrected' },
    mediation_settlement: { 'zh-CN': '调解和解', en: 'Mediated or settled' },
    concluded: { 'zh-CN': '审结', en: 'Concluded' },
    pending: { 'zh-CN': '审理中', en: 'Pending' },
    not_accepted: { 'zh-CN': '不予受理', en: 'Not accepted' },
  },
  derivedRates: [
    {
      id: 'correction_rate',
      label: { 'zh-CN': '纠错率', en: 'Correction rate' },
      base: CONCLUDED_BASE,
      numerator: [{ group: 'correction' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'mediation_rate',
      label: { 'zh-CN': '调解率', en: 'Mediation rate' },
      base: CONCLUDED_BASE,
      numerator: [{ group: 'mediation_settlement' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'resolution_rate',
      label: { 'zh-CN': '综合化解率', en: 'Comprehensive resolution rate' },
      base: CONCLUDED_BASE,
      numerator: [{ group: 'correction' }, { group: 'mediation_settlement' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'uphold_rate',
      label: { 'zh-CN': '维持率', en: 'Uphold rate' },
      base: CONCLUDED_BASE,
      numerator: [{ category: 'uphold' }],
      denominator: { group: 'concluded' },
    },
    {
      id: 'completion_rate',
      label: { 'zh-CN': '结案率', en: 'Completion rate' },
      base: { 'zh-CN': '收到案件', en: 'cases received' },
      numerator: [{ group: 'concluded' }],
      denominator: { total: true },
    },
  ],
};

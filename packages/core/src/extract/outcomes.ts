import type { CodelistId } from '../codelists/index.js';
import type { LitigationOutcome } from '../codelists/litigation-outcomes.js';
import type { ReconsiderationOutcome } from '../codelists/reconsideration-outcomes.js';

/** An outcome category recognised in a phrase. */
export interface OutcomeMatch {
  /** The codelist code. */
  readonly code: string;
  /** True when the phrase could also mean another category (a bare 驳回). */
  readonly ambiguous?: boolean;
}

type Patterns<Code extends string> = readonly (readonly [RegExp, Code, boolean?])[];

/** Reconsideration phrases, most specific first (行政复议法, revised 2023). */
const RECONSIDERATION: Patterns<ReconsiderationOutcome> = [
  [/不予受理/, 'not_accepted'],
  [/撤销.{0,6}(?:责令|重新作出|重作)/, 'revoke_and_redo'],
  [/部分撤销/, 'partially_revoke'],
  [/撤销/, 'revoke'],
  [/变更/, 'alter'],
  [/确认.{0,6}无效/, 'confirm_invalid'],
  [/确[认定].{0,8}违法/, 'confirm_illegal'],
  [/责令.{0,6}履行/, 'order_performance'],
  [/驳回.{0,12}请求/, 'reject_claim'],
  [/驳回.{0,12}申请/, 'dismiss_application'],
  [/维持/, 'uphold'],
  [/和解/, 'settlement'],
  [/调解/, 'mediation'],
  [/终止|撤回.{0,4}申请|申请人撤回/, 'terminate'],
  [/审理中|正在审理|尚未审结|未审结|在审|未结/, 'pending'],
  [/驳回/, 'reject_claim', true],
];

/** Litigation phrases, most specific first (行政诉讼法), with the status buckets reports use. */
const LITIGATION: Patterns<LitigationOutcome> = [
  [/撤诉|撤回.{0,2}(?:起诉|诉讼)/, 'withdrawal'],
  [/驳回.{0,6}起诉/, 'dismiss_suit'],
  [/驳回.{0,10}请求/, 'reject_claim'],
  [/已开庭.{0,6}(?:未|待|尚未).{0,4}判/, 'heard_awaiting_judgment'],
  [/(?:未|尚未|待)开庭/, 'not_yet_heard'],
  [/确认.{0,6}无效/, 'confirm_invalid'],
  [/确[认定].{0,8}违法/, 'confirm_illegal'],
  [/撤销/, 'revoke'],
  [/变更/, 'alter'],
  [/赔偿/, 'compensate'],
  [/给付/, 'pay'],
  [/履行/, 'perform'],
  [/调解/, 'mediation'],
  [/审理中|正在审理|尚未审结|未审结|在审|未结/, 'pending'],
  [/驳回/, 'reject_claim', true],
];

const PATTERNS: Readonly<Record<CodelistId, Patterns<string>>> = {
  reconsideration_outcome: RECONSIDERATION,
  litigation_outcome: LITIGATION,
};

/**
 * Maps a phrase describing an outcome to a code of the codelist: 维持 → uphold, 驳回…申请 →
 * dismiss_application, 终止 → terminate, 审理中 → pending; 撤回起诉 → withdrawal, 确认违法 →
 * confirm_illegal, 已开庭未判决 → heard_awaiting_judgment, 未开庭 → not_yet_heard.
 *
 * @example
 * ```ts
 * mapOutcome('维持被申请人作出的答复', 'reconsideration_outcome'); // { code: 'uphold' }
 * mapOutcome('已开庭未出判决', 'litigation_outcome'); // { code: 'heard_awaiting_judgment' }
 * mapOutcome('其他', 'litigation_outcome'); // undefined
 * ```
 */
export function mapOutcome(phrase: string, codelist: CodelistId): OutcomeMatch | undefined {
  for (const [pattern, code, ambiguous] of PATTERNS[codelist]) {
    if (pattern.test(phrase)) return ambiguous ? { code, ambiguous } : { code };
  }
  return undefined;
}

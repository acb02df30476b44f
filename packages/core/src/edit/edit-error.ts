import type { BilingualText } from '../schema/localized-text.js';

/** Why an edit cannot be applied, as a stable code. */
export type EditErrorCode = 'unknown_indicator' | 'wrong_kind' | 'unknown_part' | 'duplicate_id' | 'referenced' | 'last_part' | 'no_quantity' | 'invalid_id';

const MESSAGES: Readonly<Record<EditErrorCode, (detail: Readonly<Record<string, string>>) => BilingualText>> = {
  unknown_indicator: ({ id }) => ({ 'zh-CN': `没有标识为 ${id} 的指标`, en: `No indicator has the id ${id}` }),
  wrong_kind: ({ id, kind }) => ({
    'zh-CN': `指标 ${id} 不是${kind === 'rate' ? '比率' : kind === 'breakdown' ? '分项' : '数量'}指标`,
    en: `Indicator ${id} is not a ${kind === 'figure' ? 'count, amount or measure' : kind}`,
  }),
  unknown_part: ({ id, part }) => ({ 'zh-CN': `指标 ${id} 没有第 ${part} 个分项`, en: `Indicator ${id} has no part ${part}` }),
  duplicate_id: ({ id }) => ({ 'zh-CN': `标识 ${id} 已被其他指标使用`, en: `The id ${id} is already used by another indicator` }),
  referenced: ({ id, by }) => ({
    'zh-CN': `${id} 仍被 ${by} 引用：请先重新绑定这些引用`,
    en: `${id} is still referenced by ${by}: bind those elsewhere first`,
  }),
  last_part: ({ id }) => ({ 'zh-CN': `指标 ${id} 至少要保留一个分项`, en: `Indicator ${id} must keep at least one part` }),
  no_quantity: ({ id }) => ({
    'zh-CN': `指标 ${id} 没有数量：请同时给出数值、单位和原文写法`,
    en: `Indicator ${id} has no quantity: give its value, unit and written form together`,
  }),
  invalid_id: ({ id }) => ({
    'zh-CN': `标识 ${id} 格式无效：应为以小写字母开头、以点分隔的小写字母、数字或下划线`,
    en: `The id ${id} is not a dotted lower-case slug`,
  }),
};

/**
 * An edit that cannot be applied to the report as it stands: its `code`, and a message in zh-CN and English
 * (`message` is the English one). The report is left as it was.
 *
 * @example
 * ```ts
 * try { applyEdit(report, { type: 'delete-indicator', id: 'litigation.cases' }); }
 * catch (error) { if (error instanceof EditError) show(error.text['zh-CN']); }
 * ```
 */
export class EditError extends Error {
  /** What is wrong, in both languages. */
  readonly text: BilingualText;

  constructor(
    /** Why the edit cannot be applied. */
    readonly code: EditErrorCode,
    detail: Readonly<Record<string, string>>,
  ) {
    const text = MESSAGES[code](detail);
    super(text.en);
    this.name = 'EditError';
    this.text = text;
  }
}

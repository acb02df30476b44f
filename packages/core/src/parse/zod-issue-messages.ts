import type { BilingualText } from '../schema/localized-text.js';
import type { ValidationIssue } from './validation-issue.js';

type Bilingual = BilingualText;

const TYPE_NAMES: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  string: ['字符串', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['布尔值', 'true or false'],
  object: ['对象', 'an object'],
  array: ['数组', 'a list'],
  null: ['空值', 'null'],
  undefined: ['缺失', 'nothing'],
  nan: ['NaN', 'NaN'],
};

const typeName = (type: string, index: 0 | 1): string => TYPE_NAMES[type]?.[index] ?? type;

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const list = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * zh-CN and English for zod's own issue codes — the few a report can raise — without bundling zod's
 * locale tables (the browser bundle carries only what it uses).
 */
export function zodIssueMessage(issue: ValidationIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { 'zh-CN': '缺少必填项', en: 'Required, but missing' };
      const got = received(issue.input);
      return {
        'zh-CN': `应为${typeName(String(issue.expected), 0)}，实际为${typeName(got, 0)}`,
        en: `Expected ${typeName(String(issue.expected), 1)}, got ${typeName(got, 1)}`,
      };
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      return values.length === 1
        ? { 'zh-CN': `应为 ${list(values)}`, en: `Expected ${list(values)}` }
        : { 'zh-CN': `应为以下之一：${list(values)}`, en: `Expected one of ${list(values)}` };
    }
    case 'too_small': {
      const minimum = String(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        return issue.minimum === 1
          ? { 'zh-CN': '不能为空', en: 'Must not be empty' }
          : { 'zh-CN': `长度至少为 ${minimum}`, en: `Must have at least ${minimum} items` };
      }
      return issue.inclusive
        ? { 'zh-CN': `应不小于 ${minimum}`, en: `Must be at least ${minimum}` }
        : { 'zh-CN': `应大于 ${minimum}`, en: `Must be greater than ${minimum}` };
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      return issue.inclusive
        ? { 'zh-CN': `应不大于 ${maximum}`, en: `Must be at most ${maximum}` }
        : { 'zh-CN': `应小于 ${maximum}`, en: `Must be less than ${maximum}` };
    }
    case 'invalid_format':
      return { 'zh-CN': `格式无效（应为 ${issue.format}）`, en: `Invalid format (expected ${issue.format})` };
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return {
        'zh-CN': `未知字段：${keys.join('、')}（自由数据请放在 extensions 中）`,
        en: `Unknown field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')} (free data belongs in extensions)`,
      };
    }
    case 'invalid_union':
      return { 'zh-CN': '不符合任何一种允许的形式', en: 'Matches none of the allowed forms' };
    case 'invalid_key':
      return { 'zh-CN': '键名无效', en: 'Invalid key' };
    case 'invalid_element':
      return { 'zh-CN': '元素无效', en: 'Invalid element' };
    default:
      return { 'zh-CN': '输入无效', en: 'Invalid input' };
  }
}

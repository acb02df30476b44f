import type { BilingualText } from '../schema/localized-text.js';
import { UNIT_CODES } from '../vocabulary/units.js';
import type { ValidationIssue } from './validation-issue.js';
import { zodIssueMessage } from './zod-issue-messages.js';

type Params = Readonly<Record<string, unknown>>;
type Bilingual = BilingualText;

const units = UNIT_CODES.join(', ');
const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));

const KIND_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  count: { zh: '计数', en: 'count' },
  amount: { zh: '金额', en: 'money' },
  measure: { zh: '度量', en: 'measure' },
  rate: { zh: '比率', en: 'rate' },
};
const DIMENSION_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  count: { zh: '计数', en: 'count' },
  money: { zh: '货币', en: 'money' },
  percent: { zh: '百分比', en: 'percent' },
  percentage_point: { zh: '百分点', en: 'percentage-point' },
  multiple: { zh: '倍数', en: 'multiple' },
  rank: { zh: '名次', en: 'rank' },
};
/** The names of a `, `-separated list of dimensions, in each language with its own separator. */
const names = (list: unknown): { zh: string; en: string } => {
  const each = String(list)
    .split(', ')
    .map((dimension) => DIMENSION_NAMES[dimension] ?? { zh: dimension, en: dimension });
  return { zh: each.map((name) => name.zh).join('、'), en: each.map((name) => name.en).join(' or ') };
};

/** The library's own validation messages, by key (the `rol:` prefix is left out). */
const CATALOG: Readonly<Record<string, (params: Params, input: unknown) => Bilingual>> = {
  'id-format': (_, input) => ({
    'zh-CN': `标识 ${show(input)} 格式无效：应为以小写字母开头、以点分隔的小写字母、数字或下划线（如 litigation.cases）`,
    en: `Id ${show(input)} is not a dotted lower-case slug (e.g. litigation.cases)`,
  }),
  unit: (_, input) => ({
    'zh-CN': `未知单位 ${show(input)}：应为 ${units} 之一，或带标签的自定义单位 {"custom": …, "label": {"zh-CN": …}}`,
    en: `Unknown unit ${show(input)}: expected one of ${units}, or a custom unit {"custom": …, "label": {"zh-CN": …}}`,
  }),
  operand: () => ({
    'zh-CN': '分子/分母应为指标引用 {"ref": …} 或直接给出的数量 {"quantity": …}',
    en: 'A numerator or denominator must be a reference {"ref": …} or an inline quantity {"quantity": …}',
  }),
  total: () => ({
    'zh-CN': '合计应为数量或指标引用 {"ref": …}',
    en: 'A total must be a quantity or a reference {"ref": …}',
  }),
  'span-length': (p) => ({
    'zh-CN': `原文位置 ${p.start}–${p.end} 与摘录文本长度 ${p.length} 不一致`,
    en: `Source span ${p.start}–${p.end} does not match the length of its text (${p.length})`,
  }),
  'out-of-range': (p) => ({
    'zh-CN': `数值 ${p.value} 超出范围：绝对值不得超过 ${p.max}`,
    en: `${p.value} is out of range: at most ${p.max} in magnitude`,
  }),
  decimals: (p) => ({ 'zh-CN': `数值 ${p.value} 的小数超过 ${p.max} 位`, en: `${p.value} has more than ${p.max} decimal places` }),
  'count-integer': (p) => ({
    'zh-CN': `计数应为整数，实际为 ${p.value}`,
    en: `A count must be a whole number, got ${p.value}`,
  }),
  negative: (p) => ({
    'zh-CN': `计数和金额不能为负数，实际为 ${p.value}`,
    en: `Counts and amounts cannot be negative, got ${p.value}`,
  }),
  'rank-positive': (p) => ({
    'zh-CN': `名次应从 1 开始，实际为 ${p.value}`,
    en: `A rank starts at 1, got ${p.value}`,
  }),
  'division-code': (_, input) => ({
    'zh-CN': `行政区划代码 ${show(input)} 应为 6、9 或 12 位数字`,
    en: `Division code ${show(input)} must have 6, 9 or 12 digits`,
  }),
  date: (_, input) => ({
    'zh-CN': `日期 ${show(input)} 应为 YYYY-MM-DD 格式的有效日期`,
    en: `Date ${show(input)} must be a valid YYYY-MM-DD date`,
  }),
  'date-time': (_, input) => ({
    'zh-CN': `时间 ${show(input)} 应为 YYYY-MM-DD 日期或 ISO 日期时间`,
    en: `${show(input)} must be a YYYY-MM-DD date or an ISO date-time`,
  }),
  'period-order': (p) => ({
    'zh-CN': `报告期结束日 ${p.end} 早于开始日 ${p.start}`,
    en: `The period ends (${p.end}) before it starts (${p.start})`,
  }),
  'duplicate-id': (p) => ({ 'zh-CN': `标识 "${p.id}" 重复`, en: `Id "${p.id}" is used more than once` }),
  'unknown-section': (p) => ({ 'zh-CN': `章节 "${p.id}" 不存在`, en: `There is no section "${p.id}"` }),
  'section-cycle': (p) => ({ 'zh-CN': `章节 "${p.id}" 的上级关系构成循环`, en: `Section "${p.id}" is its own ancestor` }),
  'unknown-indicator': (p) => ({ 'zh-CN': `引用的指标 "${p.id}" 不存在`, en: `There is no indicator "${p.id}" to refer to` }),
  'self-reference': (p) => ({ 'zh-CN': `指标 "${p.id}" 不能引用自身`, en: `Indicator "${p.id}" cannot refer to itself` }),
  'ref-kind': (p) => ({
    'zh-CN': `不能引用 ${p.kind} 类指标 "${p.id}"：只能引用 ${p.allowed}`,
    en: `Cannot refer to "${p.id}", a ${p.kind}: only ${p.allowed} may be referred to here`,
  }),
  'part-and-group': (p) => ({
    'zh-CN': `对 "${p.id}" 的引用不能同时指定 part 和 group`,
    en: `A reference to "${p.id}" names a part or a group, not both`,
  }),
  'part-of-non-breakdown': (p) => ({
    'zh-CN': `"${p.id}" 不是分项指标，不能引用其分项或分组`,
    en: `"${p.id}" is not a breakdown: it has no parts or groups`,
  }),
  'unknown-part': (p) => ({ 'zh-CN': `分项指标 "${p.id}" 没有类别 "${p.part}"`, en: `Breakdown "${p.id}" has no part "${p.part}"` }),
  'unknown-group': (p) => ({ 'zh-CN': `分项指标 "${p.id}" 没有分组 "${p.group}"`, en: `Breakdown "${p.id}" has no group "${p.group}"` }),
  'unit-for-kind': (p) => ({
    'zh-CN': `${KIND_NAMES[String(p.kind)]?.zh ?? p.kind}类指标不能使用${DIMENSION_NAMES[String(p.dimension)]?.zh ?? p.dimension}单位（应为${names(p.allowed).zh}单位）`,
    en: `A ${KIND_NAMES[String(p.kind)]?.en ?? p.kind} indicator cannot use a ${DIMENSION_NAMES[String(p.dimension)]?.en ?? p.dimension} unit (expected a ${names(p.allowed).en} unit)`,
  }),
  'rate-needs-value': (p) => ({
    'zh-CN': `比率 "${p.id}" 需要给出比率数值，或同时给出分子和分母`,
    en: `Rate "${p.id}" needs a stated value, or both a numerator and a denominator`,
  }),
  'duplicate-category': (p) => ({ 'zh-CN': `类别 "${p.category}" 重复`, en: `Category "${p.category}" appears more than once` }),
  'free-category-label': (p) => ({
    'zh-CN': `自定义类别 "${p.category}" 需要标签 label`,
    en: `Free category "${p.category}" needs a label`,
  }),
  'schema-version-newer': (p) => ({
    'zh-CN': `该报告使用数据结构第 ${p.version} 版，本程序库只支持到第 ${p.supported} 版：请升级 @rule-of-law/core`,
    en: `This report uses schema version ${p.version}; this library understands up to ${p.supported}. Upgrade @rule-of-law/core`,
  }),
  'json-value': () => ({
    'zh-CN': '扩展数据只能包含 JSON 值（不能有 NaN、Infinity、undefined、函数或循环引用）',
    en: 'Extensions may hold JSON values only (no NaN, Infinity, undefined, functions or cycles)',
  }),
  'not-json': (p) => ({
    'zh-CN': `不是有效的 JSON：${p.reason}`,
    en: `Not valid JSON: ${p.reason}`,
  }),
  // Text starting with `<`: a web page where the JSON was expected (a wrong address, or a site answering a
  // missing file with a "page not found" page and status 200) — the parser's reason would not say so.
  'not-json-markup': () => ({
    'zh-CN': '不是有效的 JSON，而是一个网页（HTML 或 XML）：请检查地址是否指向报告的 JSON 文件（有的网站对不存在的文件也返回“页面不存在”网页）',
    en: 'Not valid JSON but a web page (HTML or XML): check that the address points to the report’s JSON file (some sites answer a missing file with a “page not found” page)',
  }),
};

/**
 * Translate one validation issue into zh-CN and English: the library's own `rol:` messages from its
 * catalogue, zod's own issue codes through {@link zodIssueMessage}.
 */
export function bilingualMessage(issue: ValidationIssue): Bilingual {
  if (issue.message?.startsWith('rol:')) {
    const entry = CATALOG[issue.message.slice(4)];
    if (entry) return entry(issue.params ?? {}, issue.input);
  }
  return zodIssueMessage(issue);
}

/** The keys of the library's own messages (`out-of-range`, `duplicate-id`…): each is the rule an issue code names. */
export function catalogKeys(): string[] {
  return Object.keys(CATALOG);
}

/** A message of the library's own catalogue, for issues that do not come from zod. */
export function catalogMessage(key: string, params: Params = {}): Bilingual {
  const entry = CATALOG[key];
  if (!entry) throw new Error(`No message "${key}"`);
  return entry(params, undefined);
}

import type { Family, Locale, LocaleTag, Qualifier, Severity } from '@rule-of-law/core';
import type { ReviewState } from '@rule-of-law/core/edit';
import { localeWords } from './locale-words.js';
import type { ElementTranslation } from './strings.js';

/**
 * Every string of `<rule-of-law-editor>`, for one locale: a table of its own, beside the report's
 * `Strings`, so that the report's drop-in does not carry it. A registered locale may bring its own
 * (`editor` on its translation); else the words of its language.
 */
export interface EditorStrings {
  readonly title: string;
  readonly intro: string;
  readonly pasteLabel: string;
  readonly read: string;
  readonly open: string;
  readonly openHint: string;
  readonly startOver: string;
  readonly confirmStartOver: string;
  readonly undo: string;
  readonly redo: string;
  readonly downloadJson: string;
  readonly downloadHtml: string;
  readonly embedSnippet: string;
  readonly sourceHeading: string;
  readonly noSource: string;
  readonly outlineHeading: string;
  readonly detailHeading: string;
  readonly nothingSelected: string;
  readonly checksHeading: string;
  readonly noChecks: string;
  readonly previewHeading: string;
  readonly previewInvalid: string;
  readonly label: string;
  readonly labelEn: string;
  readonly codebookId: string;
  readonly family: string;
  readonly value: string;
  readonly written: string;
  readonly qualifier: string;
  readonly qualifiers: Readonly<Record<Qualifier, string>>;
  readonly addIndicator: (written: string) => string;
  readonly newLabel: (written: string) => string;
  readonly accept: string;
  readonly remove: string;
  readonly exhaustive: string;
  readonly parts: string;
  readonly codelist: string;
  readonly noCodelist: string;
  readonly categoryOf: (part: string) => string;
  readonly ownCategory: (code: string) => string;
  readonly removePart: (part: string) => string;
  readonly numerator: string;
  readonly denominator: string;
  readonly unbound: string;
  readonly bindHint: (side: string) => string;
  /** The name of the choice of an operand's group (of the outcome breakdown it refers to). */
  readonly operandGroup: (side: string) => string;
  /** The choice of no group: the breakdown's whole total. */
  readonly wholeTotal: string;
  /** The name of the button that clears a rate's operand. */
  readonly clearOperand: (side: string) => string;
  readonly evidence: string;
  readonly reviewStateLabel: string;
  /** Before a value: "：" / ": ". */
  readonly colon: string;
  readonly confidence: (percent: number) => string;
  readonly reviewState: Readonly<Record<ReviewState, string>>;
  readonly families: Readonly<Record<Family, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summary: (indicators: number, toCheck: number, errors: number) => string;
  readonly figureOf: (label: string, state: string) => string;
  readonly unboundFigure: string;
  readonly saved: (time: string) => string;
  readonly notSaved: string;
  readonly restored: (time: string) => string;
  readonly noFigures: string;
  readonly notText: string;
  readonly tooLarge: (megabytes: number) => string;
  readonly notReport: (reason: string) => string;
  readonly reading: string;
  readonly cancelReading: string;
  readonly tooManyFigures: (count: number, limit: number) => string;
  readonly draftFailed: (reason: string) => string;
  readonly unit: string;
  readonly addPart: string;
  readonly makeBreakdown: string;
  readonly partLabelOf: (part: string) => string;
  readonly unsaved: string;
}

const zh: EditorStrings = {
  title: '年度报告数据编辑器',
  intro: '粘贴或打开已发布的年度报告全文，核对自动识别的数据，然后下载 JSON。',
  pasteLabel: '报告全文',
  read: '识别数据',
  open: '打开文件',
  openHint: '.txt、.html 或已保存的 .json',
  startOver: '重新开始',
  confirmStartOver: '放弃当前的全部修改并重新开始？',
  undo: '撤销',
  redo: '重做',
  downloadJson: '下载 JSON',
  downloadHtml: '下载静态网页',
  embedSnippet: '嵌入代码',
  sourceHeading: '原文',
  noSource: '没有原文：这份报告是从 JSON 打开的。',
  outlineHeading: '识别结果',
  detailHeading: '所选指标',
  nothingSelected: '在左侧原文或识别结果中选择一项。',
  checksHeading: '检查',
  noChecks: '没有发现问题。',
  previewHeading: '预览',
  previewInvalid: '报告有错误，改正后才能预览。',
  label: '名称',
  labelEn: '英文名称',
  codebookId: '标准编号（可从指标目录中选择）',
  family: '类别',
  value: '数值',
  written: '原文写法',
  qualifier: '精确程度',
  qualifiers: { exact: '确数', at_least: '不少于（余、以上、逾）', approximately: '约数（约、近、左右）', at_most: '不超过（不足、以下）' },
  addIndicator: (written) => `将“${written}”添加为指标`,
  newLabel: (written) => `新指标（${written}）`,
  accept: '确认',
  remove: '删除',
  exhaustive: '各项之和应等于合计',
  parts: '分项',
  codelist: '结果分类',
  noCodelist: '（不使用）',
  categoryOf: (part) => `“${part}”的类别`,
  ownCategory: (code) => `自定义：${code}`,
  removePart: (part) => `删除分项“${part}”`,
  numerator: '分子',
  denominator: '分母',
  unbound: '未指定',
  bindHint: (side) => `在原文中点击一个数字，作为${side}`,
  operandGroup: (side) => `${side}所计的分组`,
  wholeTotal: '总数',
  clearOperand: (side) => `删除${side}`,
  evidence: '依据',
  reviewStateLabel: '状态',
  colon: '：',
  confidence: (percent) => `可信度 ${percent}%`,
  reviewState: { 'to-check': '待核对', drafted: '自动识别', reviewed: '已核对', entered: '手工录入' },
  families: {
    enforcement: '行政执法',
    environment: '生态环境',
    reconsideration: '行政复议',
    litigation: '行政诉讼',
    petitions: '信访',
    legal_advice: '法律顾问',
    decision_making: '依法决策',
    publicity: '普法',
    other: '其他',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  summary: (indicators, toCheck, errors) => `共 ${indicators} 项指标，${toCheck} 项待核对，${errors} 个错误`,
  figureOf: (label, state) => `${label}（${state}）`,
  unboundFigure: '未归入任何指标的数字',
  saved: (time) => `已自动保存（${time}）`,
  notSaved: '浏览器存储已满，修改未能保存：请下载 JSON。',
  restored: (time) => `已恢复 ${time} 保存的工作。`,
  noFigures: '这段文字中没有识别到数据。',
  notText: '这个文件不是文本，无法读取。',
  tooLarge: (megabytes) => `文件超过 ${megabytes} MB，无法读取。`,
  notReport: (reason) => `这个 JSON 不是报告：${reason}`,
  reading: '正在识别……',
  cancelReading: '停止识别',
  tooManyFigures: (count, limit) => `这段文字识别出 ${count} 项指标，多于一份年度报告可能有的（${limit} 项以内），未载入：请只粘贴报告本身。之前的工作保持不变。`,
  draftFailed: (reason) => `识别失败：${reason}。之前的工作保持不变。`,
  unit: '单位',
  addPart: '添加分项：点击原文中的数字',
  makeBreakdown: '改为分项统计（此数字为第一项）',
  partLabelOf: (part) => `${part}的名称`,
  unsaved: '有尚未保存的修改。',
};

const en: EditorStrings = {
  title: 'Annual report data editor',
  intro: 'Paste or open the published text of an annual report, check the figures read from it, then download the JSON.',
  pasteLabel: 'The report’s text',
  read: 'Read the figures',
  open: 'Open a file',
  openHint: '.txt, .html or a saved .json',
  startOver: 'Start over',
  confirmStartOver: 'Discard every change and start over?',
  undo: 'Undo',
  redo: 'Redo',
  downloadJson: 'Download JSON',
  downloadHtml: 'Download static HTML',
  embedSnippet: 'Embed code',
  sourceHeading: 'Text',
  noSource: 'No text: this report was opened from JSON.',
  outlineHeading: 'Figures read',
  detailHeading: 'Selected indicator',
  nothingSelected: 'Select an item in the text or in the figures read.',
  checksHeading: 'Checks',
  noChecks: 'Nothing found.',
  previewHeading: 'Preview',
  previewInvalid: 'The report has errors: fix them to see the preview.',
  label: 'Label',
  labelEn: 'English label',
  codebookId: 'Id (choose from the codebook)',
  family: 'Family',
  value: 'Value',
  written: 'As written',
  qualifier: 'Exactness',
  qualifiers: { exact: 'exact', at_least: 'at least (余, 以上, 逾)', approximately: 'about (约, 近, 左右)', at_most: 'at most (不足, 以下)' },
  addIndicator: (written) => `Add “${written}” as an indicator`,
  newLabel: (written) => `New indicator (${written})`,
  accept: 'Accept',
  remove: 'Delete',
  exhaustive: 'The parts add up to the total',
  parts: 'Parts',
  codelist: 'Outcome codelist',
  noCodelist: '(none)',
  categoryOf: (part) => `Category of “${part}”`,
  ownCategory: (code) => `own: ${code}`,
  removePart: (part) => `Remove the part “${part}”`,
  numerator: 'Numerator',
  denominator: 'Denominator',
  unbound: 'not set',
  bindHint: (side) => `Click a figure in the text to make it the ${side.toLowerCase()}`,
  operandGroup: (side) => `Group the ${side.toLowerCase()} counts`,
  wholeTotal: 'Total',
  clearOperand: (side) => `Remove the ${side.toLowerCase()}`,
  evidence: 'Evidence',
  reviewStateLabel: 'State',
  colon: ': ',
  confidence: (percent) => `confidence ${percent}%`,
  reviewState: { 'to-check': 'to check', drafted: 'drafted', reviewed: 'checked', entered: 'entered' },
  families: {
    enforcement: 'Administrative enforcement',
    environment: 'Environment',
    reconsideration: 'Administrative reconsideration',
    litigation: 'Administrative litigation',
    petitions: 'Petitions and hotlines',
    legal_advice: 'Legal advisers',
    decision_making: 'Decisions and normative documents',
    publicity: 'Legal publicity',
    other: 'Other',
  },
  severity: { error: 'error', warning: 'warning', info: 'note' },
  summary: (indicators, toCheck, errors) => `${indicators} indicators, ${toCheck} to check, ${errors} errors`,
  figureOf: (label, state) => `${label} (${state})`,
  unboundFigure: 'a figure in no indicator',
  saved: (time) => `Saved in this browser (${time})`,
  notSaved: 'The browser’s storage is full and the changes were not saved: download the JSON.',
  restored: (time) => `Restored the work saved at ${time}.`,
  noFigures: 'No figures were found in this text.',
  notText: 'This file is not text and cannot be read.',
  tooLarge: (megabytes) => `The file is over ${megabytes} MB and cannot be read.`,
  notReport: (reason) => `This JSON is not a report: ${reason}`,
  reading: 'Reading…',
  cancelReading: 'Stop reading',
  tooManyFigures: (count, limit) =>
    `This text gives ${count} indicators, more than an annual report can have (up to ${limit}), so it was not loaded: paste the report alone. The work before is as it was.`,
  draftFailed: (reason) => `The text could not be read: ${reason}. The work before is as it was.`,
  unit: 'Unit',
  addPart: 'Add a part: click a figure in the text',
  makeBreakdown: 'Make it a breakdown (this figure its first part)',
  partLabelOf: (part) => `Name of ${part}`,
  unsaved: 'There are unsaved changes.',
};

/** The editor's words in the two built-in languages (the zh-Hant file converts the zh-CN ones). */
export const EDITOR_STRINGS: Readonly<Record<Locale, EditorStrings>> = { 'zh-CN': zh, en };

/** The editor's words in a locale: the locale's own (`editor` of a registered translation), else its language's (zh-CN or en). */
export function editorStringsOf(locale: LocaleTag): EditorStrings {
  return localeWords(locale, EDITOR_STRINGS, (translation: ElementTranslation) => translation.editor);
}

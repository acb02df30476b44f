import type { BilingualText } from '../schema/localized-text.js';

/** Indicator families, in the order a report usually presents them. */
export const FAMILIES = [
  'enforcement',
  'environment',
  'reconsideration',
  'litigation',
  'petitions',
  'legal_advice',
  'decision_making',
  'publicity',
  'other',
] as const;

/** One of {@link FAMILIES}. */
export type Family = (typeof FAMILIES)[number];

/** zh-CN and English names of each family. */
export const FAMILY_LABELS: Readonly<Record<Family, BilingualText>> = {
  enforcement: { 'zh-CN': '行政执法', en: 'Administrative enforcement' },
  environment: { 'zh-CN': '生态环境', en: 'Environment' },
  reconsideration: { 'zh-CN': '行政复议', en: 'Administrative reconsideration' },
  litigation: { 'zh-CN': '行政诉讼', en: 'Administrative litigation' },
  petitions: { 'zh-CN': '信访', en: 'Petitions and hotlines' },
  legal_advice: { 'zh-CN': '法律顾问', en: 'Legal advisers' },
  decision_making: { 'zh-CN': '依法决策', en: 'Decisions and normative documents' },
  publicity: { 'zh-CN': '普法', en: 'Legal publicity' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

import type { BilingualText } from '../schema/localized-text.js';

/** Levels of government and kinds of issuing body. */
export const ISSUER_LEVELS = [
  'national',
  'provincial',
  'municipal',
  'district',
  'county',
  'township',
  'subdistrict',
  'department',
  'development_zone',
  'other',
] as const;

/** One of {@link ISSUER_LEVELS}. */
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/** zh-CN and English names of each issuer level. */
export const ISSUER_LEVEL_LABELS: Readonly<Record<IssuerLevel, BilingualText>> = {
  national: { 'zh-CN': '国家', en: 'National' },
  provincial: { 'zh-CN': '省级', en: 'Provincial' },
  municipal: { 'zh-CN': '市级', en: 'Municipal' },
  district: { 'zh-CN': '区级', en: 'District' },
  county: { 'zh-CN': '县级', en: 'County' },
  township: { 'zh-CN': '乡镇', en: 'Township' },
  subdistrict: { 'zh-CN': '街道', en: 'Subdistrict' },
  department: { 'zh-CN': '政府部门', en: 'Government department' },
  development_zone: { 'zh-CN': '开发区', en: 'Development zone' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

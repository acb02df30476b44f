import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import type { BilingualText } from './localized-text.js';

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

/** The body that issued the report. */
export const IssuerSchema = strictObject({
  name: z.string().check(z.minLength(1)),
  nameEn: z.optional(z.string().check(z.minLength(1))),
  level: z.enum(ISSUER_LEVELS),
  parent: z.optional(z.string().check(z.minLength(1))),
  divisionCode: z.optional(z.string().check(z.regex(/^\d{6}(?:\d{3}){0,2}$/, { error: 'rol:division-code' }))),
});

/** The body that issued the report. */
export interface Issuer {
  /** The issuing body, as named in the report. */
  name: string;
  /** Its English name, when known. */
  nameEn?: string | undefined;
  /** Its level of government or kind of body. */
  level: IssuerLevel;
  /** The government it belongs to, e.g. 天津市滨海新区. */
  parent?: string | undefined;
  /** Administrative division code (6, 9 or 12 digits). */
  divisionCode?: string | undefined;
}

type IssuerMatchesSchema = Proof<Same<Issuer, z.infer<typeof IssuerSchema>>>;

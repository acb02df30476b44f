import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { ISSUER_LEVELS, type IssuerLevel } from '../vocabulary/issuer-levels.js';

export * from '../vocabulary/issuer-levels.js';

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

import * as z from 'zod/mini';
import { strictObject } from './strict-object.js';
import type { Proof, Same } from './type-equality.js';
import { LocalizedTextSchema } from './localized-text.js';
import { UNIT_CODES, UNIT_DIMENSIONS, type CustomUnit, type Unit } from '../vocabulary/units.js';

export * from '../vocabulary/units.js';

/** A unit that the codelist does not have, with its own label. Custom units are counts unless said otherwise. */
export const CustomUnitSchema = strictObject({
  custom: z.string().check(z.minLength(1)),
  label: LocalizedTextSchema,
  dimension: z.optional(z.enum(UNIT_DIMENSIONS)),
});

type CustomUnitMatchesSchema = Proof<Same<CustomUnit, z.infer<typeof CustomUnitSchema>>>;

/** A built-in unit code or a custom unit. */
export const UnitSchema = z.union([z.enum(UNIT_CODES), CustomUnitSchema], { error: 'rol:unit' });

type UnitMatchesSchema = Proof<Same<Unit, z.infer<typeof UnitSchema>>>;

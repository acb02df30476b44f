import * as z from 'zod/mini';
import { strictObject } from '../schema/strict-object.js';
import { QuantitySchema } from '../schema/quantity.js';
import { PeriodSchema } from '../schema/report.js';

/** One prior-period figure quoted by a report: its period, the figure as written, and optionally a breakdown category. */
export const PriorFigureSchema = strictObject({
  period: PeriodSchema.check(z.describe('The earlier period the figure is for, usually the previous calendar year.')),
  quantity: QuantitySchema.check(z.describe('The figure as this report quotes it ("较2022年558件" → 558 件).')),
  part: z.optional(z.string().check(z.minLength(1))).check(z.describe("A category of the indicator's breakdown; absent for the indicator's own figure.")),
}).check(z.describe('A prior-period figure quoted by the report itself.'));

/** A prior-period figure quoted by a report. */
export type PriorFigure = z.infer<typeof PriorFigureSchema>;

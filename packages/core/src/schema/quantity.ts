import * as z from 'zod';
import { QualifierSchema } from './qualifier.js';
import { SourceSpanSchema } from './source-span.js';
import { UnitSchema, unitDimension } from './unit.js';

/**
 * A stated figure: its value in base units (0.39万元 → 3900 with unit 元), its unit, how exact it is,
 * and the figure exactly as the report wrote it ("996余人次").
 */
export const QuantitySchema = z
  .strictObject({
    value: z.number().describe('The value in base units (元 for money, percent for rates).'),
    unit: UnitSchema,
    qualifier: QualifierSchema.optional().describe('How exact the figure is; `exact` when absent.'),
    marker: z.string().min(1).optional().describe('The qualifier as written: 余, 以上, 逾, 约, 近, 不足, 达…'),
    written: z.string().min(1).describe('The figure verbatim, as the report wrote it: "0.39万元", "996余人次".'),
    source: SourceSpanSchema.optional(),
  })
  .superRefine((quantity, ctx) => {
    const dimension = unitDimension(quantity.unit);
    const { value } = quantity;
    if ((dimension === 'count' || dimension === 'rank') && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: 'rol:count-integer', params: { value }, path: ['value'] });
    }
    if ((dimension === 'count' || dimension === 'money') && value < 0) {
      ctx.addIssue({ code: 'custom', message: 'rol:negative', params: { value }, path: ['value'] });
    }
    if (dimension === 'rank' && value < 1) {
      ctx.addIssue({ code: 'custom', message: 'rol:rank-positive', params: { value }, path: ['value'] });
    }
  })
  .describe('A stated figure with its unit, qualifier and verbatim form.');

/** A stated figure. */
export type Quantity = z.infer<typeof QuantitySchema>;

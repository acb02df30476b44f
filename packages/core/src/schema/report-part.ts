import * as z from 'zod/mini';
import { REPORT_PARTS } from '../vocabulary/report-parts.js';

export * from '../vocabulary/report-parts.js';

/** Schema of a {@link ReportPart}. */
export const ReportPartSchema = z.enum(REPORT_PARTS);

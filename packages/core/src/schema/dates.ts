import * as z from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';

// `_isoDate(ZodMiniISODate, …)` is exactly what `z.iso.date(…)` does; reaching it through the `z.iso`
// namespace object would keep every ISO schema (time, duration) in a bundle.

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = /* @__PURE__ */ _isoDate(z.ZodMiniISODate, { error: 'rol:date' });

/** A date, or a date and time with or without an offset (`2024-03-26T17:24:00+08:00`). */
export const IsoDateOrDateTimeSchema = z.union(
  [_isoDate(z.ZodMiniISODate), _isoDateTime(z.ZodMiniISODateTime, { offset: true, local: true })],
  { error: 'rol:date-time' },
);

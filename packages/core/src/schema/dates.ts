import * as z from 'zod/mini';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ error: 'rol:date' });

/** A date, or a date and time with or without an offset (`2024-03-26T17:24:00+08:00`). */
export const IsoDateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: 'rol:date-time' });

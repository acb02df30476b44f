import * as z from 'zod/mini';
import { isJsonValue, type JsonValue } from '../rules/json-value.js';

export * from '../rules/json-value.js';

/** Free data (`extensions`): a record of JSON values, kept exactly as given. */
export const ExtensionsSchema = z.record(z.string(), z.custom<JsonValue>(isJsonValue, { error: 'rol:json-value' }));

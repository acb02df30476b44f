/**
 * Turns off zod's `new Function` fast path before any schema is built. zod probes for eval support when
 * its first object schema is created; on pages whose Content-Security-Policy forbids `unsafe-eval` that
 * probe is reported as a violation even though zod catches it. Import this module first, before
 * anything that imports `@rule-of-law/core`.
 */
import { config } from 'zod/mini';

config({ jitless: true });

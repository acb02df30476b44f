import type * as z from 'zod/mini';

/**
 * Adds one of the library's own validation issues to a refinement: code `custom`, message `rol:` + the
 * key of its text in `parse/messages.ts`, with the values the text needs.
 */
export function rolIssue(ctx: z.core.$RefinementCtx, key: string, params: Record<string, unknown>, path: (string | number)[]): void {
  ctx.addIssue({ code: 'custom', message: `rol:${key}`, params, path });
}

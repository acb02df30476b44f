/**
 * Helpers that write codelist entries on one line, for the browser bundle's sake: `outcome('alter',
 * '变更', 'Altered', groups)` is `{ code: 'alter', label: { 'zh-CN': '变更', en: 'Altered' }, groups }` with
 * the same literal types as writing it out `as const`. Not exported from the package.
 */
// @__NO_SIDE_EFFECTS__
export function outcome<const Code extends string, const Zh extends string, const En extends string, const Groups extends readonly string[]>(
  code: Code,
  zh: Zh,
  en: En,
  groups: Groups,
) {
  return { code, label: { 'zh-CN': zh, en }, groups } as const;
}

/** A label in both languages: `text('审结', 'Concluded')` is `{ 'zh-CN': '审结', en: 'Concluded' }`. */
// @__NO_SIDE_EFFECTS__
export function text(zh: string, en: string): { readonly 'zh-CN': string; readonly en: string } {
  return { 'zh-CN': zh, en };
}

/**
 * Registers a custom element, warning instead of throwing when the tag is already taken (for example
 * when a CMS template includes the drop-in bundle twice, or an npm build and the drop-in meet on one page).
 *
 * @example
 * ```ts
 * safeDefine('rule-of-law-figure', RuleOfLawFigure);
 * ```
 */
export function safeDefine(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    console.warn(`[rule-of-law] <${tag}> is already defined by another script; keeping the first definition.`);
  }
}

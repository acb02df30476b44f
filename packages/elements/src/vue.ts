/**
 * `@rule-of-law/elements/vue`: the `rule-of-law-*` tags for Vue 3 templates in TypeScript (vue-tsc, the
 * Vue language tools): each tag's properties with their types (`:report="data"`, `layout="compact"`,
 * `:heading-level="2"`), its events (`@rol-load`, `@rol-error`, `@rol-select`, with the typed `detail` on
 * `$event`), the `render-root` attribute and Vue's HTML attributes. Types only; import it once, next to
 * the import that registers the elements (Vite's `isCustomElement` setting is still needed, see the
 * developers' guide):
 *
 * ```ts
 * import '@rule-of-law/elements';
 * import type {} from '@rule-of-law/elements/vue';
 * ```
 */
import type { HTMLAttributes } from 'vue';
import type { RolEventMap } from './internal/events.js';
import type { RuleOfLawTags, TAG_PROPERTY_NAMES, TagAttributes, TagProperties } from './internal/tag-properties.js';

/** `rol-load` → `rolLoad`: how Vue names a listener prop (`@rol-load` is `onRolLoad`). */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** The library's events as Vue listener props: `@rol-load="(event) => event.detail.report"`. */
export type RolVueEventProps = { [Name in keyof RolEventMap as `on${Capitalize<CamelCase<Name>>}`]?: (event: RolEventMap[Name]) => void };

/** The `rule-of-law-*` tags as Vue's `GlobalComponents` see them: properties, events, `render-root`, HTML attributes. */
export type RuleOfLawVueComponents = {
  [Tag in keyof RuleOfLawTags]: new () => RuleOfLawTags[Tag] & {
    /** For template type-checking only: what the tag takes in a template. */
    $props: TagProperties<Tag> & RolVueEventProps & TagAttributes & Omit<HTMLAttributes, (typeof TAG_PROPERTY_NAMES)[Tag][number]>;
  };
};

declare module 'vue' {
  interface GlobalComponents extends RuleOfLawVueComponents {}
}

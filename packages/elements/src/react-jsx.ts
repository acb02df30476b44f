/**
 * `@rule-of-law/elements/react-jsx`: the `rule-of-law-*` tags for React 19's JSX in TypeScript — each
 * tag's properties with their types (`report={data}`, `layout="compact"`, `headingLevel={2}`), its events
 * as React 19 names them (`onrol-load`, `onrol-error`, `onrol-select`, with the typed `detail`), the
 * `render-root` attribute, and React's usual HTML attributes, `children` and `ref`. Import it once for
 * its types, next to the import that registers the elements:
 *
 * ```ts
 * import '@rule-of-law/elements';
 * import type {} from '@rule-of-law/elements/react-jsx';
 * ```
 *
 * Needs `@types/react` 19 (which a React project in TypeScript has).
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { RolEventMap } from './internal/events.js';
import type { RuleOfLawTags, TAG_PROPERTY_NAMES, TagAttributes, TagProperties } from './internal/tag-properties.js';

/** The library's events as React 19 props: `onrol-load={(event) => event.detail.report}`. */
export type RolReactEventProps = { [Name in keyof RolEventMap as `on${Name}`]?: (event: RolEventMap[Name]) => void };

/** The `rule-of-law-*` tags of React's `JSX.IntrinsicElements`: properties, events, `render-root`, React's HTML attributes and `ref`. */
export type RuleOfLawIntrinsicElements = {
  [Tag in keyof RuleOfLawTags]: TagProperties<Tag> &
    RolReactEventProps &
    TagAttributes &
    Omit<HTMLAttributes<RuleOfLawTags[Tag]>, (typeof TAG_PROPERTY_NAMES)[Tag][number]> &
    RefAttributes<RuleOfLawTags[Tag]>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends RuleOfLawIntrinsicElements {}
  }
}

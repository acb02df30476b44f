import type { LocaleTag } from '@rule-of-law/core';
import { stringsOf, type Strings } from '../i18n/strings.js';

/**
 * What a view (a pure template function shared by the elements, their light-DOM rendering and the
 * static HTML renderer) needs besides its data: the locale, its strings, and how to make an id unique
 * in the tree it is rendered into.
 */
export interface ViewContext {
  readonly locale: LocaleTag;
  readonly strings: Strings;
  /** An id unique where the view is rendered: the name itself in a shadow root, prefixed in the page. */
  readonly id: (name: string) => string;
}

/**
 * A view context. Without `prefix` ids are used as they are (a shadow root scopes them); with one,
 * every id becomes `<prefix>-<name>`, so several reports can share a page (light DOM, static HTML).
 */
export function viewContext(locale: LocaleTag, prefix?: string): ViewContext {
  return { locale, strings: stringsOf(locale), id: prefix ? (name) => `${prefix}-${name}` : (name) => name };
}

/** The context of a part of a view (one chart of a report): its ids get `scope` in front. */
export function subContext(context: ViewContext, scope: string): ViewContext {
  return { ...context, id: (name) => context.id(`${scope}-${name}`) };
}

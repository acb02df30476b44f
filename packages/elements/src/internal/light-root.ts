import type { LitElement } from 'lit';
import { adoptDocumentStyles } from './styles/document-styles.js';
import type { ScopedSheet } from './styles/scoped-sheet.js';

let count = 0;

/** A prefix for the ids of one light-DOM element, unique in the page (`rol1`, `rol2`…). */
export function nextIdPrefix(): string {
  return `rol${++count}`;
}

/**
 * The render root of an element with `render-root="light"`: the element itself, so that page tools that
 * walk `document` text nodes (read-aloud, enlarge, 简/繁 conversion) reach every word. The page
 * stylesheet is adopted into the document (a constructable stylesheet: allowed by a strict CSP), and
 * Lit renders before a comment placed first, ahead of any static fallback, inline JSON or fallback
 * content. `undefined` for the default shadow root.
 *
 * `extra` is the element kind's own sheet when its rules are not in the page stylesheet (the trend chart,
 * the comparison): adopted too, once, and only by a page that draws such an element.
 *
 * @example
 * ```ts
 * protected override createRenderRoot() {
 *   return lightRoot(this, ['trend', trendStyles]) ?? super.createRenderRoot();
 * }
 * ```
 */
export function lightRoot(element: LitElement, extra?: ScopedSheet): HTMLElement | undefined {
  if (element.getAttribute('render-root') !== 'light') return undefined;
  adoptDocumentStyles(element.ownerDocument, extra);
  const anchor = element.ownerDocument.createComment('');
  element.prepend(anchor);
  element.renderOptions.renderBefore = anchor;
  return element;
}

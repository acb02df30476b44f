import { hydrate } from '@lit-labs/ssr-client';
import type { LitElement } from 'lit';
import { isLitComment } from './templates/kept-content.js';

/** A template and the id prefix of the static copy it was drawn with: what an element adopts that copy with. */
export interface Adoption {
  /** The template the copy's markup was rendered from, with the values it was rendered with. */
  readonly template: unknown;
  /** The prefix of the copy's ids, which the element keeps. */
  readonly idPrefix: string;
}

/** Lit's `lit-part` comment opening `box` (before its `lit-node` comment, white space aside): there when the copy kept its server-rendering comments. */
function partComment(box: Element): Comment | undefined {
  let node = box.previousSibling;
  while (node && ((node.nodeType === Node.TEXT_NODE && !node.nodeValue?.trim()) || isLitComment(node, 'lit-node'))) node = node.previousSibling;
  return isLitComment(node, 'lit-part') ? node : undefined;
}

/**
 * Adopts a light-DOM element's static copy (`box`, rendered on a server with its hydration comments kept) as the
 * element's own rendering: Lit's hydration makes the parts of `adoption.template` over the copy's markup without
 * drawing anything, so the element's next render changes only what differs (its event listeners, what its
 * attributes change) and the reader's page does not lay the report out again. False, with nothing changed, when
 * the copy lost its comments (an editor stripped them) or something is already rendered into `element`; false
 * too when the markup is not what the template renders (hydration stops at the first mismatch, having perhaps
 * read part of the copy: the caller then draws anew in its place).
 */
export function adoptStaticCopy(element: LitElement, box: Element, adoption: Adoption): boolean {
  type PartOwner = { _$litPart$?: unknown };
  // Lit's render keeps its part on `renderBefore` when there is one (the light root's anchor), else on the container.
  const owner = (element.renderOptions.renderBefore ?? element) as unknown as PartOwner;
  const container = element as unknown as PartOwner;
  if (owner._$litPart$ !== undefined || !partComment(box)) return false;
  try {
    hydrate(adoption.template, element, element.renderOptions);
  } catch {
    delete container._$litPart$;
    return false;
  }
  owner._$litPart$ = container._$litPart$;
  if (owner !== container) delete container._$litPart$;
  return true;
}

/** True when `box` is a static copy kept for adoption (see {@link adoptStaticCopy}): while loading, nothing is drawn over it. */
export function isAdoptable(box: Element): boolean {
  return box.hasAttribute('data-rol-hydrate') && partComment(box) !== undefined;
}

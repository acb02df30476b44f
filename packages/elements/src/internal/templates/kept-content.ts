import { hydrate } from '@lit-labs/ssr-client';
import { render, type RenderOptions } from 'lit';
import type { ChildPart } from 'lit/directive.js';

/**
 * Whether `node` is one of the comments Lit's server rendering writes: `lit-part` (a part's start, with the digest of
 * its template when it holds one) or `lit-node` (the element after it has bindings). What adopting a static copy reads.
 */
export function isLitComment(node: Node | null, kind: 'lit-part' | 'lit-node'): node is Comment {
  return node?.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith(kind);
}

/**
 * Content that Lit renders into a container of its own, before a marker that moves with it, so that the
 * container can be swapped (a heading's `<h2>` for an `<h3>`) or moved (a table into a `<details>`) while
 * the rendered nodes stay the very same: a page toolbar's rewriting of their text (简→繁) survives. What
 * {@link heading} and {@link tableBox} share. The content holds text and plain templates only (no
 * asynchronous directive to connect or disconnect).
 *
 * @example
 * ```ts
 * const kept = new KeptContent(document.createElement('h2'));
 * kept.render(strings.title, part.options);
 * kept.moveInto(document.createElement('h3')); // the same text nodes, now in the <h3>
 * ```
 */
export class KeptContent {
  /** Where the content's own render keeps its state (`renderBefore`): it moves with the content. */
  private readonly anchor: Comment;

  constructor(public container: HTMLElement) {
    this.anchor = container.ownerDocument.createComment('');
    container.append(this.anchor);
  }

  /**
   * Content already in `container`, rendered on a server with Lit's hydration comments (a static copy being
   * adopted, see `adoptStaticCopy`), made this object's own: Lit's hydration over it, so that {@link render}
   * updates those very nodes. Its `lit-node` comments are removed once read, so that the hydration of the page
   * around it, which walks on through these nodes, does not take them for its own.
   *
   * @throws when the content is not what `content` renders (hydration stops at the first mismatch).
   */
  static adopt(container: HTMLElement, content: unknown, options: RenderOptions | undefined): KeptContent {
    hydrate(content, container, options);
    const owner = container as unknown as { _$litPart$?: unknown };
    const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
    const read: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isLitComment(node, 'lit-node')) read.push(node);
    for (const node of read) node.parentNode?.removeChild(node);
    const kept = new KeptContent(container);
    // Lit's render keeps its part on `renderBefore` when it is given one: the hydrated part moves to the anchor.
    (kept.anchor as unknown as { _$litPart$?: unknown })._$litPart$ = owner._$litPart$;
    delete owner._$litPart$;
    return kept;
  }

  /** Renders `content` into the container, updating the nodes it rendered before in place. */
  render(content: unknown, options: RenderOptions | undefined): void {
    render(content, this.container, { ...options, renderBefore: this.anchor });
  }

  /** Moves every node of the container (the marker included) into `next`, which becomes the container. */
  moveInto(next: HTMLElement): void {
    next.append(...this.container.childNodes);
    this.container = next;
  }
}

/**
 * The element a directive's part holds in a static copy being adopted (the first element after the part's
 * `lit-part` comment, written by Lit's server rendering); `undefined` for a part drawn in the browser. The
 * directive answers with this element itself rather than its template, so the `lit-node` comments of that
 * template (before the element) are removed: the hydration walking on would take them for its own.
 */
export function takeServerRendered(part: ChildPart): HTMLElement | undefined {
  const start = part.startNode;
  if (!isLitComment(start, 'lit-part')) return undefined;
  // Up to the part's end: a part drawn again after it was emptied keeps its first comment but holds no copy.
  let node = start.nextSibling;
  while (node && node !== part.endNode && node.nodeType !== Node.ELEMENT_NODE) {
    const next = node.nextSibling;
    if (isLitComment(node, 'lit-node')) node.parentNode?.removeChild(node);
    node = next;
  }
  return node && node !== part.endNode ? (node as HTMLElement) : undefined;
}

import { render, type RenderOptions } from 'lit';

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

import { html, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KeptContent, takeServerRendered } from './kept-content.js';

/** A heading level, 2–6 (a page keeps its own h1). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any number to a {@link HeadingLevel}. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? (Math.min(6, Math.max(2, level)) as HeadingLevel) : fallback;
}

/** What a heading carries besides its level and content. */
export interface HeadingOptions {
  readonly id?: string;
  readonly part: string;
}

/** A real `<hN>` element at the given level as a template (Lit cannot bind a tag name, so each level is spelled out). */
function headingTemplate(level: HeadingLevel, content: unknown, options: HeadingOptions): TemplateResult {
  const { part } = options;
  const id = ifDefined(options.id);
  switch (level) {
    case 2:
      return html`<h2 id=${id} part=${part} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class="heading">${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class="heading">${content}</h6>`;
  }
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * A heading whose level can change without drawing its text again. With a template per level, Lit would
 * throw the old `<h2>` away with its text nodes and draw a fresh `<h3>`, undoing what a page toolbar (简→繁
 * conversion, read-aloud marks) did to that text. Instead, in the browser, the heading's content is rendered
 * into a heading element kept here, before a marker of its own; when the level changes, a new `<hN>` takes
 * over the very same nodes (marker included, so Lit goes on updating them in place) and replaces the old one.
 * On the server (`@lit-labs/ssr`, the static HTML) `render()` gives the plain template: the same markup; a
 * hydratable static copy's heading is adopted as the kept one.
 */
class HeadingDirective extends Directive {
  private kept: KeptContent | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('heading() draws an element: use it where content goes');
  }

  render(level: HeadingLevel, content: unknown, options: HeadingOptions): TemplateResult {
    return headingTemplate(level, content, options);
  }

  override update(part: ChildPart, [level, content, options]: [HeadingLevel, unknown, HeadingOptions]): HTMLElement {
    const tag = `h${level}`;
    const copy = this.kept ? undefined : takeServerRendered(part);
    if (copy) {
      // A static copy being adopted: its heading, with its content, becomes the kept one.
      if (copy.localName !== tag) throw new Error(`heading(): the static copy has <${copy.localName}> where <${tag}> goes`);
      this.kept = KeptContent.adopt(copy, content, part.options);
    }
    if (this.kept?.container.localName !== tag) {
      const next = (part.parentNode.ownerDocument ?? window.document).createElement(tag);
      if (this.kept) this.kept.moveInto(next);
      else this.kept = new KeptContent(next);
    }
    const element = this.kept.container;
    setAttribute(element, 'id', options.id);
    setAttribute(element, 'part', options.part);
    setAttribute(element, 'class', 'heading');
    this.kept.render(content, part.options);
    return element;
  }
}

const headingDirective = directive(HeadingDirective);

/**
 * A real `<hN>` element at the given level, with `class="heading"`, its `part` and `id`. A change of level
 * swaps the element and keeps its text nodes (see {@link HeadingDirective}): a page toolbar's rewriting of a
 * heading survives a change of `heading-level`. Use it where content goes, not in an attribute.
 *
 * @example
 * ```ts
 * html`<section aria-labelledby="t">${heading(level, strings.headline, { id: 't', part: 'section-title' })}</section>`;
 * ```
 */
export function heading(level: HeadingLevel, content: unknown, options: HeadingOptions): DirectiveResult<typeof HeadingDirective> {
  return headingDirective(level, content, options);
}

import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level, 2–6 (a page keeps its own h1). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any number to a {@link HeadingLevel}. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? (Math.min(6, Math.max(2, level)) as HeadingLevel) : fallback;
}

/** A real `<hN>` element at the given level (Lit cannot bind a tag name, so each level is spelled out). */
export function heading(level: HeadingLevel, content: unknown, options: { readonly id?: string; readonly part: string }): TemplateResult {
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

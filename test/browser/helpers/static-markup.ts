// What the static-HTML browser tests share: the static renderers run in Node by the test server, a tree as
// comparable lines, tables as text, and a page of its own in which the static HTML then upgrades.
import { adoptDocumentStyles } from '../../../packages/elements/src/internal/styles/document-styles.js';
import type { ScopedSheet } from '../../../packages/elements/src/internal/styles/scoped-sheet.js';
import { ok } from './assert.js';

/**
 * The static HTML that the test server's `/__rol/<endpoint>` renders in Node from `body` (posted as JSON),
 * with `options` as query parameters (e.g. `render-trend-static`, `render-compare-static`).
 */
export async function staticHtml(endpoint: string, body: unknown, options: Record<string, string | number> = {}): Promise<string> {
  const query = new URLSearchParams(Object.entries(options).map(([key, value]) => [key, String(value)]));
  const response = await fetch(`/__rol/${endpoint}?${query}`, { method: 'POST', body: JSON.stringify(body) });
  ok(response.ok, `the static renderer drew it (${endpoint}: ${response.status} ${response.ok ? '' : await response.text()})`);
  return response.text();
}

/**
 * A tree as lines of text, one per element (tag and sorted attributes) and per text (white space collapsed),
 * indented by depth: comments, white space between tags and the elements `skip` names left out.
 */
export function outline(root: Element, skip: (element: Element) => boolean = () => false): string[] {
  const lines: string[] = [];
  const visit = (element: Element, depth: number): void => {
    const indent = '  '.repeat(depth);
    const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
    lines.push(`${indent}<${element.localName}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>`);
    // Text between two elements as one line: Lit's markers split it into several nodes, the HTML parser does not.
    let text = '';
    const flush = (): void => {
      const collapsed = text.replace(/\s+/g, ' ').trim();
      if (collapsed) lines.push(`${indent}  "${collapsed}"`);
      text = '';
    };
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child instanceof Element && !skip(child)) {
        flush();
        visit(child, depth + 1);
      }
    }
    flush();
  };
  visit(root, 0);
  return lines;
}

/** The text a reader gets, white space collapsed. */
export const textOf = (root: Element): string => (root.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every table as text: one array per row (header rows first), cells trimmed. */
export const tableRows = (root: ParentNode): string[][] =>
  [...root.querySelectorAll('table tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));

/** A page of its own holding `body`, styled as linking rule-of-law.css and the element's own stylesheet (`sheet`, if any) gives. */
export async function staticPage(body: string, sheet?: ScopedSheet): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.className = 'test-frame';
  frame.width = '800';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>page</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  adoptDocumentStyles(frame.contentDocument!, sheet);
  return frame;
}

/** Loads the library with the multi-year elements into the page (`all.ts`): its elements upgrade. */
export function registerAll(frame: HTMLIFrameElement): void {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/packages/elements/src/all.ts';
  frame.contentDocument!.head.append(script);
}

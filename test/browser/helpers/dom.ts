import type { Report } from '@rule-of-law/core';
import type { RolEventMap } from '../../../packages/elements/src/internal/events.js';

/** The reference report (examples/hangzhoudao-2023.json), fetched fresh for each call. */
export async function referenceReport(): Promise<Report> {
  const response = await fetch('/examples/hangzhoudao-2023.json');
  return (await response.json()) as Report;
}

/** Adds HTML to a fresh container in the document and returns its first element. */
export function mount<E extends Element = HTMLElement>(markup: string): E {
  const container = document.createElement('div');
  container.className = 'test-container';
  const template = document.createElement('template');
  template.innerHTML = markup; // test-authored markup only
  container.append(template.content);
  document.body.append(container);
  return container.firstElementChild as E;
}

/** Creates an element, lets `setup` set its properties, and adds it to the document. */
export function create<K extends keyof HTMLElementTagNameMap>(tag: K, setup: (element: HTMLElementTagNameMap[K]) => void = () => {}): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setup(element);
  const container = document.createElement('div');
  container.className = 'test-container';
  container.append(element);
  document.body.append(container);
  return element;
}

/** Removes everything the tests added. */
export function cleanup(): void {
  document.querySelectorAll('.test-container').forEach((container) => container.remove());
}

/**
 * Resolves with the next event of that name on `target`. Without `timeoutMs` it waits as long as the test may
 * (its timeout, 15 s, bounds it: a loaded machine can be slow); with it, it rejects after that many milliseconds.
 */
export function nextEvent<N extends keyof RolEventMap>(target: EventTarget, name: N, timeoutMs?: number): Promise<RolEventMap[N]> {
  return new Promise((resolve, reject) => {
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => reject(new Error(`no ${name} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as RolEventMap[N]);
      },
      { once: true },
    );
  });
}

interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

/** Waits until the element and every Lit element in its shadow tree have rendered. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = [element, ...deepElements(element)].map((node) => (node as Updatable).updateComplete).filter(Boolean);
    const results = await Promise.all(pending);
    if (results.every((done) => done === true)) return;
  }
}

/** Every element inside `root`, through shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | DocumentFragment): void => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Elements matching `selector` anywhere inside `root`, through shadow roots. */
export function deepQueryAll<E extends Element = Element>(root: Element, selector: string): E[] {
  return deepElements(root).filter((element) => element.matches(selector)) as E[];
}

/** The first element matching `selector` inside `root`, through shadow roots; throws when there is none. */
export function deepQuery<E extends Element = Element>(root: Element, selector: string): E {
  const found = deepQueryAll<E>(root, selector)[0];
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The text a reader sees, through shadow roots (slots and styles left out), with white space collapsed. Works across frames. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) {
      visit(shadow);
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

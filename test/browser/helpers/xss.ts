// What the XSS tests look at: whether anything ran (after a positive barrier, never a fixed sleep), and
// how a render with payloads differs from the same render with inert placeholders in the same fields.
import { PLACEHOLDERS, XSS_FLAG } from '../../support/xss-corpus.js';
import { deepElements, deepText, settled } from './dom.js';

let dialogs = 0;
const originalDialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

/** Clears the flag a payload sets and counts the dialogs a payload would open. */
export function watchForExecution(): void {
  delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
  dialogs = 0;
  window.alert = () => void dialogs++;
  window.confirm = () => (dialogs++, false);
  window.prompt = () => (dialogs++, null);
}

/** Puts the dialogs back. */
export function stopWatching(): void {
  Object.assign(window, originalDialogs);
}

/** What ran since {@link watchForExecution}: the flag's value and the number of dialogs opened. */
export function whatRan(): { flag: unknown; dialogs: number } {
  return { flag: (window as unknown as Record<string, unknown>)[XSS_FLAG], dialogs };
}

/**
 * Resolves after the next rendered frame — or at once when the page is hidden: web-test-runner runs two test
 * files at once and the page it opened first is hidden, and a hidden page renders no frames.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    const onHidden = () => document.visibilityState === 'hidden' && done();
    const done = () => (document.removeEventListener('visibilitychange', onHidden), resolve());
    document.addEventListener('visibilitychange', onHidden);
    requestAnimationFrame(done);
  });
}

/** Resolves after the timers of delay 0 set so far (timers of equal delay run in the order they were set). */
const timersSoFar = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Resolves once an image of our own, added after the render, has loaded or failed. It asks the same server
 * as the payloads' `<img src=x>` (a 404), so an injected image, requested earlier, has failed (and run its
 * handler) by then.
 */
function controlImage(): Promise<void> {
  return new Promise((resolve) => {
    const image = document.createElement('img');
    image.alt = '';
    image.addEventListener('load', () => (image.remove(), resolve()), { once: true });
    image.addEventListener('error', () => (image.remove(), resolve()), { once: true });
    // Not `x` itself: a request for `x` (in the network log) then always means an injected image.
    image.src = 'x?control';
    document.body.append(image);
  });
}

/**
 * A positive barrier after a render, with no fixed sleep: every Lit element under `elements` has finished
 * updating; the timers they set have run (a trend measures its width in one) and the updates those asked
 * for are done; a frame has been drawn where the page renders frames (autofocus, resize observers); a
 * control image's load or error event has fired (an injected `<img onerror>` would have fired before it);
 * and, after another frame and the timers set meanwhile, the elements are settled again.
 */
export async function afterEverything(...elements: Element[]): Promise<void> {
  const allSettled = async () => {
    for (const element of elements) await settled(element);
  };
  await allSettled();
  await timersSoFar();
  await allSettled();
  await nextFrame();
  await controlImage();
  await nextFrame();
  await timersSoFar();
  await allSettled();
}

/** Attributes that hold a URL a browser may follow or load. */
export const URL_ATTRIBUTES = /^(href|xlink:href|src|srcset|action|formaction|data|poster|background|ping|lowsrc|srcdoc|codebase|cite|manifest|icon)$/i;

/** True for a URL that may be rendered: a same-document fragment, or an absolute http(s) address. */
export function isSafeUrl(value: string): boolean {
  if (value.startsWith('#')) return true;
  if (!/^https?:/i.test(value.trim())) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Event-handler attributes, `style` attributes and unsafe URLs (in URL attributes) anywhere under `roots`. */
export function activeAttributes(roots: readonly Element[]): string[] {
  const found: string[] = [];
  for (const root of roots) {
    for (const element of [root, ...deepElements(root)]) {
      for (const attribute of element.attributes) {
        const { name, value } = attribute;
        if (/^on/i.test(name) || (URL_ATTRIBUTES.test(name) && !isSafeUrl(value))) found.push(`${element.localName}@${name}=${value.slice(0, 80)}`);
      }
    }
  }
  return found;
}

/** One rendered element: its name and attributes (ids made independent of the page's counter). */
export interface Shape {
  readonly name: string;
  readonly attributes: readonly (readonly [name: string, value: string])[];
}

/** A render as the tests compare it: every element in order (through shadow roots), and the text a reader sees. */
export interface Snapshot {
  readonly elements: readonly Shape[];
  readonly text: string;
}

/**
 * Light-DOM ids carry a page-wide counter (`rol12-title`), and a `blob:` URL the test made is new each
 * time: the same render twice differs only there.
 */
const normalise = (value: string): string => value.replace(/\brol\d+-/g, 'rol#-').replace(/^blob:\S+$/, 'blob:#');

/** The snapshot of `roots` (each with everything under it, through shadow roots). */
export function snapshot(roots: readonly Element[]): Snapshot {
  const elements: Shape[] = [];
  const texts: string[] = [];
  for (const root of roots) {
    for (const element of [root, ...deepElements(root)]) {
      elements.push({
        name: element.localName,
        attributes: [...element.attributes]
          .map((attribute) => [attribute.name, normalise(attribute.value)] as const)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      });
    }
    texts.push(deepText(root));
  }
  return { elements, text: texts.join('\n') };
}

/** How many elements of each name. */
export function elementCounts(snap: Snapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of snap.elements) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

const HAS_PLACEHOLDER = new RegExp(PLACEHOLDERS.source);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that matches `clean` (a value with placeholders) with anything in place of each placeholder
 * and everything else unchanged.
 */
function withDataAnywhere(clean: string): RegExp {
  return new RegExp(
    `^${clean
      .split(HAS_PLACEHOLDER)
      .map((piece, index) => (index % 2 === 0 ? escapeRegExp(piece) : '[\\s\\S]*?'))
      .join('')}$`,
  );
}

/**
 * How the hostile render differs from the clean one, as a list of problems (empty when it does not):
 * another element anywhere (the sequence of element names must be the same); an attribute added or
 * dropped; an attribute value that differs, unless the clean value held data (a placeholder) and the
 * hostile value is the clean one with other text only where the placeholders were; data in a `style`
 * attribute; and, in the hostile render, any event-handler attribute or URL attribute that is not a
 * fragment or an http(s) address.
 */
export function differences(clean: Snapshot, hostile: Snapshot, hostileRoots: readonly Element[]): string[] {
  const problems: string[] = activeAttributes(hostileRoots).map((entry) => `active attribute ${entry}`);
  const cleanNames = clean.elements.map((shape) => shape.name);
  const hostileNames = hostile.elements.map((shape) => shape.name);
  if (cleanNames.join(' ') !== hostileNames.join(' ')) {
    const counts = [elementCounts(clean), elementCounts(hostile)];
    const names = [...new Set([...cleanNames, ...hostileNames])].filter((name) => counts[0]![name] !== counts[1]![name]);
    const first = cleanNames.findIndex((name, index) => hostileNames[index] !== name);
    problems.push(
      `elements differ from the clean render: ${names.map((name) => `${name} ${counts[0]![name] ?? 0}→${counts[1]![name] ?? 0}`).join(', ') || 'same counts, other order'}` +
        ` (first at #${first}: ${cleanNames[first]} → ${hostileNames[first]})`,
    );
    return problems;
  }
  clean.elements.forEach((shape, index) => {
    const other = hostile.elements[index]!;
    const names = shape.attributes.map(([name]) => name).join(' ');
    const otherNames = other.attributes.map(([name]) => name).join(' ');
    if (names !== otherNames) {
      problems.push(`<${shape.name}> #${index}: attributes [${names}] became [${otherNames}]`);
      return;
    }
    shape.attributes.forEach(([name, value], position) => {
      const hostileValue = other.attributes[position]![1];
      // Data never styles anything: CSS in a style attribute can load URLs and hide or fake content.
      if (name === 'style' && HAS_PLACEHOLDER.test(value)) problems.push(`<${shape.name}> #${index}: data in a style attribute`);
      if (hostileValue === value) return;
      if (HAS_PLACEHOLDER.test(value) && withDataAnywhere(value).test(hostileValue)) return;
      problems.push(`<${shape.name}> #${index} @${name}: ${JSON.stringify(value.slice(0, 120))} became ${JSON.stringify(hostileValue.slice(0, 200))}`);
    });
  });
  return problems;
}

/**
 * The slots whose placeholder the clean render shows as text, and those of them whose data (`textOf`)
 * the hostile render does not show literally (white space aside: figures as written are shown without it).
 */
export function textNotShown(clean: Snapshot, hostile: Snapshot, textOf: (slot: number) => string): { shown: number[]; missing: number[] } {
  const shown = [...new Set([...clean.text.matchAll(PLACEHOLDERS)].map((match) => Number(match[1])))];
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const hostileText = squeeze(hostile.text);
  return { shown, missing: shown.filter((slot) => !hostileText.includes(squeeze(textOf(slot)))) };
}

/** The slots whose placeholder a clean render carries, in its text or in an attribute value. */
export function slotsIn(snap: Snapshot): Set<number> {
  const values = [snap.text, ...snap.elements.flatMap((shape) => shape.attributes.map(([, value]) => value))];
  return new Set(values.flatMap((value) => [...value.matchAll(PLACEHOLDERS)].map((match) => Number(match[1]))));
}

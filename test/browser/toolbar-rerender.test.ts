// What a page toolbar's 简→繁 conversion survives (docs/webmasters.md §9): the toolbar rewrites the report's text
// nodes in place, then the webmaster (or a site script) changes the report's attributes. Re-renders that change no
// text — theme, heading level (the headings become <h3>… for real) — keep every converted node; a layout change
// keeps every text it does not change and draws afresh only what it adds or rewords. In the light DOM the toolbar
// walks `document`; in a shadow root (which real toolbars do not enter) the same walk goes through the shadow
// roots, to hold the element to the same promise there.
import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { expectAccessible } from './helpers/axe.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepQueryAll, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { documentTextNodes, toTraditional } from './helpers/toolbar.js';
import { quiescent } from './helpers/wait.js';

afterEach(cleanup);

type Root = 'shadow' | 'light';

/** Every text node of `element`, through its shadow roots (no style or script text). */
function textNodes(element: Element): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(element);
  return found;
}

/** The text nodes the toolbar would still convert: simplified text drawn (again) by the element. */
function simplified(element: Element): Text[] {
  return textNodes(element).filter((node) => toTraditional(node.data) !== node.data);
}

/** The 简→繁 toolbar over the element's text (for the light DOM, exactly the nodes a walk of `document` reaches). */
function convert(element: Element, root: Root): number {
  const nodes = simplified(element);
  if (root === 'light') {
    const reachable = new Set(documentTextNodes());
    ok(
      nodes.every((node) => reachable.has(node)),
      'in the light DOM, every text node is one a document walk reaches',
    );
  }
  for (const node of nodes) node.data = toTraditional(node.data);
  return nodes.length;
}

/** Whether `node` lies inside an element matching `selector`, across shadow boundaries. */
function inside(node: Node, selector: string): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.matches(selector)) return true;
  }
  return false;
}

async function drawn(root: Root, report: Report): Promise<RuleOfLawReport> {
  const element = create('rule-of-law-report', (el) => {
    if (root === 'light') el.setAttribute('render-root', 'light');
    el.report = report;
  });
  await nextEvent(element, 'rol-load');
  await settled(element);
  return element;
}

async function set(element: Element, name: string, value: string): Promise<void> {
  element.setAttribute(name, value);
  await quiescent(element);
}

/** The level of each kind of heading: report title, section titles, breakdown titles, findings title. */
function levels(element: Element): string[] {
  const title = deepQuery(element, 'article.report > header > .heading');
  const sections = deepQueryAll(element, 'section.family > .heading, section.headline > .heading');
  const charts = deepQueryAll(element, 'figure.breakdown > .heading');
  const findings = deepQueryAll(element, 'section.findings > .heading');
  const only = (nodes: Element[]) => [...new Set(nodes.map((node) => node.localName))].join(' ');
  return [title.localName, only(sections), only(charts), only(findings)];
}

for (const root of ['shadow', 'light'] as const) {
  describe(`a 简→繁 toolbar’s conversion through attribute changes, render-root="${root}"`, () => {
    it('theme and heading-level (2 → 3 → 2) keep every converted text node; the headings change level for real', async () => {
      const element = await drawn(root, await referenceReport());
      const before = textNodes(element);
      const converted = convert(element, root);
      equal(converted, 208, 'the toolbar converts 208 text nodes of the reference report (docs/webmasters.md §9)');
      const titleText = deepQuery(element, 'article.report > header > .heading span').firstChild;

      await set(element, 'theme', 'dark');
      deepEqual(
        simplified(element).map((node) => node.data),
        [],
        'theme: no text drawn again',
      );
      const themed =
        root === 'light' ? deepQuery(element, '.rol-report').getAttribute('data-theme') : deepQuery(element, 'rule-of-law-breakdown').getAttribute('theme');
      equal(themed, 'dark', 'the theme did change');

      await set(element, 'heading-level', '3');
      deepEqual(levels(element), ['h3', 'h4', 'h5', 'h4'], 'heading-level 3: every heading one level down');
      deepEqual(
        simplified(element).map((node) => node.data),
        [],
        'heading-level 3: no text drawn again',
      );
      equal(deepQuery(element, 'article.report > header > .heading span').firstChild, titleText, 'the title’s text node is the same node, now in an <h3>');
      await expectAccessible(element, 'after heading-level 3');

      await set(element, 'heading-level', '2');
      deepEqual(levels(element), ['h2', 'h3', 'h4', 'h3'], 'heading-level 2 again');
      deepEqual(
        simplified(element).map((node) => node.data),
        [],
        'heading-level 2: no text drawn again',
      );
      const after = textNodes(element);
      equal(after.filter((node) => before.includes(node)).length, before.length, `all ${before.length} text nodes of the report are the very same nodes`);
      const labelled = deepQueryAll(element, 'article, section, figure');
      ok(labelled.length > 10, 'sections and figures');
      for (const box of labelled) {
        const id = box.getAttribute('aria-labelledby') ?? '';
        const heading = (box.getRootNode() as Document | ShadowRoot).getElementById(id);
        ok(heading?.matches('.heading') && box.contains(heading), `${box.localName}.${box.className}: named by its heading #${id}`);
      }
    });

    it('layout: text that stays is kept; only what the layout adds or rewords is drawn afresh (and once only)', async () => {
      const element = await drawn(root, await referenceReport());
      convert(element, root);
      const kept = textNodes(element).length;

      await set(element, 'layout', 'compact');
      // New: the "查看数据表" of each collapsed table. Reworded: the descriptions of the two charts that turn from ring to bar.
      const compact = simplified(element);
      deepEqual(
        compact.filter((node) => !inside(node, 'summary')).map((node) => [node.parentElement?.localName, node.data.slice(0, 5)]),
        [
          ['desc', '堆积条形图'],
          ['desc', '堆积条形图'],
        ],
        'compact: drawn afresh besides the summaries',
      );
      equal(compact.filter((node) => inside(node, 'summary')).length, 7, 'compact: the 7 “查看数据表” summaries are new');
      equal(deepQueryAll(element, 'details.table-details table').length, 7, 'the 7 tables are inside their <details>');
      convert(element, root);

      await set(element, 'layout', 'full');
      // New: the headline figures; reworded: the ring charts’ descriptions, and their centre ("合计").
      const full = simplified(element);
      const headline = full.filter((node) => inside(node, '.headline'));
      ok(headline.length >= 6, `full: the headline section is drawn again (${headline.length} text nodes)`);
      deepEqual(
        full.filter((node) => !inside(node, '.headline')).map((node) => [node.parentElement?.localName, node.data.slice(0, 3)]),
        [
          ['desc', '环形图'],
          ['text', '合计'],
          ['desc', '环形图'],
          ['text', '合计'],
        ],
        'full: drawn afresh besides the headline',
      );
      equal(deepQueryAll(element, 'details.table-details').length, 0, 'the tables are shown again');
      convert(element, root);

      await set(element, 'layout', 'compact');
      deepEqual(
        simplified(element).map((node) => node.data.slice(0, 5)),
        ['堆积条形图', '堆积条形图'],
        'compact again: the summaries and tables are the ones converted before; only the reworded descriptions are new',
      );
      ok(textNodes(element).length < kept, 'the compact layout has less text (no headline)');
    });

    it('findings hide → show draws the findings panel afresh, families redraws the sections; nothing else', async () => {
      const element = await drawn(root, await referenceReport());
      convert(element, root);
      await set(element, 'findings', 'hide');
      deepEqual(
        simplified(element).map((node) => node.data),
        [],
        'findings hide: nothing drawn again',
      );
      await set(element, 'findings', 'show');
      const findings = simplified(element);
      ok(findings.length > 0, 'the findings panel is drawn afresh');
      deepEqual(
        findings.filter((node) => !inside(node, 'section.findings')).map((node) => node.data),
        [],
        'only the findings panel',
      );
      convert(element, root);

      // The sections are drawn in the order `families` gives, by position: a change draws them afresh.
      await set(element, 'families', 'reconsideration litigation');
      const sections = simplified(element);
      ok(sections.length > 0, 'the sections are drawn afresh');
      deepEqual(
        sections.filter((node) => !inside(node, 'section.family, section.headline')).map((node) => node.data),
        [],
        'only the sections and the headline figures',
      );
      equal(deepQueryAll(element, 'section.family').length, 2, 'two families shown');
    });
  });
}

import '../../packages/elements/src/index.js';
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { expectAccessible } from './helpers/axe.js';
import { deepEqual, equal, excludes, includes, ok } from './helpers/assert.js';
import { sendKeys } from '@web/test-runner-commands';
import { cleanup, create, mount, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { convertPage, documentText, documentTextNodes, textAfterNewData, toTraditional } from './helpers/toolbar.js';
import { quiescent } from './helpers/wait.js';
import { writtenFigures } from '../support/written-figures.js';

afterEach(cleanup);

async function lightReport(report: Report, setup: (element: RuleOfLawReport) => void = () => {}): Promise<RuleOfLawReport> {
  const element = create('rule-of-law-report', (el) => {
    el.setAttribute('render-root', 'light');
    setup(el);
    el.report = report;
  });
  await nextEvent(element, 'rol-load');
  await settled(element);
  return element;
}

describe('render-root="light"', () => {
  it('draws the whole report into the light DOM, where a document walk reaches all 56 written figures and every label', async () => {
    const report = await referenceReport();
    const element = await lightReport(report);
    equal(element.shadowRoot, null, 'no shadow root');
    ok(element.querySelector(':scope > .rol-host.rol-report > article.report'), 'the report box, as in the static HTML');
    const text = documentText();
    const figures = writtenFigures(report);
    equal(figures.length, 56, 'the reference report has 56 written figures');
    for (const figure of figures) includes(text, figure, 'a written figure');
    for (const indicator of report.indicators) includes(text, indicator.label['zh-CN'], 'an indicator label');
    for (const heading of ['主要数据', '行政执法', '行政复议', '数据核对结果', '来源']) includes(text, heading, 'a heading');
    for (const entry of element.computed!.indicators) {
      if (entry.kind !== 'breakdown') continue;
      for (const part of entry.parts) includes(text, part.label['zh-CN'], 'a breakdown part');
    }
  });

  it('is styled by the adopted page stylesheet (no <style>, no style attribute) and passes axe', async () => {
    const element = await lightReport(await referenceReport());
    equal(element.querySelectorAll('style, [style]').length, 0, 'no inline styles');
    ok(
      document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('.rol-host'))),
      'the page stylesheet is adopted',
    );
    const value = element.querySelector('.figure .value')!;
    equal(getComputedStyle(value).fontWeight, '700', 'figures are bold');
    const shape = element.querySelector('path.shape.s1')!;
    equal(getComputedStyle(shape).fill, 'rgb(11, 92, 173)', 'series colours apply inside the SVG');
    const box = element.querySelector('.rol-figure .figure')!;
    equal(getComputedStyle(box).borderTopStyle, 'solid', 'figure boxes');
    // The report's own rules stay out of its parts, as the shadow boundary kept them out.
    const caption = element.querySelector('.rol-breakdown figcaption.source')!;
    equal(getComputedStyle(caption).borderTopStyle, 'none', 'the report footer rule does not reach a chart caption');
    const ids = [...element.querySelectorAll('[id]')].map((node) => node.id);
    equal(new Set(ids).size, ids.length, 'ids are unique in the page');
    await expectAccessible(element, '(light DOM)');
  });

  it('a 简→繁 toolbar converts every label and figure, and the element keeps the conversion until the data changes', async () => {
    const report = await referenceReport();
    const element = await lightReport(report);
    const changed = convertPage();
    ok(changed > 100, `the toolbar changed ${changed} text nodes`);
    const converted = report.indicators.map((indicator) => toTraditional(indicator.label['zh-CN']));
    const after = documentText();
    for (const label of converted) includes(after, label, 'a converted label');
    includes(after, '996餘人次', 'a converted figure');
    excludes(after, '行政处罚', 'no simplified label is left');

    // Re-renders that do not change the data leave the toolbar's text alone: a theme, and the heading level
    // changed for real (2 → 3 → 2: the headings become <h3>, <h4>… and back, keeping their text nodes).
    element.requestUpdate();
    await settled(element);
    element.setAttribute('theme', 'dark');
    await quiescent(element);
    for (const level of [3, 2]) {
      element.setAttribute('heading-level', String(level));
      await quiescent(element);
      equal(element.querySelector('article.report > header > .heading')!.localName, `h${level}`, `the title is an <h${level}>`);
      equal(element.querySelector('section.family > .heading')!.localName, `h${level + 1}`, 'the sections follow');
      const kept = documentText();
      for (const label of converted) includes(kept, label, `still converted after heading-level ${level}`);
      excludes(kept, '行政处罚', 'nothing was reverted');
      equal(convertPage(), 0, 'the toolbar finds nothing left to convert');
    }
    equal(element.querySelector('.rol-report')!.getAttribute('data-theme'), 'dark', 'the re-render did happen');

    // A layout change keeps what stays; what it adds or rewords is new text (docs/webmasters.md §9): going back to
    // the full layout draws the headline figures again, and the ring charts' descriptions and centre.
    element.setAttribute('layout', 'compact');
    await quiescent(element);
    element.setAttribute('layout', 'full');
    await quiescent(element);
    const headline = element.querySelector('.headline')!;
    const redrawn = documentTextNodes().filter((node) => toTraditional(node.data) !== node.data);
    ok(redrawn.length > 0, 'the full layout drew new text');
    deepEqual(
      redrawn.filter((node) => !headline.contains(node) && !node.parentElement!.closest('desc, svg.drawing text')).map((node) => node.data),
      [],
      'only in the headline and the charts',
    );
    const outside = documentTextNodes()
      .filter((node) => !headline.contains(node))
      .map((node) => node.data)
      .join(' ');
    for (const label of converted) includes(outside, label, 'every label outside the headline is still converted');

    // New data: fresh text.
    const fresh = await textAfterNewData(element, () => (element.report = structuredClone(report)), settled);
    includes(fresh, '违反文明条例实施行政处罚', 'fresh simplified text');
    includes(fresh, '996余人次');
    excludes(fresh, '違反', 'the old converted text is gone');
  });

  it('keeps the conversion with an inline JSON report too (the toolbar leaves <script> alone)', async () => {
    const report = await referenceReport();
    const element = mount<RuleOfLawReport>('<rule-of-law-report render-root="light"></rule-of-law-report>');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(report);
    const loaded = nextEvent(element, 'rol-load');
    element.append(script);
    await loaded;
    await settled(element);
    let loads = 0;
    element.addEventListener('rol-load', () => loads++);
    convertPage();
    element.requestUpdate();
    await quiescent(element);
    equal(loads, 0, 'the toolbar’s rewriting is not a new report');
    includes(documentText(), '執法', 'still converted');
  });

  it('keeps keyboard and click selection of chart segments, one tab stop per chart, without undoing a toolbar', async () => {
    const element = await lightReport(await referenceReport());
    const charts = [...element.querySelectorAll('svg.hit')];
    ok(charts.length >= 2, `${charts.length} interactive charts drawn inline`);
    for (const chart of charts) {
      const stops = [...chart.querySelectorAll('.target')].map((target) => target.getAttribute('tabindex'));
      equal(stops.filter((stop) => stop === '0').length, 1, 'one tab stop per chart (roving tabindex)');
    }
    // The reconsideration outcomes: 维持 6, 驳回申请 3, 终止 4, 审理中 3 (of 16).
    const outcomes = charts.find((chart) => chart.querySelector('.target[aria-label="维持 6件，占 37.5%"]'))!;
    const targets = [...outcomes.querySelectorAll<SVGPathElement>('.target')];
    equal(targets.length, 4);
    convertPage();
    targets[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(element);
    equal(document.activeElement?.getAttribute('data-index'), targets[1]!.getAttribute('data-index'), 'the arrow key moved the focus within this chart');
    equal(targets[0]!.getAttribute('tabindex'), '-1', 'the tab stop moved along');
    const selected = nextEvent(element, 'rol-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    deepEqual([detail.indicatorId, detail.category, detail.value, detail.share], ['reconsideration.outcomes', 'dismiss_application', 3, 18.75]);
    await sendKeys({ press: 'End' });
    await settled(element);
    equal(document.activeElement, targets.at(-1), 'End goes to the last segment');
    const clicked = nextEvent(document, 'rol-select');
    targets[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    equal((await clicked).detail.category, 'uphold', 'a click selects too');
    excludes(documentText(), '行政处罚', 'moving the focus did not revert the toolbar’s conversion');
  });

  it('works for a part on its own: <rule-of-law-breakdown render-root="light">', async () => {
    const report = await referenceReport();
    const element = create('rule-of-law-breakdown', (el) => {
      el.setAttribute('render-root', 'light');
      el.indicator = 'reconsideration.outcomes';
      el.report = report;
    });
    await settled(element);
    equal(element.shadowRoot, null);
    ok(element.querySelector(':scope > .rol-host.rol-breakdown > figure.breakdown'));
    includes(documentText(), '维持');
    const svg = element.querySelector('svg[role="img"]')!;
    includes(svg.getAttribute('aria-label') ?? '', '16件');
    const description = document.getElementById(svg.getAttribute('aria-describedby')!);
    includes(description?.textContent ?? '', '维持 6件，占 37.5%');
    const mark = element.querySelector('path.mark')!.getAttribute('fill')!;
    ok(document.querySelector(mark.slice(4, -1)), `the pattern ${mark} is in the page`);
    await expectAccessible(element);
  });
});

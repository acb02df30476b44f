// A portal stylesheet that hides every `svg` (`svg { display: none }`, seen on portals hiding icon sprites) must
// not hide the report's charts, legends and table colour keys: the hatch that marks pending cases lives there.
import '../../packages/elements/src/index.js';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { equal, ok } from './helpers/assert.js';
import { cleanup, create, deepElements, nextEvent, referenceReport, settled } from './helpers/dom.js';

let hostile: HTMLStyleElement | undefined;

afterEach(() => {
  cleanup();
  hostile?.remove();
});

describe('a page stylesheet with svg { display: none }', () => {
  for (const root of ['shadow', 'light'] as const) {
    it(`${root} DOM: every chart, legend swatch and table colour key is still drawn`, async () => {
      hostile = document.createElement('style');
      hostile.textContent = 'svg { display: none }';
      document.head.append(hostile);
      const report = await referenceReport();
      const element = create('rule-of-law-report', (el: RuleOfLawReport) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
        el.report = report;
      });
      await nextEvent(element, 'rol-load');
      await settled(element);
      const svgs = deepElements(element).filter((node) => node.localName === 'svg' && !node.classList.contains('defs'));
      ok(svgs.length > 20, `${svgs.length} drawings`);
      const hidden = svgs.filter((node) => getComputedStyle(node).display === 'none' || node.getBoundingClientRect().width === 0);
      equal(hidden.map((node) => `${node.getAttribute('class') ?? ''} in ${node.parentElement?.className ?? ''}`).join('\n'), '', 'drawings the page hid');
    });
  }
});

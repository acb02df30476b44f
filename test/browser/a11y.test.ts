import '../../packages/elements/src/index.js';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { THEMES } from '../../packages/elements/src/index.js';
import { expectAccessible } from './helpers/axe.js';
import { ok } from './helpers/assert.js';
import { cleanup, create, deepQuery, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(cleanup);

async function readyReport(setup: (element: RuleOfLawReport) => void): Promise<RuleOfLawReport> {
  const report = await referenceReport();
  const element = create('rule-of-law-report', (el) => {
    setup(el);
    el.report = report;
  });
  await nextEvent(element, 'rol-load');
  await settled(element);
  return element;
}

describe('accessibility (axe-core)', () => {
  for (const theme of THEMES.filter((name) => name !== 'auto')) {
    for (const lang of ['zh-CN', 'en']) {
      it(`the whole report, theme ${theme}, ${lang}: no violations`, async () => {
        const element = await readyReport((el) => {
          el.theme = theme;
          el.setAttribute('lang', lang);
        });
        await expectAccessible(element, `(${theme}, ${lang})`);
      });
    }
  }

  it('the compact layout, with tables collapsed: no violations', async () => {
    const element = await readyReport((el) => {
      el.layout = 'compact';
    });
    ok(deepQuery(element, 'details'));
    await expectAccessible(element);
  });

  it('the loading state: no violations', async () => {
    // Answered after the test's own time limit (15 s): the loading state lasts through the whole check.
    const element = create('rule-of-law-report', (el) => {
      el.src = '/__rol/slow?ms=15000';
    });
    await element.updateComplete;
    ok(deepQuery(element, '[role="status"]'));
    await expectAccessible(element);
  });

  it('the empty state: no violations', async () => {
    const element = create('rule-of-law-report');
    await element.updateComplete;
    await expectAccessible(element);
  });

  for (const theme of THEMES.filter((name) => name !== 'auto')) {
    it(`the error states (fetch with retry, schema issues), theme ${theme}: no violations`, async () => {
      const fetchError = create('rule-of-law-report', (el) => {
        el.theme = theme;
        el.src = '/__rol/status/500';
      });
      const schemaError = create('rule-of-law-report', (el) => {
        el.theme = theme;
        el.src = '/test/browser/fixtures/schema-invalid.json';
      });
      await Promise.all([nextEvent(fetchError, 'rol-error'), nextEvent(schemaError, 'rol-error')]);
      await Promise.all([settled(fetchError), settled(schemaError)]);
      await expectAccessible(fetchError);
      await expectAccessible(schemaError);
    });
  }

  it('each part on its own: no violations', async () => {
    const report = await referenceReport();
    const parts = [
      create('rule-of-law-figure', (el) => {
        el.report = report;
        el.indicator = 'petitions.visits.persons';
      }),
      create('rule-of-law-rate', (el) => {
        el.report = report;
        el.indicator = 'enforcement.duty_performance_rate';
      }),
      create('rule-of-law-breakdown', (el) => {
        el.report = report;
        el.indicator = 'litigation.outcomes';
        el.chart = 'donut';
      }),
      create('rule-of-law-findings', (el) => {
        el.report = report;
      }),
    ];
    for (const part of parts) {
      await settled(part);
      await expectAccessible(part, part.localName);
    }
  });
});

// <rule-of-law-trend> measures its charts with a ResizeObserver and no timer: a new width (and font size) is
// drawn in the frame that reported it, and the observer never reports the loop error (what it watches, an empty
// box the width of the drawing area, does not change when the chart is redrawn).
import '../../packages/elements/src/all.js';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { syntheticYears } from './helpers/comparison-data.js';
import { cleanup, create, nextEvent } from './helpers/dom.js';
import { keepPageVisible, measured, renderedFrames, until } from './helpers/wait.js';

let release: (() => void) | undefined;

// A hidden page (web-test-runner runs two files at once) delivers no resize observations: this file keeps its page shown.
beforeEach(async () => {
  release = await keepPageVisible();
});

afterEach(() => {
  release?.();
  cleanup();
});

describe('<rule-of-law-trend> follows its width', () => {
  for (const root of ['shadow', 'light'] as const) {
    it(`render-root="${root}": redraws at a new width and font size from its ResizeObserver alone, without the observer's loop error`, async () => {
      const element = create('rule-of-law-trend', (el) => {
        if (root === 'light') el.setAttribute('render-root', 'light');
        el.indicators = 'enforcement.penalties enforcement.fines';
      });
      const box = element.parentElement as HTMLElement;
      box.style.width = '640px';
      const loaded = nextEvent(element, 'rol-load');
      element.reports = syntheticYears();
      await loaded;
      await measured(element);
      const scope = element.shadowRoot ?? element;
      const drawing = scope.querySelector<SVGSVGElement>('svg.drawing')!;
      const area = scope.querySelector<HTMLElement>('.plot-area')!;
      equal(Number(drawing.getAttribute('width')), area.clientWidth, 'drawn at the width measured');
      const errors: string[] = [];
      const onError = (event: ErrorEvent): void => {
        errors.push(event.message);
      };
      window.addEventListener('error', onError);
      try {
        const before = drawing.getAttribute('width');
        box.style.width = '420px';
        box.style.fontSize = '20px';
        await until(scope, () => drawing.getAttribute('width') !== before);
        // A loop error is reported at the end of the frame that delivered the observation.
        await renderedFrames(3);
      } finally {
        window.removeEventListener('error', onError);
      }
      deepEqual(errors, [], 'no error, no ResizeObserver loop');
      equal(Number(drawing.getAttribute('width')), area.clientWidth, 'redrawn at the new width');
      equal(drawing.getAttribute('height'), String(20 * 14), 'and at the new font size');
      ok(Math.abs(drawing.getBoundingClientRect().width - area.clientWidth) <= 1, 'drawn 1:1');
    });
  }
});

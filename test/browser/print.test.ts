// Printing in every theme: browsers print no backgrounds by default, so every text must be dark enough on white
// paper whatever the theme on screen (the dark and high-contrast themes' light text would print white on white).
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { equal, ok } from './helpers/assert.js';
import { cleanup, create, deepElements, nextEvent, referenceReport, settled } from './helpers/dom.js';

afterEach(async () => {
  cleanup();
  await emulateMedia({ media: 'screen' });
});

/** The relative luminance of an `rgb(…)`/`rgba(…)` colour (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast of a colour against white paper (WCAG 2: 21 for black, 1 for white). */
const onPaper = (colour: string): number => 1.05 / (luminance(colour) + 0.05);

/** Every element (shadow roots entered) with text of its own, and the colour that text prints in. */
function printedTexts(root: Element): { text: string; colour: string }[] {
  return deepElements(root)
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({ text: element.textContent!.trim().slice(0, 30), colour: getComputedStyle(element).color }));
}

describe('print, in every theme and render root', () => {
  for (const theme of ['light', 'dark', 'high-contrast', 'auto'] as const) {
    for (const root of ['shadow', 'light'] as const) {
      it(`${theme}, ${root} DOM: every text prints at least 7:1 on white paper`, async () => {
        const report = await referenceReport();
        const element = create('rule-of-law-report', (el: RuleOfLawReport) => {
          el.setAttribute('theme', theme);
          if (root === 'light') el.setAttribute('render-root', 'light');
          el.report = report;
        });
        await nextEvent(element, 'rol-load');
        await settled(element);
        await emulateMedia({ media: 'print', colorScheme: 'dark' });
        const texts = printedTexts(element);
        ok(texts.length > 100, `${texts.length} texts`);
        const faint = texts.filter(({ colour }) => onPaper(colour) < 7).map(({ text, colour }) => `${text} (${colour})`);
        equal(faint.join('\n'), '', 'texts too light to read on paper');
      });
    }
  }
});

// Survives the host page (issue 16): every embed of the webmasters' guide pasted into a legacy CMS article template
// with a global reset and site rules (test/support/host-template.mjs) looks exactly as on the same template
// without them — each element's computed styles and its box, element by element — with and without a doctype,
// with `svg { display: none }`, at 1000 px and 375 px; and the static HTML does not jump when the element takes over.
import { equal, ok } from './helpers/assert.js';
import { deepElements } from './helpers/dom.js';
import { frameReport } from './helpers/frame.js';

/** A page of the template: which embed, clean or hostile site CSS, with or without a doctype and `svg { display: none }`. */
interface HostPage {
  readonly embed: string;
  readonly site: 'clean' | 'hostile';
  readonly doctype?: boolean;
  readonly svgHidden?: boolean;
}

/** What is compared of each element: what the site's rules change when they reach it. */
const STYLES = [
  'display',
  'visibility',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-indent',
  'text-align',
  'text-decoration-line',
  'color',
  'list-style-type',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
] as const;

/** One element of the report as drawn: where it is in the tree, its styles and its box relative to the report's. */
interface Drawn {
  readonly path: string;
  readonly values: Record<string, string>;
}

const url = ({ embed, site, doctype = true, svgHidden = false }: HostPage): string =>
  `/__rol/host-page?${new URLSearchParams({ embed, site, doctype: doctype ? '1' : '0', ...(svgHidden ? { svg: 'hidden' } : {}) })}`;

/** The page in an iframe `width` px wide, once its report is drawn (the static HTML alone: once the page has loaded). */
async function open(page: HostPage, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = url(page);
  const drawn = page.embed === 'static alone' ? new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })) : frameReport(frame);
  document.body.append(frame);
  await drawn;
  await frame.contentDocument!.fonts.ready;
  return frame;
}

/** The report's elements (shadow roots entered) as drawn, in tree order. */
function drawing(frame: HTMLIFrameElement): Drawn[] {
  const report = frame.contentDocument!.querySelector('rule-of-law-report')!;
  const origin = report.getBoundingClientRect();
  const view = frame.contentWindow!;
  const round = (value: number): number => Math.round(value * 2) / 2;
  return [report, ...deepElements(report)]
    .filter((element) => !['style', 'script', 'template'].includes(element.localName))
    .map((element, index) => {
      const style = view.getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // The element and the box standing for it take the site's size (`*` matches them); what they hold does not.
      const outer = element === report || element.matches('rule-of-law-report > .rol-host');
      const values: Record<string, string> = Object.fromEntries(
        STYLES.filter((name) => !outer || (name !== 'font-size' && name !== 'line-height')).map((name) => [name, style.getPropertyValue(name)]),
      );
      // What draws no box (an SVG's definitions) is placed at the page's origin, wherever the report is.
      const drawn = box.width > 0 || box.height > 0;
      values.box = drawn ? [box.left - origin.left, box.top - origin.top, box.width, box.height].map(round).join(' ') : 'none';
      const classes = element.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.');
      return { path: `${index} ${element.localName}${classes ? `.${classes}` : ''}`, values };
    });
}

/** Every difference between two drawings of the same embed, one line each (at most `limit`, then how many more). */
function differences(expected: readonly Drawn[], actual: readonly Drawn[], limit = 25): string {
  if (expected.length !== actual.length) return `${actual.length} elements drawn instead of ${expected.length}`;
  const lines: string[] = [];
  expected.forEach((want, index) => {
    const got = actual[index]!;
    if (got.path !== want.path) lines.push(`${want.path}: ${got.path} in its place`);
    else for (const [name, value] of Object.entries(want.values)) if (got.values[name] !== value) lines.push(`${want.path} ${name}: ${value} → ${got.values[name]}`);
  });
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`].join('\n') : lines.join('\n');
}

/** Opens both pages side by side and compares their reports element by element. */
async function compare(expected: HostPage, actual: HostPage, width: number): Promise<void> {
  const frames = await Promise.all([open(expected, width), open(actual, width)]);
  try {
    const [want, got] = frames.map(drawing) as [Drawn[], Drawn[]];
    ok(want.length > 100, `${want.length} elements drawn`);
    equal(differences(want, got), '', `${actual.embed}: what the ${actual.site} page${actual.doctype === false ? ' without a doctype' : ''} changes`);
  } finally {
    for (const frame of frames) frame.remove();
  }
}

const EMBEDS = ['module', 'defer', 'static inside', 'static alone', 'light', 'light, static inside', 'compact', 'English', 'dark', 'high contrast'];

describe('the hostile template: every embed of the guide as on the clean template', () => {
  for (const embed of EMBEDS) {
    it(`${embed}, 1000 px, with svg { display: none }`, async () => {
      await compare({ embed, site: 'clean' }, { embed, site: 'hostile', svgHidden: true }, 1000);
    });
  }
  for (const embed of ['module', 'static alone', 'light', 'English']) {
    it(`${embed}, 375 px`, async () => {
      await compare({ embed, site: 'clean' }, { embed, site: 'hostile' }, 375);
    });
  }
});

describe('without a doctype (quirks mode): as with one', () => {
  for (const embed of ['module', 'static alone', 'light', 'English']) {
    for (const width of [1000, 375]) {
      it(`${embed}, ${width} px, hostile template`, async () => {
        await compare({ embed, site: 'clean' }, { embed, site: 'hostile', doctype: false }, width);
      });
    }
  }
});

describe('the take-over on the hostile template', () => {
  for (const [embed, root] of [
    ['static inside', 'shadow'],
    ['light, static inside', 'light'],
  ] as const) {
    it(`${root} DOM: the report keeps its height and what follows it stays where it was`, async () => {
      const [before, after] = await Promise.all([open({ embed: 'static alone', site: 'hostile' }, 1000), open({ embed, site: 'hostile' }, 1000)]);
      try {
        const measure = (frame: HTMLIFrameElement): string => {
          const report = frame.contentDocument!.querySelector('rule-of-law-report')!.getBoundingClientRect();
          const next = frame.contentDocument!.querySelector('.after')!.getBoundingClientRect();
          return `report ${report.top} + ${report.height}, next paragraph at ${next.top}`;
        };
        equal(measure(after), measure(before));
      } finally {
        before.remove();
        after.remove();
      }
    });
  }
});

describe('large-text modes still scale the report, on either template', () => {
  /** The size of the report's text: its outermost drawn box inside the element (shadow root or light DOM). */
  const textSize = (frame: HTMLIFrameElement): number => {
    const report = frame.contentDocument!.querySelector('rule-of-law-report')!;
    const top = report.shadowRoot?.querySelector('article') ?? report.querySelector('.rol-report > article')!;
    return parseFloat(frame.contentWindow!.getComputedStyle(top).fontSize);
  };
  const height = (frame: HTMLIFrameElement): number => frame.contentDocument!.querySelector('rule-of-law-report')!.getBoundingClientRect().height;

  for (const site of ['clean', 'hostile'] as const) {
    for (const embed of ['module', 'light']) {
      it(`${embed}, ${site} template: the root size, a font-size toolbar and zoom`, async () => {
        const frame = await open({ embed, site }, 1000);
        try {
          const page = frame.contentDocument!;
          equal(textSize(frame), 16, 'the text size, no toolbar');
          // A root-size toolbar (大字版 modes that set <html>'s size; an inline style, as they set it).
          page.documentElement.style.fontSize = '20px';
          equal(textSize(frame), 20, 'with <html> at 20 px');
          page.documentElement.style.removeProperty('font-size');
          // A per-element toolbar (字号 大/中/小): the size set on each block of the article, the report's element among them.
          const blocks = [...page.querySelectorAll<HTMLElement>('.article > *')];
          for (const block of blocks) block.style.fontSize = '22px';
          equal(textSize(frame), 22, 'with every block of the article at 22 px');
          for (const block of blocks) block.style.removeProperty('font-size');
          equal(textSize(frame), 16, 'back without the toolbars');
          // A zoom toolbar (body { zoom }): everything drawn larger by the same factor.
          const plain = height(frame);
          page.body.style.zoom = '1.25';
          const ratio = height(frame) / plain;
          ok(Math.abs(ratio - 1.25) < 0.03, `the report drawn ${ratio.toFixed(3)}× as tall with body { zoom: 1.25 }`);
        } finally {
          frame.remove();
        }
      });
    }
  }
});

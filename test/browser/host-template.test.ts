// Survives the host page (issue 16): every embed of the webmasters' guide pasted into a legacy CMS article template
// with a global reset and site rules (test/support/host-template.mjs) looks exactly as on the same template
// without them — each element's computed styles and its box, element by element — with and without a doctype,
// with `svg { display: none }`, at 1000 px and 375 px; and the static HTML does not jump when the element takes over.
import { equal, ok } from './helpers/assert.js';
import { deepElements, settled } from './helpers/dom.js';
import { keepPageVisible } from './helpers/wait.js';

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

/** The elements pasted into the article: the report, or the parts, or the trend and the comparison. */
const pasted = (frame: HTMLIFrameElement): Element[] =>
  [...frame.contentDocument!.querySelectorAll('.article > *')].filter((element) => element.localName.startsWith('rule-of-law-'));

/** Resolves once every pasted element has fired `rol-load` (the page records them from its start); rejects on `rol-error`. */
function loaded(frame: HTMLIFrameElement): Promise<void> {
  const view = frame.contentWindow as Window & { rolLoaded: Element[] };
  const elements = pasted(frame);
  return new Promise((resolve, reject) => {
    const done = (): boolean => elements.every((element) => view.rolLoaded.includes(element));
    if (done()) return resolve();
    view.addEventListener('rol-load', () => done() && resolve());
    view.addEventListener('rol-error', (event) => reject(new Error(`rol-error from ${(event.target as Element).localName}`)));
  });
}

/** The page in an iframe `width` px wide, once what is pasted is drawn (the static HTML alone: once the page has loaded). */
async function open(page: HostPage, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = url(page);
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await ready;
  if (page.embed !== 'static alone') await loaded(frame);
  for (const element of pasted(frame)) await settled(element);
  await frame.contentDocument!.fonts.ready;
  return frame;
}

/** What is pasted (shadow roots entered) as drawn, in tree order. */
function drawing(frame: HTMLIFrameElement): Drawn[] {
  const elements = pasted(frame);
  const origin = elements[0]!.getBoundingClientRect();
  const view = frame.contentWindow!;
  const round = (value: number): number => Math.round(value * 2) / 2;
  return elements
    .flatMap((element) => [element, ...deepElements(element)])
    .filter((element) => !['style', 'script', 'template'].includes(element.localName))
    .map((element, index) => {
      const style = view.getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // The elements and the boxes standing for them take the site's size (`*` matches them); what they hold does not.
      const outer = elements.includes(element) || elements.includes(element.parentElement!);
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
    ok(want.length > 50, `${want.length} elements drawn`);
    equal(differences(want, got), '', `${actual.embed}: what the ${actual.site} page${actual.doctype === false ? ' without a doctype' : ''} changes`);
  } finally {
    for (const frame of frames) frame.remove();
  }
}

const EMBEDS = [
  'module',
  'defer',
  'static inside',
  'static alone',
  'light',
  'light, static inside',
  'light, hydratable static inside',
  'compact',
  'English',
  'dark',
  'high contrast',
  'parts',
  'parts, light',
];
/** The trend measures its width (a ResizeObserver): it draws only in a page that is shown. */
const MULTI_YEAR = ['trend and comparison', 'trend and comparison, light'];

describe('the hostile template: every embed of the guide as on the clean template', () => {
  for (const embed of EMBEDS) {
    it(`${embed}, 1000 px, with svg { display: none }`, async () => {
      await compare({ embed, site: 'clean' }, { embed, site: 'hostile', svgHidden: true }, 1000);
    });
  }
  for (const embed of MULTI_YEAR) {
    for (const width of [1000, 375]) {
      it(`${embed}, ${width} px${width === 1000 ? ', with svg { display: none }' : ''}`, async () => {
        const release = await keepPageVisible();
        try {
          await compare({ embed, site: 'clean' }, { embed, site: 'hostile', svgHidden: width === 1000 }, width);
        } finally {
          release();
        }
      });
    }
  }
  for (const embed of ['module', 'static alone', 'light', 'English']) {
    it(`${embed}, 375 px`, async () => {
      await compare({ embed, site: 'clean' }, { embed, site: 'hostile' }, 375);
    });
  }
});

describe('without a doctype (quirks mode): as with one', () => {
  for (const embed of ['module', 'static alone', 'light', 'English', 'parts, light', ...MULTI_YEAR]) {
    for (const width of [1000, 375]) {
      it(`${embed}, ${width} px, hostile template`, async () => {
        const release = MULTI_YEAR.includes(embed) ? await keepPageVisible() : () => {};
        try {
          await compare({ embed, site: 'clean' }, { embed, site: 'hostile', doctype: false }, width);
        } finally {
          release();
        }
      });
    }
  }
});

describe('the take-over on the hostile template', () => {
  for (const [embed, root] of [
    ['static inside', 'shadow'],
    ['light, static inside', 'light'],
    ['light, hydratable static inside', 'light, adopted'],
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
  /** The report's outermost drawn box inside the element (shadow root or light DOM), and the size of its text. */
  const textBox = (frame: HTMLIFrameElement): Element => {
    const report = frame.contentDocument!.querySelector('rule-of-law-report')!;
    return report.shadowRoot?.querySelector('article') ?? report.querySelector('.rol-report > article')!;
  };
  const textSize = (frame: HTMLIFrameElement): number => parseFloat(frame.contentWindow!.getComputedStyle(textBox(frame)).fontSize);
  const height = (frame: HTMLIFrameElement): number => frame.contentDocument!.querySelector('rule-of-law-report')!.getBoundingClientRect().height;

  for (const site of ['clean', 'hostile'] as const) {
    for (const embed of ['module', 'light']) {
      it(`${embed}, ${site} template: the root size, a font-size toolbar and zoom`, async () => {
        const frame = await open({ embed, site }, 1000);
        try {
          const page = frame.contentDocument!;
          equal(textSize(frame), 16, 'the text size, no toolbar');
          // What flows in from the site, as the guide says: its font family and text colour.
          const site = frame.contentWindow!.getComputedStyle(page.querySelector('.article')!);
          const drawn = frame.contentWindow!.getComputedStyle(textBox(frame));
          equal(`${drawn.fontFamily} ${drawn.color}`, `${site.fontFamily} ${site.color}`, "the site's font family and text colour");
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

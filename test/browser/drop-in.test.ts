import { equal, deepEqual, includes, ok } from './helpers/assert.js';
import { deepText } from './helpers/dom.js';
import { frameReport } from './helpers/frame.js';
import { requestedPaths } from './helpers/resources.js';

/** The two ways a page may load the drop-in: a module script, or a classic deferred one (same file). */
const SCRIPT_TAGS = {
  module: '<script type="module" src="/packages/elements/dist/rule-of-law.min.js"></script>',
  'classic, deferred': '<script defer src="/packages/elements/dist/rule-of-law.min.js"></script>',
};

/** A page holding only the drop-in (loaded by `script`) and one tag. `srcdoc`, so the test server injects nothing into it. */
const pageWith = (script: string): string => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>drop-in</title>
${script}</head>
<body><rule-of-law-report src="/examples/hangzhoudao-2023.json"></rule-of-law-report></body></html>`;
const PAGE = pageWith(SCRIPT_TAGS.module);

/** The names of a window's own properties: what a script added to the page's global scope shows up here. */
const globalNames = (page: Window): string[] => Object.getOwnPropertyNames(page).sort();

/**
 * The globals the bundled library sets on purpose: Lit's version lists (to warn when a page loads two Lits) and
 * property metadata. Anything else would be the bundle's own names leaking out (zod's shared configuration went
 * with zod: the drop-in validates with the validator generated from the schemas).
 */
const LIBRARY_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

/** An iframe showing `html`, once its report has loaded and drawn, its parts too (rejects on rol-error). */
async function renderedFrame(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '800px';
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await frameReport(frame);
  } catch (error) {
    frame.remove();
    throw error;
  }
  return frame;
}

/**
 * The drop-in bundle (packages/elements/dist/rule-of-law.min.js; `npm run build` makes it) in a page of
 * its own: it registers every tag, renders the report, and asks for nothing but itself and `src`.
 */
describe('the drop-in bundle', () => {
  before(async () => {
    const response = await fetch('/packages/elements/dist/rule-of-law.min.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('packages/elements/dist/rule-of-law.min.js is missing: run `npm run build` first (npm test does).');
  });

  for (const [way, script] of Object.entries(SCRIPT_TAGS)) {
    it(`${way}: renders the report, makes no request besides itself and src, and adds no global of its own`, async () => {
      const blank = document.createElement('iframe');
      blank.srcdoc = pageWith('');
      const blankLoaded = new Promise((resolve) => blank.addEventListener('load', resolve));
      document.body.append(blank);
      await blankLoaded;
      const before = globalNames(blank.contentWindow!);
      blank.remove();
      const frame = await renderedFrame(pageWith(script));
      try {
        const page = frame.contentWindow!;
        for (const tag of ['rule-of-law-report', 'rule-of-law-figure', 'rule-of-law-rate', 'rule-of-law-breakdown', 'rule-of-law-findings']) {
          ok(page.customElements.get(tag), `${tag} is registered`);
        }
        includes(deepText(page.document.body), '1355批次');
        const expected = ['/examples/hangzhoudao-2023.json', '/packages/elements/dist/rule-of-law.min.js'];
        deepEqual(await requestedPaths(page, expected), expected);
        deepEqual(
          globalNames(page).filter((name) => !before.includes(name)),
          LIBRARY_GLOBALS,
        );
      } finally {
        frame.remove();
      }
    });
  }

  it('warns instead of throwing when it is loaded twice', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = PAGE;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    try {
      await ready;
      const page = frame.contentWindow! as Window & typeof globalThis;
      const warnings: unknown[] = [];
      const errors: unknown[] = [];
      page.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      page.addEventListener('error', (event) => errors.push(event.message));
      const second = page.document.createElement('script');
      second.type = 'module';
      second.src = '/packages/elements/dist/rule-of-law.min.js?again';
      const done = new Promise((resolve) => second.addEventListener('load', resolve));
      page.document.head.append(second);
      await done;
      equal(errors.length, 0, 'no exception');
      ok(
        warnings.some((warning) => String(warning).includes('rule-of-law-report')),
        `a warning names the tag: ${warnings.join('; ')}`,
      );
    } finally {
      frame.remove();
    }
  });
});

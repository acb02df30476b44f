import { equal, deepEqual, includes, ok } from './helpers/assert.js';
import { deepText } from './helpers/dom.js';

/** A page holding only the drop-in and one tag. `srcdoc`, so the test server injects nothing into it. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>drop-in</title>
<script type="module" src="/packages/elements/dist/rule-of-law.min.js"></script></head>
<body><rule-of-law-report src="/examples/hangzhoudao-2023.json"></rule-of-law-report></body></html>`;

/**
 * The drop-in bundle (packages/elements/dist/rule-of-law.min.js; `npm run build` makes it) in a page of
 * its own: it registers every tag, renders the report, and asks for nothing but itself and `src`.
 */
describe('the drop-in bundle', () => {
  before(async () => {
    const response = await fetch('/packages/elements/dist/rule-of-law.min.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('packages/elements/dist/rule-of-law.min.js is missing: run `npm run build` first (npm test does).');
  });

  it('renders the report and makes no request besides itself and src', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const loaded = new Promise<Event>((resolve, reject) => {
      frame.addEventListener('load', () => {
        const page = frame.contentWindow!;
        const report = page.document.querySelector('rule-of-law-report') as (Element & { computed?: unknown }) | null;
        if (!report) return reject(new Error('no report element'));
        if (report.computed) return resolve(new Event('rol-load'));
        report.addEventListener('rol-load', resolve);
        report.addEventListener('rol-error', () => reject(new Error('rol-error in the drop-in page')));
      });
    });
    frame.srcdoc = PAGE;
    document.body.append(frame);
    try {
      await loaded;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const page = frame.contentWindow!;
      for (const tag of ['rule-of-law-report', 'rule-of-law-figure', 'rule-of-law-rate', 'rule-of-law-breakdown', 'rule-of-law-findings']) {
        ok(page.customElements.get(tag), `${tag} is registered`);
      }
      includes(deepText(page.document.body), '1355批次');
      const requested = page.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .sort();
      deepEqual(requested, ['/examples/hangzhoudao-2023.json', '/packages/elements/dist/rule-of-law.min.js']);
    } finally {
      frame.remove();
    }
  });

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
      ok(warnings.some((warning) => String(warning).includes('rule-of-law-report')), `a warning names the tag: ${warnings.join('; ')}`);
    } finally {
      frame.remove();
    }
  });
});

import { LOCALES, type Report } from '@rule-of-law/core';

/** The locale file a page in `lang` loads beside the drop-in (`rule-of-law-zh-Hant.min.js`), when the drop-in does not carry it. */
const localeFile = (lang: string): string | undefined => ((LOCALES as readonly string[]).includes(lang) ? undefined : `rule-of-law-${lang}.min.js`);

/** Text for HTML (element content and quoted attribute values). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The head and body around an element holding the static HTML: stylesheets and script linked by name, nothing inline that runs. */
function page(options: {
  readonly lang: string;
  readonly title: string;
  readonly copy: string;
  readonly links: readonly string[];
  readonly script: string;
  readonly body: string;
}): string {
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<!-- ${options.copy} -->
${options.links.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
${[options.script, localeFile(options.lang)]
  .filter((script) => script !== undefined)
  .map((script) => `<script type="module" src="${script}"></script>`)
  .join('\n')}
</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * A whole page: the static HTML inside `<rule-of-law-report>`, `fragment` rendered with the report as its inline data
 * block first (`renderReportHTML(report, { withData: true })`), so the drop-in takes over where JavaScript runs
 * without a request for the data (with `hydratable`, in the light DOM, adopting the static HTML as its own: the
 * fragment must then be rendered hydratable too). Nothing inline runs: the page passes a strict Content-Security-Policy.
 *
 * @example
 * reportPage(report, renderReportHTML(report, { withData: true }), 'zh-CN'); // '<!doctype html>\n<html lang="zh-CN">…'
 */
export function reportPage(report: Report, fragment: string, lang: string, hydratable = false): string {
  return page({
    lang,
    title: escapeHtml(report.title),
    copy: `Copy rule-of-law.css and rule-of-law.min.js${localeFile(lang) ? ` and ${localeFile(lang)}` : ''} from node_modules/@rule-of-law/elements/dist (exports @rule-of-law/elements/rule-of-law.css and /rule-of-law.min.js) next to this page.`,
    links: ['rule-of-law.css'],
    script: 'rule-of-law.min.js',
    body: `<rule-of-law-report lang="${lang}"${hydratable ? ' render-root="light"' : ''}>\n${fragment}</rule-of-law-report>`,
  });
}

/** The text of the static HTML's main heading (already escaped: it is copied from the HTML). */
function headingOf(fragment: string): string | undefined {
  return /<h[2-6] id="[^"]*-title"[^>]*>([^<]*)<\/h[2-6]>/.exec(fragment)?.[1];
}

/** What {@link elementPage} wraps: the element, its attributes, the static HTML and what the page needs beside it. */
export interface ElementPage {
  /** `rule-of-law-trend` or `rule-of-law-compare`. */
  readonly tag: string;
  /** The element's attributes, e.g. `previous-src="2022.json"`: its reports by URL, relative to the page. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The report files to copy beside the page. */
  readonly files: readonly string[];
  readonly fragment: string;
  /** The element's own stylesheet, linked after `rule-of-law.css`. */
  readonly stylesheet: string;
  readonly lang: string;
  /** The page's title when the static HTML has no heading. */
  readonly title: string;
}

/**
 * A whole page for a trend or a comparison: the static HTML inside the element, which loads the report files
 * from beside the page where JavaScript runs; links `rule-of-law.css`, the element's own stylesheet and
 * `rule-of-law-all.min.js` (the drop-in with the multi-year elements). Nothing inline runs.
 *
 * @example
 * elementPage({ tag: 'rule-of-law-compare', attributes: { 'previous-src': '2022.json', 'current-src': '2023.json' }, files: ['2022.json', '2023.json'],
 *   fragment, stylesheet: 'rule-of-law-compare.css', lang: 'zh-CN', title: '某县2023年法治政府建设年度报告' });
 */
export function elementPage(options: ElementPage): string {
  const { tag, lang } = options;
  const given = Object.entries(options.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const files = [...new Set(options.files)].join(', ');
  return page({
    lang,
    title: headingOf(options.fragment) ?? escapeHtml(options.title),
    copy: `Copy rule-of-law.css and rule-of-law-all.min.js${localeFile(lang) ? ` and ${localeFile(lang)}` : ''} from node_modules/@rule-of-law/elements/dist, ${options.stylesheet}, and the reports (${files}) next to this page.`.replace(
      /-(?=-)/g,
      '- ',
    ),
    links: ['rule-of-law.css', options.stylesheet],
    script: 'rule-of-law-all.min.js',
    body: `<${tag} lang="${lang}"${given}>\n${options.fragment}</${tag}>`,
  });
}

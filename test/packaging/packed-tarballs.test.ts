// The packages as users get them: `npm pack`ed, installed into a project outside the workspace, and
// used from there — Node (ESM and CommonJS), TypeScript (bundler and node16 resolution), the CLI, and
// Chromium loading the elements through an import map with no bundler. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLeaves, expandPattern, importMapFor, readPackageJson, typesNotFirst, type PackageJson } from './support/package-exports.js';
import { assertBuilt, installScratchProject, packAll, PACKAGES, ROOT, run, type PackedPackage } from './support/pack-and-install.js';
import { serveDirectory, type StaticServer } from './support/static-server.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const REFERENCE_JSON = join(ROOT, 'examples/hangzhoudao-2023.json');
/** The range of `@lit-labs/ssr` that the elements accept. */
const ssrRange = (): string => readPackageJson(join(ROOT, 'packages/elements')).peerDependencies?.['@lit-labs/ssr'] ?? '*';
const REFERENCE_TEXT = join(ROOT, 'examples/hangzhoudao-2023.txt');
const REFERENCE_TITLE = (JSON.parse(readFileSync(REFERENCE_JSON, 'utf8')) as { title: string }).title;

/** What may be in each tarball (besides package.json, README.md and LICENSE), and what must be. */
const CONTENTS: Record<(typeof PACKAGES)[number], { allowed: RegExp; required: readonly string[] }> = {
  core: {
    allowed: /^(dist\/(locales\/)?[\w.-]+\.(js|cjs|d\.ts|d\.cts)|report\.schema\.json)$/,
    required: [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/extract.js',
      'dist/extract.cjs',
      'dist/extract.d.ts',
      'dist/extract.d.cts',
      'dist/synthetic.js',
      'dist/synthetic.cjs',
      'dist/synthetic.d.ts',
      'dist/synthetic.d.cts',
      'dist/locales/zh-Hant.js',
      'dist/locales/zh-Hant.cjs',
      'dist/locales/zh-Hant.d.ts',
      'dist/locales/zh-Hant.d.cts',
      'report.schema.json',
    ],
  },
  elements: {
    allowed: /^(dist\/([\w-]+\/)?[\w.-]+\.(js|d\.ts|css)|dist\/THIRD-PARTY-LICENSES\.txt|custom-elements\.json)$/,
    required: [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/elements.js',
      'dist/define/report.js',
      'dist/rule-of-law.min.js',
      'dist/THIRD-PARTY-LICENSES.txt',
      'custom-elements.json',
    ],
  },
  cli: {
    allowed: /^(bin\/rule-of-law\.mjs|dist\/[\w.-]+\.js)$/,
    required: ['bin/rule-of-law.mjs', 'dist/main.js'],
  },
};

let scratch = '';
let project = '';
let packed = new Map<(typeof PACKAGES)[number], PackedPackage>();
let installedFrom: 'offline' | 'online' = 'offline';

const installedDir = (folder: (typeof PACKAGES)[number]): string => join(project, 'node_modules/@rule-of-law', folder);
const installed = (folder: (typeof PACKAGES)[number]): PackageJson => readPackageJson(installedDir(folder));
const node = (args: readonly string[]): string => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });

beforeAll(() => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-pack-'));
  project = join(scratch, 'consumer');
  packed = packAll(join(scratch, 'tarballs'));
  const tarballs = [...packed.values()].map((entry) => join(scratch, 'tarballs', entry.filename));
  // Lit's server renderer is an optional peer of the elements and the CLI: a project that renders static HTML adds it.
  installedFrom = installScratchProject(project, tarballs, join(ROOT, 'test/packaging/consumer'), { '@lit-labs/ssr': ssrRange() });
  copyFileSync(REFERENCE_JSON, join(project, 'hangzhoudao-2023.json'));
  copyFileSync(REFERENCE_TEXT, join(project, 'hangzhoudao-2023.txt'));
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  for (const folder of PACKAGES) {
    it(`@rule-of-law/${folder}: the tarball holds only what a user needs`, () => {
      const entry = packed.get(folder)!;
      const files = entry.files.map((file) => file.path);
      const { allowed, required } = CONTENTS[folder];
      const unexpected = files.filter((file) => !['package.json', 'README.md', 'LICENSE'].includes(file) && !allowed.test(file));
      expect(unexpected, 'files that have no business in the tarball').toEqual([]);
      expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', ...required]));
      expect(readFileSync(join(installedDir(folder), 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    });
  }

  it('no shipped file names the build machine: no source maps, no sourceMappingURL, no absolute workspace path', () => {
    const leaks: string[] = [];
    for (const folder of PACKAGES) {
      for (const { path } of packed.get(folder)!.files) {
        const text = readFileSync(join(installedDir(folder), path), 'utf8');
        if (path.endsWith('.map')) leaks.push(`${folder}/${path}: a source map`);
        if (/^\/\/# sourceMappingURL=/m.test(text)) leaks.push(`${folder}/${path}: a sourceMappingURL comment`);
        if (text.includes(ROOT) || text.includes(ROOT.replace(/\/$/, ''))) leaks.push(`${folder}/${path}: names ${ROOT}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('one declaration file per module and format: ESM-only packages ship no .d.cts; core pairs each .d.cts with its .d.ts', () => {
    const paths = (folder: (typeof PACKAGES)[number]): string[] => packed.get(folder)!.files.map((file) => file.path);
    expect(paths('elements').filter((path) => /\.d\.(c|m)ts$/.test(path))).toEqual([]);
    expect(paths('cli').filter((path) => /\.d\.(c|m)?ts$/.test(path))).toEqual([]);
    // TypeScript reads a .d.ts in a "type": "module" package as ESM and a .d.cts as CommonJS: for core's two
    // formats one file cannot serve both without masquerading. Each CommonJS declaration is the twin of an ESM one.
    const esm = paths('core')
      .filter((path) => path.endsWith('.d.ts'))
      .sort();
    const cjs = paths('core')
      .filter((path) => path.endsWith('.d.cts'))
      .sort();
    // Shared declaration chunks carry a content hash of their own format (`report-3y7J971f.d.ts`, `report-Pdzxdkmd.d.cts`).
    const unhashed = (path: string): string => path.replace(/-[\w-]{8}(\.d\.c?ts)$/, '$1');
    expect(cjs.map(unhashed)).toEqual(esm.map((path) => unhashed(path).replace(/\.d\.ts$/, '.d.cts')));
    expect(paths('core').filter((path) => /\.d\.mts$/.test(path))).toEqual([]);
  });

  it('installs into a project outside the workspace (from the npm cache when it can)', () => {
    expect(project.startsWith(ROOT)).toBe(false);
    expect(['offline', 'online']).toContain(installedFrom);
    for (const folder of PACKAGES) expect(installed(folder).version).toBe(readPackageJson(join(ROOT, 'packages', folder)).version);
    // The installed elements and CLI use the installed core, not a copy of their own.
    expect(existsSync(join(installedDir('elements'), 'node_modules/@rule-of-law/core'))).toBe(false);
    expect(existsSync(join(installedDir('cli'), 'node_modules/@rule-of-law/core'))).toBe(false);
  });
});

describe('package.json of each installed package', () => {
  for (const folder of PACKAGES) {
    it(`@rule-of-law/${folder}: every export, main, module, types, bin and manifest path is a file`, () => {
      const dir = installedDir(folder);
      const pkg = installed(folder);
      const missing: string[] = [];
      const check = (label: string, target: string | undefined): void => {
        if (target !== undefined && !existsSync(join(dir, target))) missing.push(`${label} → ${target}`);
      };
      for (const leaf of exportLeaves(pkg)) {
        const label = `exports["${leaf.subpath}"]${leaf.conditions.map((condition) => `.${condition}`).join('')}`;
        if (leaf.target.includes('*')) {
          const matches = expandPattern(dir, leaf.subpath, leaf.target);
          if (matches.length === 0) missing.push(`${label} → ${leaf.target} (matches no file)`);
        } else {
          check(label, leaf.target);
        }
      }
      check('main', pkg.main);
      check('module', pkg.module);
      check('types', pkg.types);
      check('customElements', pkg.customElements);
      for (const [name, target] of Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) check(`bin.${name}`, target);
      expect(missing).toEqual([]);
    });

    it(`@rule-of-law/${folder}: "types" comes first wherever it is a condition`, () => {
      expect(typesNotFirst(installed(folder))).toEqual([]);
    });
  }

  it('every JavaScript export of core and elements has its types beside it', () => {
    const untyped: string[] = [];
    for (const folder of ['core', 'elements'] as const) {
      const dir = installedDir(folder);
      for (const leaf of exportLeaves(installed(folder))) {
        if (!/\.(c|m)?js$/.test(leaf.target) || leaf.target.endsWith('.min.js')) continue;
        for (const { target } of expandPattern(dir, leaf.subpath, leaf.target)) {
          const types = target
            .replace(/\.js$/, '.d.ts')
            .replace(/\.cjs$/, '.d.cts')
            .replace(/\.mjs$/, '.d.mts');
          if (!existsSync(join(dir, types))) untyped.push(`${folder}: ${target}`);
        }
      }
    }
    expect(untyped).toEqual([]);
  });

  it('sideEffects: core has none but its locale files (which register themselves); elements lists only its registering modules', () => {
    expect(installed('core').sideEffects).toEqual(['./dist/locales/*']);
    const sideEffects = installed('elements').sideEffects;
    expect(Array.isArray(sideEffects)).toBe(true);
    const listed = (sideEffects as readonly string[]).filter((pattern) => pattern.startsWith('./dist/'));
    expect(listed).toEqual(expect.arrayContaining(['./dist/index.js', './dist/define/*.js', './dist/rule-of-law.min.js']));
    expect(listed).not.toContain('./dist/elements.js');
  });
});

describe('@rule-of-law/core in Node', () => {
  const expected = {
    shares: [37.5, 18.75, 25, 18.75],
    findings: ['implied-denominator', 'mixed-units', 'partial-breakdown', 'signed-before-period-end'],
    schema: 'https://json-schema.org/draft/2020-12/schema',
    // generateSyntheticReports({ seed: 7, issuers: 2, years: [2023] }) from the synthetic entry: two reports, both valid.
    synthetic: { reports: 2, valid: 2 },
  };

  it('works through import (ESM), with the extract and synthetic entries and the JSON Schema', () => {
    const output = JSON.parse(node(['use-core.mjs', 'hangzhoudao-2023.json', 'hangzhoudao-2023.txt']));
    expect(output).toMatchObject({ ...expected, visits: '996余人次' });
    expect(output.draft).toMatchObject({ title: REFERENCE_TITLE, valid: true });
    expect(output.draft.indicators).toBeGreaterThan(20);
  }, 30_000);

  it('works through require (CommonJS), with the extract and synthetic entries and the JSON Schema', () => {
    const output = JSON.parse(node(['use-core.cjs', 'hangzhoudao-2023.json', 'hangzhoudao-2023.txt']));
    expect(output).toMatchObject({ ...expected, draft: { title: REFERENCE_TITLE, valid: true } });
  }, 30_000);
});

describe('@rule-of-law/elements in Node', () => {
  it("leaves Lit's server renderer to those who render static HTML: an optional peer of the elements and of the CLI", () => {
    for (const folder of ['elements', 'cli'] as const) {
      const pkg = installed(folder);
      expect(Object.keys(pkg.dependencies ?? {}), folder).not.toContain('@lit-labs/ssr');
      expect(pkg.peerDependenciesMeta?.['@lit-labs/ssr'], folder).toEqual({ optional: true });
    }
  });

  it('the static HTML entry renders the reference report without a DOM', () => {
    expect(exportLeaves(installed('elements')).map((leaf) => leaf.subpath)).toContain('./static');
    const { html } = JSON.parse(node(['use-static.mjs', 'hangzhoudao-2023.json'])) as { html: string };
    expect(html).toContain(REFERENCE_TITLE);
    expect(html).not.toContain('<script');
  }, 30_000);
});

describe('@rule-of-law/cli', () => {
  it('runs from node_modules/.bin against the installed core', () => {
    const bin = join(project, 'node_modules/.bin/rule-of-law');
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }).trim()).toBe(installed('cli').version);
    const check = execFileSync(bin, ['check', 'hangzhoudao-2023.json', '--lang', 'en'], { cwd: project, encoding: 'utf8' });
    expect(check).toContain('valid');
    const schema = JSON.parse(execFileSync(bin, ['schema'], { cwd: project, encoding: 'utf8' }));
    expect(schema).toEqual(JSON.parse(readFileSync(join(installedDir('core'), 'report.schema.json'), 'utf8')));
  }, 60_000);

  it("renders static HTML once the elements and Lit's server renderer are installed beside it", () => {
    const bin = join(project, 'node_modules/.bin/rule-of-law');
    const html = execFileSync(bin, ['render', 'hangzhoudao-2023.json', '--lang', 'en'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(html).toContain(REFERENCE_TITLE);
    expect(html).not.toContain('<script');
  }, 60_000);
});

describe('TypeScript against the installed packages', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  for (const resolution of ['bundler', 'node16'] as const) {
    it(`type-checks a consumer with moduleResolution ${resolution} (strict, lib checks on)`, () => {
      expect(() => run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], project)).not.toThrow();
    }, 60_000);
  }
});

describe('@rule-of-law/elements in Chromium, without a bundler', () => {
  let server: StaticServer;
  let browser: Browser;
  const dropIns: string[] = [];
  /** Pages of the plain drop-in with a locale file beside it (`rule-of-law-zh-Hant.min.js`: it registers a locale, no tag). */
  const localePages: string[] = [];
  /** The Worker scripts exported beside the drop-ins. */
  const workers: string[] = [];

  beforeAll(async () => {
    const map = importMapFor(project);
    const html = readFileSync(join(project, 'index.html'), 'utf8').replace('{ "imports": {} }', JSON.stringify(map));
    writeFileSync(join(project, 'index.html'), html);
    // Every ES module export of the elements (patterns expanded), for the page to import one by one.
    const elementsDir = installedDir('elements');
    const specifiers = exportLeaves(installed('elements'))
      .filter((leaf) => leaf.target.endsWith('.js') && !leaf.target.endsWith('.min.js') && !leaf.conditions.includes('types'))
      .flatMap((leaf) => expandPattern(elementsDir, leaf.subpath, leaf.target))
      .map(({ subpath }) => posix.join('@rule-of-law/elements', subpath));
    writeFileSync(join(project, 'specifiers.json'), JSON.stringify([...new Set(specifiers)]));
    // One page per drop-in bundle (every `*.min.js` export), with no import map.
    const template = readFileSync(join(project, 'dropin.html'), 'utf8');
    const plain = '/node_modules/@rule-of-law/elements/dist/rule-of-law.min.js';
    const scripts = exportLeaves(installed('elements')).filter((entry) => entry.target.endsWith('.min.js'));
    // The editor's drafting worker is a Worker's script, not a page's: the editor's tests load it (test/e2e/editor-worker.test.ts).
    workers.push(...scripts.filter((entry) => entry.target.endsWith('-worker.min.js')).map((entry) => entry.target));
    for (const leaf of scripts.filter((entry) => !entry.target.endsWith('-worker.min.js'))) {
      const page = `dropin-${posix.basename(leaf.target, '.js')}.html`;
      const src = posix.join('/node_modules/@rule-of-law/elements', leaf.target);
      const isLocale = !readFileSync(join(elementsDir, leaf.target), 'utf8').includes('customElements');
      const html = isLocale
        ? template
            .replace('<html lang="en">', '<html lang="zh-Hant">')
            .replace('<script type="module" src="DROP_IN"></script>', `<script type="module" src="${plain}"></script><script type="module" src="${src}"></script>`)
        : template.replace('src="DROP_IN"', `src="${src}"`);
      writeFileSync(join(project, page), html);
      (isLocale ? localePages : dropIns).push(page);
    }
    server = await serveDirectory(project);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path`, waits for `window.__result`, and returns it with every console error, page error and failed request. */
  async function open(path: string): Promise<{ result: Record<string, unknown>; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => (window as { __result?: unknown }).__result !== undefined, null, { timeout: 20_000 });
    const result = (await page.evaluate(() => (window as unknown as { __result: Promise<Record<string, unknown>> }).__result)) ?? {};
    await page.close();
    return { result, problems };
  }

  it('the ESM build loads through an import map and renders the reference report', async () => {
    const { result, problems } = await open('/index.html');
    expect(result['error']).toBeUndefined();
    expect(problems).toEqual([]);
    expect(result['afterClasses'], 'importing the classes registers no tag').toEqual([]);
    expect(result['afterDefineFigure']).toEqual(['rule-of-law-figure']);
    expect(result['afterIndex']).toEqual(['rule-of-law-report', 'rule-of-law-figure', 'rule-of-law-rate', 'rule-of-law-breakdown', 'rule-of-law-findings']);
    expect(result['failedImports'], 'every ES module export loads').toEqual([]);
    expect(result['imported']).toBeGreaterThanOrEqual(7);
    expect(result['title']).toBe(REFERENCE_TITLE);
    expect(result['figures']).toBeGreaterThan(10);
    expect(result['firstFigure']).toMatch(/^\d[\d,.]*\D+$/);
    expect(result['charts']).toBeGreaterThan(3);
  }, 30_000);

  it('each drop-in bundle needs no import map at all', async () => {
    expect(dropIns.length).toBeGreaterThanOrEqual(1);
    for (const page of dropIns) {
      const { result, problems } = await open(`/${page}`);
      expect(result['error'], page).toBeUndefined();
      expect(problems, page).toEqual([]);
      expect(result['title'], page).toBe(REFERENCE_TITLE);
    }
  }, 30_000);

  it('ships the editor’s drafting worker beside its drop-in', () => {
    expect(workers).toEqual(['./dist/rule-of-law-editor-worker.min.js']);
    expect(readFileSync(join(installedDir('elements'), workers[0]!), 'utf8')).toContain('onmessage');
  });

  it('a locale file beside the plain drop-in draws the report in its locale', async () => {
    expect(localePages.length).toBeGreaterThanOrEqual(1);
    for (const page of localePages) {
      const { result, problems } = await open(`/${page}`);
      expect(problems, page).toEqual([]);
      expect(result['title'], page).toContain('濱海新區');
      expect(result['title'], page).not.toBe(REFERENCE_TITLE);
    }
  }, 60_000);
});

// What each package costs a project that installs it alone, from the packed tarballs: how many packages
// and how many bytes land in node_modules. The CLI installs with core only (its `render` asks for the
// elements when they are missing). The numbers are printed; docs/developers.md records them. Needs
// `npm run build` first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, directoryBytes, installedPackages, installScratchProject, packAll, ROOT, type PackedPackage } from './support/pack-and-install.js';

type Folder = 'core' | 'elements' | 'cli';

/** The tarballs each project installs: one package and the workspace packages it depends on. */
const PROJECTS: Readonly<Record<Folder, readonly Folder[]>> = {
  core: ['core'],
  elements: ['elements', 'core'],
  cli: ['cli', 'core'],
};

/** The packages a project installing the CLI alone may get, besides the CLI itself. */
const CLI_ALONE_MAY_HAVE = new Set(['@rule-of-law/core', 'zod']);

let scratch = '';
const projectDir = (folder: Folder): string => join(scratch, `only-${folder}`);

beforeAll(() => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-footprint-'));
  const packed: Map<Folder, PackedPackage> = packAll(join(scratch, 'tarballs'));
  for (const [folder, tarballs] of Object.entries(PROJECTS) as [Folder, readonly Folder[]][]) {
    installScratchProject(
      projectDir(folder),
      tarballs.map((name) => join(scratch, 'tarballs', packed.get(name)!.filename)),
    );
  }
  copyFileSync(join(ROOT, 'examples/hangzhoudao-2023.json'), join(projectDir('cli'), 'report.json'));
  copyFileSync(join(ROOT, 'examples/hangzhoudao-2023.txt'), join(projectDir('cli'), 'report.txt'));
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs the installed `rule-of-law` of the CLI-only project. */
function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(projectDir('cli'), 'node_modules/.bin/rule-of-law'), args, { cwd: projectDir('cli'), encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('install footprint of each package installed alone', () => {
  it('prints the package count and size of each', () => {
    const rows = (Object.keys(PROJECTS) as Folder[]).map((folder) => {
      const packages = installedPackages(projectDir(folder));
      const bytes = directoryBytes(join(projectDir(folder), 'node_modules'));
      return { folder, packages, bytes };
    });
    for (const { folder, packages, bytes } of rows) {
      console.log(
        `@rule-of-law/${folder} alone: ${packages.length} packages, ${(bytes / 1024 / 1024).toFixed(2)} MB in node_modules (${packages.map((entry) => entry.name).join(', ')})`,
      );
      expect(packages.map((entry) => entry.name)).toContain(`@rule-of-law/${folder}`);
    }
    // core brings zod and nothing else.
    expect(rows[0]!.packages.map((entry) => entry.name)).toEqual(['@rule-of-law/core', 'zod']);
  });

  it('the CLI installs with core only: no elements, no Lit, no server renderer', () => {
    const names = installedPackages(projectDir('cli')).map((entry) => entry.name);
    expect(names.filter((name) => name !== '@rule-of-law/cli' && !CLI_ALONE_MAY_HAVE.has(name))).toEqual([]);
  });
});

describe('the CLI installed with core only', () => {
  it('checks, computes, extracts and prints the schema', () => {
    const check = cli(['check', 'report.json', '--lang', 'en']);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('valid');
    const compute = cli(['compute', 'report.json', '--json']);
    expect(compute.status, compute.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(compute.stdout))).toContain('reconsideration.outcomes');
    const extract = cli(['extract', 'report.txt', '--lang', 'en']);
    expect(extract.status, extract.stderr).toBeLessThanOrEqual(1);
    expect(JSON.parse(extract.stdout)).toMatchObject({ title: expect.stringContaining('法治政府建设') });
    const schema = cli(['schema']);
    expect(JSON.parse(schema.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  }, 120_000);

  it('render says which packages to add, in both languages, and exits 2', () => {
    const english = cli(['render', 'report.json', '--lang', 'en']);
    expect(english.status).toBe(2);
    expect(english.stdout).toBe('');
    expect(english.stderr).toContain('npm install @rule-of-law/elements @lit-labs/ssr');
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const chinese = cli(['render', 'report.json', '--lang', 'zh-CN']);
    expect(chinese.status).toBe(2);
    expect(chinese.stderr).toContain('render 命令需要');
  }, 120_000);
});

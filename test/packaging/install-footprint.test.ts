// What each package costs a project that installs it alone, from the packed tarballs: how many packages
// and how many bytes land in node_modules. The CLI installs with core only (its `render` asks for the
// elements when they are missing). The numbers are printed; docs/developers.md records them. Needs
// `npm run build` first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, directoryBytes, installedPackages, installScratchProject, packAll, ROOT, type PackedPackage } from './support/pack-and-install.js';

type Folder = 'core' | 'elements' | 'cli';

/** A project: the tarballs it installs (one package and the workspace packages it needs) and packages from the registry. */
interface Project {
  readonly tarballs: readonly Folder[];
  readonly registry?: Readonly<Record<string, string>>;
}

/** The range of Lit's server renderer that the elements accept. */
const SSR_RANGE = (JSON.parse(readFileSync(join(ROOT, 'packages/elements/package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies[
  '@lit-labs/ssr'
]!;

/** Each package alone, and the CLI with what its `render` asks for. */
const PROJECTS = {
  core: { tarballs: ['core'] },
  elements: { tarballs: ['elements', 'core'] },
  cli: { tarballs: ['cli', 'core'] },
  'cli-render': { tarballs: ['cli', 'core', 'elements'], registry: { '@lit-labs/ssr': SSR_RANGE } },
} as const satisfies Record<string, Project>;

type ProjectName = keyof typeof PROJECTS;

/** The packages a project installing the CLI alone may get, besides the CLI itself. */
const CLI_ALONE_MAY_HAVE = new Set(['@rule-of-law/core', 'zod']);

let scratch = '';
const projectDir = (name: ProjectName): string => join(scratch, name);
let packed = new Map<Folder, PackedPackage>();

beforeAll(() => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-footprint-'));
  packed = packAll(join(scratch, 'tarballs'));
  for (const [name, project] of Object.entries(PROJECTS) as [ProjectName, Project][]) {
    installScratchProject(
      projectDir(name),
      project.tarballs.map((folder) => join(scratch, 'tarballs', packed.get(folder)!.filename)),
      undefined,
      project.registry,
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
    for (const [folder, entry] of packed) {
      console.log(
        `@rule-of-law/${folder} tarball: ${(entry.size / 1024).toFixed(0)} KB packed, ${(entry.unpackedSize / 1024).toFixed(0)} KB unpacked, ${entry.files.length} files`,
      );
    }
    const rows = (Object.keys(PROJECTS) as ProjectName[]).map((name) => {
      const packages = installedPackages(projectDir(name));
      const bytes = directoryBytes(join(projectDir(name), 'node_modules'));
      return { name, packages, bytes };
    });
    for (const { name, packages, bytes } of rows) {
      console.log(
        `${name}: ${packages.length} packages, ${(bytes / 1024 / 1024).toFixed(2)} MB in node_modules (${packages.map((entry) => entry.name).join(', ')})`,
      );
      expect(packages.map((entry) => entry.name)).toContain(`@rule-of-law/${name.split('-')[0]}`);
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

  it('render works once the two packages it names are added', () => {
    copyFileSync(join(ROOT, 'examples/hangzhoudao-2023.json'), join(projectDir('cli-render'), 'report.json'));
    const run = spawnSync(join(projectDir('cli-render'), 'node_modules/.bin/rule-of-law'), ['render', 'report.json', '--lang', 'en'], {
      cwd: projectDir('cli-render'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('rol-report');
    expect(run.stdout).not.toContain('<script');
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

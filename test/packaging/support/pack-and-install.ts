/**
 * Packs the workspace's packages with `npm pack` and installs the tarballs into a scratch project
 * outside the workspace, as a user's project would get them from the registry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The workspace root. */
export const ROOT = new URL('../../../', import.meta.url).pathname;

/** The publishable packages, by workspace folder. */
export const PACKAGES = ['core', 'elements', 'cli'] as const;

/** One package as `npm pack --json` describes its tarball. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

/**
 * The environment for a child npm: without the `npm_*` variables of the `npm test` that may be running
 * this, so that the child sees the scratch project, not the workspace (its prefix, its workspaces).
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

/** Runs a command, returning stdout; throws with its output when it fails. */
export function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): string {
  const result = spawnSync(command, args, { cwd, env: npmEnvironment(), encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed with ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Throws unless every package has been built (`npm test` builds first). */
export function assertBuilt(): void {
  const missing = [
    'packages/core/dist/index.js',
    'packages/core/dist/index.cjs',
    'packages/core/report.schema.json',
    'packages/elements/dist/index.js',
    'packages/elements/dist/rule-of-law.min.js',
    'packages/elements/custom-elements.json',
    'packages/cli/dist/main.js',
  ].filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) throw new Error(`Build the packages first (npm run build); missing: ${missing.join(', ')}`);
}

/** `npm pack`s every package into `destination`. */
export function packAll(destination: string): Map<(typeof PACKAGES)[number], PackedPackage> {
  mkdirSync(destination, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', destination, ...PACKAGES.flatMap((name) => ['--workspace', `packages/${name}`])];
  const packed = JSON.parse(run('npm', args, ROOT)) as PackedPackage[];
  return new Map(PACKAGES.map((folder) => [folder, packed.find((entry) => entry.name === `@rule-of-law/${folder}`)!]));
}

/**
 * Makes a project in `dir` that depends on the tarballs and installs it: from the local npm cache when
 * it holds every dependency (the workspace's own install put them there), else from the registry.
 * `fixtures` (a folder) is copied in first; `registryDependencies` (name → range) are added beside the tarballs.
 * Returns how it installed.
 */
export function installScratchProject(
  dir: string,
  tarballs: readonly string[],
  fixtures?: string,
  registryDependencies: Readonly<Record<string, string>> = {},
): 'offline' | 'online' {
  mkdirSync(dir, { recursive: true });
  if (fixtures !== undefined) cpSync(fixtures, dir, { recursive: true });
  const dependencies = { ...registryDependencies, ...Object.fromEntries(tarballs.map((tarball) => [tarballName(tarball), `file:${tarball}`])) };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'rule-of-law-consumer', private: true, version: '0.0.0', type: 'module', dependencies }, null, 2)}\n`,
  );
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'];
  try {
    run('npm', [...args, '--offline'], dir);
    return 'offline';
  } catch {
    run('npm', [...args, '--prefer-offline'], dir);
    return 'online';
  }
}

/** `@rule-of-law/core` from `.../rule-of-law-core-0.1.0.tgz`. */
function tarballName(tarball: string): string {
  const file = tarball.split('/').pop()!;
  const folder = PACKAGES.find((name) => file.startsWith(`rule-of-law-${name}-`));
  if (!folder) throw new Error(`not one of ours: ${file}`);
  return `@rule-of-law/${folder}`;
}

/** One package installed in a project's node_modules. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
}

/** Every package under `dir`/node_modules, nested ones included (each `name@version` once), sorted by name. */
export function installedPackages(dir: string): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const visit = (modules: string): void => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const folders = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((name) => join(modules, entry, name)) : [join(modules, entry)];
      for (const folder of folders) {
        const manifest = join(folder, 'package.json');
        if (!existsSync(manifest)) continue;
        const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as InstalledPackage;
        found.set(`${name}@${version}`, { name, version });
        visit(join(folder, 'node_modules'));
      }
    }
  };
  visit(join(dir, 'node_modules'));
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The bytes of every file under `dir` (apparent sizes, symbolic links not followed). */
export function directoryBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += directoryBytes(path);
    else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

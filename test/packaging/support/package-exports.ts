/**
 * Reading a package's `exports` the way Node and browsers' import maps need it: every subpath, every
 * condition, every file it can point at.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** What an `exports` entry may hold (string target, conditions object, or a list of fallbacks). */
export type ExportTarget = string | null | readonly ExportTarget[] | { readonly [condition: string]: ExportTarget };

/** The `package.json` fields the tests read. */
export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly type?: string;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: ExportTarget | Readonly<Record<string, ExportTarget>>;
  readonly sideEffects?: boolean | readonly string[];
  readonly customElements?: string;
  readonly files?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
}

export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** `exports` as a map from subpath (`.`, `./extract`…) to target, whatever shorthand it was written in. */
export function subpaths(pkg: PackageJson): Map<string, ExportTarget> {
  const { exports } = pkg;
  if (exports === undefined) return new Map();
  if (typeof exports === 'string' || Array.isArray(exports) || exports === null) return new Map([['.', exports as ExportTarget]]);
  const keys = Object.keys(exports as object);
  if (keys.every((key) => !key.startsWith('.'))) return new Map([['.', exports as ExportTarget]]);
  return new Map(Object.entries(exports as Record<string, ExportTarget>));
}

/** One file an export can lead to: the subpath, the conditions on the way, and the target. */
export interface ExportLeaf {
  readonly subpath: string;
  readonly conditions: readonly string[];
  readonly target: string;
}

/** Every target of every subpath, under every condition. */
export function exportLeaves(pkg: PackageJson): ExportLeaf[] {
  const leaves: ExportLeaf[] = [];
  const walk = (subpath: string, target: ExportTarget, conditions: string[]): void => {
    if (target === null) return;
    if (typeof target === 'string') leaves.push({ subpath, conditions, target });
    else if (Array.isArray(target)) for (const item of target as readonly ExportTarget[]) walk(subpath, item, conditions);
    else for (const [condition, inner] of Object.entries(target)) walk(subpath, inner as ExportTarget, [...conditions, condition]);
  };
  for (const [subpath, target] of subpaths(pkg)) walk(subpath, target, []);
  return leaves;
}

/** Condition objects whose `types` is not the first key (TypeScript reads conditions in order). */
export function typesNotFirst(pkg: PackageJson): string[] {
  const wrong: string[] = [];
  const walk = (where: string, target: ExportTarget): void => {
    if (target === null || typeof target === 'string') return;
    if (Array.isArray(target)) return (target as readonly ExportTarget[]).forEach((item) => walk(where, item));
    const keys = Object.keys(target);
    if (keys.includes('types') && keys[0] !== 'types') wrong.push(`${where} {${keys.join(', ')}}`);
    for (const [condition, inner] of Object.entries(target)) walk(`${where} → ${condition}`, inner as ExportTarget);
  };
  for (const [subpath, target] of subpaths(pkg)) walk(subpath, target);
  return wrong;
}

/** The target `exports` gives for `conditions`, in the package's own order (Node's algorithm, without patterns). */
export function resolveTarget(target: ExportTarget, conditions: readonly string[]): string | undefined {
  if (target === null) return undefined;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target as readonly ExportTarget[]) {
      const found = resolveTarget(item, conditions);
      if (found) return found;
    }
    return undefined;
  }
  for (const [condition, inner] of Object.entries(target)) {
    if (condition === 'default' || conditions.includes(condition)) {
      const found = resolveTarget(inner as ExportTarget, conditions);
      if (found) return found;
    }
  }
  return undefined;
}

/** Files under `dir` (relative, posix), recursively. A missing `dir` is an error, never "no files". */
export function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: is the package built and installed?`);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, posix.join(prefix, name)) : [posix.join(prefix, name)];
  });
}

/**
 * The concrete (subpath, file) pairs a pattern export like `"./define/*": "./dist/define/*.js"` covers in
 * the installed package; a plain export gives itself.
 */
export function expandPattern(packageDir: string, subpath: string, target: string): { subpath: string; target: string }[] {
  if (!subpath.includes('*')) return [{ subpath, target }];
  const [before, after] = target.split('*') as [string, string];
  const [subBefore, subAfter] = subpath.split('*') as [string, string];
  return filesUnder(packageDir)
    .map((file) => `./${file}`)
    .filter((file) => file.startsWith(before) && file.endsWith(after) && file.length >= before.length + after.length)
    .map((file) => {
      const star = file.slice(before.length, file.length - after.length);
      return { subpath: `${subBefore}${star}${subAfter}`, target: file };
    });
}

/** Directories of every package installed in `nodeModules` (scoped ones included, nested ones not). */
export function installedPackages(nodeModules: string): string[] {
  return readdirSync(nodeModules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(nodeModules, name)).map((inner) => join(nodeModules, name, inner)) : [join(nodeModules, name)]))
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

/** Conditions a browser loading ES modules through an import map matches (no `node`, no `development`). */
export const BROWSER_CONDITIONS = ['browser', 'import', 'module'] as const;

/**
 * An import map for a page served from `root` that maps every bare specifier of every package in
 * `root/node_modules` to its browser ES module file: each `exports` subpath (patterns expanded), or
 * `module`/`main` plus a `name/` prefix for packages without `exports`.
 */
export function importMapFor(root: string): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  for (const dir of installedPackages(join(root, 'node_modules'))) {
    const pkg = readPackageJson(dir);
    const url = `/${posix.relative(root, dir).split('\\').join('/')}`;
    const exported = subpaths(pkg);
    if (exported.size === 0) {
      const entry = pkg.module ?? pkg.main ?? 'index.js';
      imports[pkg.name] = posix.join(url, entry);
      imports[`${pkg.name}/`] = `${url}/`;
      continue;
    }
    for (const [subpath, target] of exported) {
      const file = resolveTarget(target, BROWSER_CONDITIONS);
      if (!file) continue;
      for (const pair of expandPattern(dir, subpath, file)) {
        imports[posix.join(pkg.name, pair.subpath)] = posix.join(url, pair.target);
      }
    }
  }
  return { imports };
}

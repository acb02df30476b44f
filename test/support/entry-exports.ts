import { readFileSync } from 'node:fs';

/** One name a package entry exports: whether it is type-only, and the module (in the entry's folder) that declares it. */
export interface EntryExport {
  readonly name: string;
  readonly type: boolean;
  readonly module: string;
}

/**
 * An entry of ours (an `index.ts` that names each export in `export { … } from './module.js'` lines), read from
 * its folder: its source, the names it exports, and the TSDoc of each where it is declared. What the public-API
 * contract tests of `@rule-of-law/core/extract` and `@rule-of-law/core/edit` check.
 */
export function readEntry(folder: URL): {
  readonly source: string;
  readonly exported: readonly EntryExport[];
  readonly tsdocOf: (module: string, name: string) => string | undefined;
} {
  const read = (file: string) => readFileSync(new URL(file, folder), 'utf8');
  const source = read('index.ts');
  const exported = [...source.matchAll(/^export (type )?\{([^}]*)\} from '\.\/([\w-]+)\.js';$/gm)].flatMap(([, typeOnly, names = '', module = '']) =>
    names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ name: name.replace(/^type\s+/, ''), type: typeOnly !== undefined || name.startsWith('type '), module })),
  );
  /** The TSDoc block right before the declaration of `name` in `module`, or undefined when there is none. */
  const tsdocOf = (module: string, name: string): string | undefined => {
    const text = read(`${module}.ts`);
    const declaration = new RegExp(`^export (?:declare )?(?:const|function|interface|type|class|enum) ${name}\\b`, 'm').exec(text);
    if (!declaration) return undefined;
    const before = text.slice(0, declaration.index).trimEnd();
    if (!before.endsWith('*/')) return undefined;
    const open = before.lastIndexOf('/*');
    return before.startsWith('/**', open) ? before.slice(open) : undefined;
  };
  return { source, exported, tsdocOf };
}

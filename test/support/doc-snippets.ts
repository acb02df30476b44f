// The fenced code blocks of the user documentation (README.md, docs/*.md and the packages' READMEs that npm
// shows, not the generated docs/reference/), for the tests in test/docs/ that run each kind of snippet as a reader would.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The documents whose snippets are tested, relative to the repository root. */
export const DOCUMENTS: readonly string[] = [
  'README.md',
  ...readdirSync(`${root}docs`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
  ...readdirSync(`${root}packages`)
    .sort()
    .map((name) => `packages/${name}/README.md`),
];

/** One fenced block of a document. */
export interface Snippet {
  /** The document, relative to the repository root. */
  readonly document: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** The fence's language (`js`, `html`…), `''` when it has none. */
  readonly lang: string;
  /** The block's text, ending with a newline. */
  readonly code: string;
  /** `document:line`, to name the snippet in test titles and messages. */
  readonly name: string;
}

/**
 * The fenced blocks of a Markdown text, in order.
 *
 * @example
 * ```ts
 * fencedBlocks('docs/a.md', '# A\n```sh\nnpm test\n```\n'); // [{ document: 'docs/a.md', line: 2, lang: 'sh', code: 'npm test\n', … }]
 * ```
 */
export function fencedBlocks(document: string, markdown: string): Snippet[] {
  return [...markdown.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].map((match) => {
    const line = markdown.slice(0, match.index).split('\n').length;
    return { document, line, lang: match[1] ?? '', code: match[2] ?? '', name: `${document}:${line}` };
  });
}

/**
 * Every fenced block in {@link DOCUMENTS}, or only those in `lang`.
 *
 * @example
 * ```ts
 * for (const snippet of docSnippets('html')) it(snippet.name, () => …);
 * ```
 */
export function docSnippets(lang?: string): Snippet[] {
  return DOCUMENTS.flatMap((document) => fencedBlocks(document, readFileSync(`${root}${document}`, 'utf8'))).filter(
    (snippet) => lang === undefined || snippet.lang === lang,
  );
}

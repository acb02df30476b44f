// The ```sh snippets of the documents, line by line (a `# …` comment ends a line):
// - `npx rule-of-law …` is run as written, by the shell, in a scratch folder inside the repository (so npx
//   finds the workspace's command, never the registry: npx runs offline and may not install). The folder holds a
//   copy of examples/; an input file named by a command that is not there is the reader's own file: a copy of
//   the reference report (.json) or text (.txt). Each command must exit 0, and what it writes (`-o file` or
//   `> file`) must be valid: a report JSON passes `parseReport`, a JSON Schema is draft 2020-12, HTML holds the
//   reference report's title in the language asked for (a whole page with --full-page). Without an output file,
//   it must print something.
// - `npm install <names>` must name packages of this workspace.
// - `npm start`, `npm test` and `npm run <script>` must name a script of the root package.json; they are not run.
// Any other line fails until this test learns what it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { parseReport } from '@rule-of-law/core';
import { describe, expect, it } from 'vitest';
import { docSnippets, type Snippet } from '../support/doc-snippets.js';
import { REPOSITORY_ROOT as root } from '../support/e2e-page.js';
import { EXAMPLES_DIR, referenceJson } from '../support/examples.js';

const rootPackage = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string>; workspaces: string[] };
const workspaceNames = rootPackage.workspaces.map((folder) => (JSON.parse(readFileSync(`${root}${folder}/package.json`, 'utf8')) as { name: string }).name);
const referenceTitle = referenceJson().title as string;

/** The commands of a snippet: one per line, comments and blank lines dropped. */
function commands(snippet: Snippet): string[] {
  return snippet.code
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A scratch folder for a snippet's commands, with a copy of examples/. */
function scratchFolder(snippet: Snippet): string {
  const folder = `${root}.cache/docs/shell/${snippet.document.replace(/\W+/g, '-')}-${snippet.line}/`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(EXAMPLES_DIR, `${folder}examples`, { recursive: true });
  return folder;
}

/** Checks a file a command wrote, by its kind. */
function checkOutput(file: string, words: readonly string[]): void {
  expect(existsSync(file), `${file} was written`).toBe(true);
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const json = JSON.parse(text) as Record<string, unknown>;
    if ('$schema' in json) expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    else {
      const parsed = parseReport(json);
      expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
    }
  } else if (file.endsWith('.html')) {
    expect(text).toContain(referenceTitle);
    const lang = words[words.indexOf('--lang') + 1];
    expect(text).toContain(`lang="${words.includes('--lang') ? lang : 'zh-CN'}"`);
    if (words.includes('--full-page')) expect(text).toMatch(/^<!doctype html>/i);
  } else {
    expect.fail(`${file}: no check for this kind of output; teach this test`);
  }
}

/** Runs one `npx rule-of-law …` command in `folder` and checks its exit code and output. */
function runRuleOfLaw(command: string, folder: string): void {
  const words = command.split(/\s+/);
  const input = words.slice(3).find((word) => !word.startsWith('-'));
  if (input && /\.(json|txt)$/.test(input) && !existsSync(`${folder}${input}`)) {
    copyFileSync(`${EXAMPLES_DIR}hangzhoudao-2023${input.slice(input.lastIndexOf('.'))}`, `${folder}${input}`);
  }
  const run = spawnSync('sh', ['-c', command], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, npm_config_offline: 'true', npm_config_yes: 'false', npm_config_update_notifier: 'false' },
  });
  expect({ command, code: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ command, code: 0, stderr: '' });
  const marker = words.findIndex((word) => word === '-o' || word === '>');
  if (marker > 0) checkOutput(`${folder}${words[marker + 1]}`, words);
  else expect(run.stdout.trim(), command).not.toBe('');
}

describe('the shell snippets', { timeout: 30_000 }, () => {
  for (const snippet of docSnippets('sh')) {
    it(`${snippet.name}: every command runs, or names what exists`, () => {
      let folder: string | undefined;
      for (const command of commands(snippet)) {
        const words = command.split(/\s+/);
        if (words[0] === 'npx' && words[1] === 'rule-of-law') runRuleOfLaw(command, (folder ??= scratchFolder(snippet)));
        else if (words[0] === 'npm' && words[1] === 'install') {
          const names = words.slice(2).filter((word) => !word.startsWith('-'));
          expect(names.length, command).toBeGreaterThan(0);
          for (const name of names) expect(workspaceNames, command).toContain(name);
        } else if (words[0] === 'npm' && (words[1] === 'start' || words[1] === 'test') && words.length === 2) {
          expect(Object.keys(rootPackage.scripts), command).toContain(words[1]);
        } else if (words[0] === 'npm' && words[1] === 'run' && words.length === 3) {
          expect(Object.keys(rootPackage.scripts), command).toContain(words[2]);
        } else {
          expect.fail(`${snippet.name}: no rule for \`${command}\`; teach this test`);
        }
      }
    });
  }
});

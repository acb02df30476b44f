// Mistyped commands and options, as the built command line answers them: one line on stderr, in the
// user's language, naming the closest command or option when one is close (packages/cli/src/did-you-mean.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli, SPAWN_TIMEOUT } from './run-cli.js';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npm run build (or npx tsup).');
});

/** Runs a command line that must fail as a usage error, and gives its one line of stderr. */
function usageError(args: readonly string[]): string {
  const run = runCli(args);
  expect(run.code, args.join(' ')).toBe(2);
  expect(run.stdout, args.join(' ')).toBe('');
  expect(hasStackTrace(run.stderr), args.join(' ')).toBe(false);
  expect(run.stderr.endsWith('\n') && !run.stderr.slice(0, -1).includes('\n'), `one line: ${run.stderr}`).toBe(true);
  return run.stderr.trimEnd();
}

/** True when every quote and bracket of a message is closed. */
function balanced(text: string): boolean {
  const even = (char: string) => text.split(char).length % 2 === 1;
  const pairs = ['()', '（）', '“”', '「」', '[]'];
  const closed = pairs.every((pair) => {
    let depth = 0;
    for (const char of text) {
      if (char === pair[0]) depth += 1;
      else if (char === pair[1]) depth -= 1;
      if (depth < 0) return false;
    }
    return depth === 0;
  });
  return closed && even("'") && even('"') && even('`');
}

describe('an unknown option', { timeout: SPAWN_TIMEOUT }, () => {
  it('names the closest option of the command, in English and in Chinese', () => {
    expect(usageError(['check', '--jsn', 'x.json', '--lang', 'en'])).toBe(
      'error: Unknown option: --jsn (did you mean --json?); run rule-of-law check --help for usage',
    );
    expect(usageError(['check', '--jsn', 'x.json'])).toBe('错误：未知选项：--jsn（是不是想输入 --json？）；运行 rule-of-law check --help 查看用法');
    expect(usageError(['extract', 'x.txt', '--ouput', 'draft.json', '--lang', 'en'])).toContain('Unknown option: --ouput (did you mean --output?)');
    expect(usageError(['render', 'x.json', '--full', '--lang', 'en'])).toContain('Unknown option: --full (did you mean --full-page?)');
    expect(usageError(['check', '--JSON', 'x.json', '--lang', 'en'])).toContain('(did you mean --json?)');
  });

  it('names only options of that command, and the global ones', () => {
    // check has no --output: nothing close to suggest.
    expect(usageError(['check', '--ouput', 'x.json', '--lang', 'en'])).toBe('error: Unknown option: --ouput; run rule-of-law check --help for usage');
    expect(usageError(['compute', '--verison', '--lang', 'en'])).toContain('(did you mean --version?)');
    expect(usageError(['--verison', '--lang', 'en'])).toBe('error: Unknown option: --verison (did you mean --version?); run rule-of-law --help for usage');
  });

  it('reads a single-dash word as a mistyped long option', () => {
    expect(usageError(['check', '-jsn', 'x.json', '--lang', 'en'])).toContain('Unknown option: -jsn (did you mean --json?)');
    // A known short option followed by an unknown one is about the unknown one.
    expect(usageError(['extract', '-qx', 'x.txt', '--lang', 'en'])).toBe('error: Unknown option: -x; run rule-of-law extract --help for usage');
  });

  it('is unknown even when its name is a property every object has', () => {
    expect(usageError(['check', '--constructor', 'x.json', '--lang', 'en'])).toBe('error: Unknown option: --constructor; run rule-of-law check --help for usage');
    expect(usageError(['check', '--__proto__', 'x.json', '--lang', 'en'])).toContain('Unknown option: --__proto__');
  });
});

describe('an unknown command', { timeout: SPAWN_TIMEOUT }, () => {
  it('names the closest command, and lists them all', () => {
    expect(usageError(['chek', 'x.json', '--lang', 'en'])).toBe(
      'error: Unknown command: chek (did you mean check? commands: extract, check, compute, render, schema, help); run rule-of-law --help for usage',
    );
    expect(usageError(['comptue', 'x.json'])).toBe(
      '错误：未知命令：comptue（是不是想输入 compute？可用命令：extract、check、compute、render、schema、help）；运行 rule-of-law --help 查看用法',
    );
    expect(usageError(['c', 'x.json', '--lang', 'en'])).toContain('(did you mean check or compute? commands:');
  });

  it('lists the commands when none is close', () => {
    expect(usageError(['frobnicate'])).toBe(
      '错误：未知命令：frobnicate（可用命令：extract、check、compute、render、schema、help）；运行 rule-of-law --help 查看用法',
    );
  });

  it('is said before an unknown option: the options depend on the command', () => {
    expect(usageError(['chek', '--jsn', 'x.json', '--lang', 'en'])).toContain('Unknown command: chek (did you mean check?');
  });
});

describe('an option without its value, or with one it does not take', { timeout: SPAWN_TIMEOUT }, () => {
  it('says so in the language of the messages', () => {
    expect(usageError(['extract', 'x.txt', '-o', '--lang', 'en'])).toBe('error: The -o option needs a value; run rule-of-law extract --help for usage');
    expect(usageError(['extract', 'x.txt', '-o'])).toBe('错误：选项 -o 需要一个值；运行 rule-of-law extract --help 查看用法');
    expect(usageError(['extract', 'x.txt', '--year', '--quiet', '--lang', 'en'])).toContain('The --year option needs a value');
    expect(usageError(['check', '--json=yes', 'x.json', '--lang', 'en'])).toBe('error: The --json option takes no value; run rule-of-law check --help for usage');
    expect(usageError(['check', '--json=yes', 'x.json'])).toBe('错误：选项 --json 不带值；运行 rule-of-law check --help 查看用法');
  });
});

describe('every usage error', { timeout: SPAWN_TIMEOUT }, () => {
  it('closes every quote and bracket it opens (parseArgs wrote `as in \'-- "--jsn"` without the closing quote)', () => {
    const cases = [
      ['check', '--jsn', 'x.json'],
      ['check', '--bogus', 'x.json'],
      ['check', '-x', 'x.json'],
      ['--bogus'],
      ['chek', 'x.json'],
      ['extract', 'x.txt', '-o'],
      ['check', '--json=1', 'x.json'],
      ['check', '-o', 'out.json', 'x.json'],
    ];
    for (const args of cases) {
      for (const lang of ['en', 'zh-CN']) {
        const message = usageError([...args, '--lang', lang]);
        expect(balanced(message), message).toBe(true);
        expect(message, message).not.toContain('To specify a positional argument');
      }
    }
  });
});

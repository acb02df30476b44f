// The shape of `--json`: `check --json` and `compute --json` always print an array with one entry per
// input file, naming its file, for one file too. `extract` keeps its own shape: the draft is the document.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, SPAWN_TIMEOUT } from './run-cli.js';

const REFERENCE_JSON = join(ROOT, 'examples/hangzhoudao-2023.json');
const REFERENCE_TEXT = join(ROOT, 'examples/hangzhoudao-2023.txt');
let missing = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npm run build (or npx tsup).');
  missing = join(mkdtempSync(join(tmpdir(), 'rule-of-law-json-')), 'missing.json');
});

/** One entry of `check --json` or `compute --json`. */
interface Entry {
  readonly file: string;
  readonly valid: boolean;
  readonly [key: string]: unknown;
}

function jsonOf(stdout: string): Entry[] {
  const parsed = JSON.parse(stdout) as unknown;
  expect(Array.isArray(parsed), stdout.slice(0, 80)).toBe(true);
  return parsed as Entry[];
}

describe('compute --json', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints an array of one entry for one file, naming it', () => {
    const run = runCli(['compute', REFERENCE_JSON, '--json']);
    expect(run.code).toBe(0);
    const [entry, ...rest] = jsonOf(run.stdout);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ file: REFERENCE_JSON, valid: true, title: '天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告' });
    expect(Object.keys(entry ?? {})).toEqual(['file', 'valid', 'title', 'issuer', 'period', 'timeline', 'indicators', 'findings']);
  });

  it('prints one entry per file in the order given, the invalid and unreadable ones too (exit 2)', () => {
    const run = runCli(['compute', fixture('invalid.json'), missing, REFERENCE_JSON, '--json', '--lang', 'en']);
    expect(run.code).toBe(2);
    const entries = jsonOf(run.stdout);
    expect(entries.map((entry) => [entry.file, entry.valid])).toEqual([
      [fixture('invalid.json'), false],
      [missing, false],
      [REFERENCE_JSON, true],
    ]);
    expect(entries[0]?.issues).toHaveLength(2);
    expect(entries[1]?.error).toBe(`No such file: ${missing}`);
    expect(entries[2]?.indicators).toEqual(expect.any(Array));
    // The errors are said on stderr as without --json.
    expect(run.stderr).toContain('is not a valid report');
    expect(run.stderr).toContain(`No such file: ${missing}`);
  });

  it('prints an array even when no file could be computed', () => {
    const run = runCli(['compute', missing, '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf(run.stdout)).toEqual([{ file: missing, valid: false, error: `No such file: ${missing}` }]);
  });

  it('is said so in the help, in both languages', () => {
    expect(runCli(['help', 'compute', '--lang', 'en']).stdout).toContain('an array with one entry per input file');
    expect(runCli(['compute', '--help']).stdout).toContain('每个输入文件一项（只有一个文件时也是数组）');
  });
});

describe('check --json', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints an array for one file too', () => {
    const run = runCli(['check', fixture('clean.json'), '--json']);
    expect(run.code).toBe(0);
    expect(jsonOf(run.stdout)).toEqual([{ file: fixture('clean.json'), valid: true, exitCode: 0, findings: [] }]);
    const missingRun = runCli(['check', missing, '--json']);
    expect(missingRun.code).toBe(2);
    expect(jsonOf(missingRun.stdout)).toEqual([{ file: missing, valid: false, exitCode: 2, error: `No such file: ${missing}` }]);
  });

  it('is said so in the help, in both languages', () => {
    expect(runCli(['help', 'check', '--lang', 'en']).stdout).toContain('an array with one entry per input file');
    expect(runCli(['check', '--help']).stdout).toContain('每个输入文件一项（只有一个文件时也是数组）');
  });
});

describe('extract keeps the draft as the document', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints one report object for one input, an array of them for several', () => {
    const one = JSON.parse(runCli(['extract', REFERENCE_TEXT, '--quiet']).stdout) as unknown;
    expect(Array.isArray(one)).toBe(false);
    expect(one).toMatchObject({ title: '天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告' });
    const several = JSON.parse(runCli(['extract', REFERENCE_TEXT, REFERENCE_TEXT, '--quiet']).stdout) as unknown;
    expect(Array.isArray(several) && several.length).toBe(2);
  });
});

import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '@rule-of-law/core';
import { BIN, columns, fixture, hasStackTrace, ROOT, runCli, SPAWN_TIMEOUT } from './run-cli.js';

const REFERENCE_TEXT = join(ROOT, 'examples/hangzhoudao-2023.txt');
const REFERENCE_JSON = join(ROOT, 'examples/hangzhoudao-2023.json');
let scratch = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npm run build (or npx tsup).');
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-cli-'));
});

/** The part of a line between two terminal columns (CJK characters are two columns wide). */
function sliceColumns(line: string, from: number, to: number): string {
  let column = 0;
  let result = '';
  for (const char of line) {
    const width = columns(char);
    if (column >= from && column + width <= to) result += char;
    column += width;
  }
  return result;
}

function quantities(report: Report): [number, unknown, number | undefined][] {
  return report.indicators.flatMap((indicator) => {
    if (indicator.kind === 'breakdown') {
      const total = indicator.total && 'value' in indicator.total ? [indicator.total] : [];
      return [...total, ...indicator.parts.map((part) => part.quantity)].map((q) => [q.value, q.unit, q.source?.start] as [number, unknown, number | undefined]);
    }
    const quantity = 'quantity' in indicator ? indicator.quantity : undefined;
    return quantity ? [[quantity.value, quantity.unit, quantity.source?.start] as [number, unknown, number | undefined]] : [];
  });
}

describe('rule-of-law --help, --version and usage errors', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the version of the package', () => {
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version);
  });

  it('prints help in Chinese by default and in English with --lang en', () => {
    const zh = runCli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：rule-of-law <命令>');
    for (const command of ['extract', 'check', 'compute', 'schema']) expect(zh.stdout).toContain(command);
    const en = runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: rule-of-law <command>');
    expect(runCli(['extract', '--help', '--lang', 'en']).stdout).toContain('Usage: rule-of-law extract');
  });

  it('takes the language from LANG when --lang is not given', () => {
    expect(runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('Usage:');
    expect(runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('用法');
  });

  it('rejects an unknown command, an unknown option and a missing file list with exit code 2', () => {
    const unknown = runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令：frobnicate');
    const option = runCli(['check', '--bogus', 'x.json', '--lang', 'en']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option: --bogus');
    const wrongOption = runCli(['check', '-o', 'out.json', 'x.json', '--lang', 'en']);
    expect(wrongOption.code).toBe(2);
    expect(wrongOption.stderr).toContain('The check command has no --output option');
    expect(runCli(['compute']).code).toBe(2);
    expect(runCli(['check', 'x.json', '--lang', 'fr']).stderr).toContain('不支持的语言：fr');
  });
});

describe('rule-of-law extract', { timeout: SPAWN_TIMEOUT }, () => {
  it('drafts the reference report as JSON on stdout, valid for parseReport, with a summary on stderr', () => {
    const run = runCli(['extract', REFERENCE_TEXT]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(parseReport(report).ok).toBe(true);
    expect(report.title).toBe('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    expect(report.extensions?.extraction).toMatchObject({ figures: 57 });
    expect(report.indicators.map((indicator) => indicator.id)).toContain('litigation.cases');
    expect(run.stderr).toContain('找到 57 个数字');
  });

  it('says what needs a human look: doubtful bindings with their reasons, and what the source itself gets wrong', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'rol-review-'));
    const text = join(scratch, 'shares.txt');
    // 630 ÷ 2755 is 22.87%, not the 22.7% stated: a real discrepancy of the source, bound by the structure.
    writeFileSync(
      text,
      '某区2024年法治政府建设年度报告\n全年共审结行政复议案件2755件。其中，维持1691件，占比61.4%；驳回630件，占比22.7%；直接纠错46件；调解388件。\n',
    );
    const zh = runCli(['extract', text, '-o', join(scratch, 'zh.json')]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain('「22.7%」');
    expect(zh.stderr).toContain('按分子分母计算与所述比率不符，请核对原文');
    expect(zh.stderr).toContain('原文不一致：');
    expect(zh.stderr).not.toContain('「61.4%」');
    const en = runCli(['extract', text, '-o', join(scratch, 'en.json'), '--lang', 'en']);
    expect(en.stderr).toMatch(/check \S+ "22\.7%"@\d+ \(confidence 0\.\d+\): .*do not reproduce the stated rate/);
    expect(en.stderr).toContain('the source disagrees: ');
    expect(en.stderr).toMatch(/: 7 figures found, 3 indicators and 0 sections drafted; 2 indicators to check/);
    // One of a thing is "1 figure", "1 indicator", never "1 indicators".
    const single = join(scratch, 'single.txt');
    writeFileSync(single, '全年受理行政复议案件12件。\n');
    expect(runCli(['extract', single, '-o', join(scratch, 'single.json'), '--lang', 'en']).stderr).toMatch(
      /: 1 figure found, 1 indicator and 0 sections drafted; \d+ indicators? to check/,
    );
    expect(runCli(['extract', text, '-o', join(scratch, 'quiet.json'), '--quiet']).stderr).toBe('');
  }, 60_000);

  it('detects and decodes a GBK-encoded copy, says so, and finds the same figures', () => {
    const utf8 = JSON.parse(runCli(['extract', REFERENCE_TEXT, '--quiet']).stdout) as Report;
    const run = runCli(['extract', fixture('hangzhoudao-2023.gbk.txt'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('is not UTF-8; decoded as GB18030 (GBK-compatible)');
    const gbk = JSON.parse(run.stdout) as Report;
    expect(quantities(gbk)).toEqual(quantities(utf8));
    expect(gbk.issuer).toEqual(utf8.issuer);
    expect(gbk.title).toBe(utf8.title);
  });

  it('reads a web page as its article: the same figures as the text, none from the menus or the footer', () => {
    const text = readFileSync(REFERENCE_TEXT, 'utf8');
    const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><html><head><title>报告</title><script>var n = 99;</script></head><body>
<div class="nav"><a href="/">首页</a> 2024年3月28日 浏览 1234 次</div>
<div class="TRS_Editor">${text
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('\n')}</div>
<div class="footer">电话：0571-12345678 备案号 12345号</div></body></html>`;
    const page = join(scratch, 'fzzf.html');
    writeFileSync(page, html);
    const run = runCli(['extract', page, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("is a web page; its article's text was read");
    const utf8 = JSON.parse(runCli(['extract', REFERENCE_TEXT, '--quiet']).stdout) as Report;
    // The same figures (the page's lines lose their indentation, so the offsets differ).
    const figures = (report: Report) => quantities(report).map(([value, unit]) => [value, unit]);
    expect(figures(JSON.parse(run.stdout) as Report)).toEqual(figures(utf8));
  });

  it('reads a GBK file made in a temporary folder, and standard input', () => {
    const copy = join(scratch, '报告-gbk.txt');
    copyFileSync(fixture('hangzhoudao-2023.gbk.txt'), copy);
    const fromFile = runCli(['extract', copy, '--quiet']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toContain('不是 UTF-8 编码，已按 GB18030（兼容 GBK）解码');
    const fromStdin = runCli(['extract', '-', '--quiet'], { input: readFileSync(REFERENCE_TEXT) });
    expect(fromStdin.code).toBe(0);
    expect((JSON.parse(fromStdin.stdout) as Report).indicators).toHaveLength((JSON.parse(fromFile.stdout) as Report).indicators.length);
  });

  it('writes to -o, and several inputs into an -o directory', () => {
    const out = join(scratch, 'draft.json');
    expect(runCli(['extract', REFERENCE_TEXT, '-o', out, '--quiet']).code).toBe(0);
    expect(parseReport(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
    const folder = join(scratch, 'drafts');
    const run = runCli(['extract', REFERENCE_TEXT, fixture('hangzhoudao-2023.gbk.txt'), '-o', folder]);
    expect(run.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['hangzhoudao-2023.gbk.json', 'hangzhoudao-2023.json']);
  });

  it('prints a JSON array for several inputs without -o, and goes on past a missing file (exit 2)', () => {
    const run = runCli(['extract', REFERENCE_TEXT, join(scratch, 'missing.txt'), '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到文件');
    const drafts = JSON.parse(run.stdout) as Report[];
    expect(drafts).toHaveLength(1);
  });

  it('says a binary file is not text, without a stack trace', () => {
    const binary = join(scratch, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x02]));
    const run = runCli(['extract', binary, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot tell the text encoding');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('rule-of-law check: exit codes 0 / 1 / 2', { timeout: SPAWN_TIMEOUT }, () => {
  it('exits 0 for a clean report and for the reference report (notes only)', () => {
    const clean = runCli(['check', fixture('clean.json')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('有效，没有发现问题');
    const reference = runCli(['check', REFERENCE_JSON, '--lang', 'en']);
    expect(reference.code).toBe(0);
    expect(reference.stdout).toContain('valid; 4 notes');
    expect(reference.stdout).toContain('implied-denominator');
  });

  it('names the root of the report in words when an issue is about the whole of it', () => {
    const file = join(scratch, 'surplus.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(fixture('clean.json'), 'utf8')), surplus: 1 }));
    const en = runCli(['check', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout + en.stderr).toContain('(report root)  Unknown field: surplus');
    expect(runCli(['check', file]).stdout + runCli(['check', file]).stderr).toContain('(报告根)  未知字段：surplus');
  });

  it('exits 1 with warnings, listing each finding', () => {
    const run = runCli(['check', fixture('warnings.json'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 warning');
    expect(run.stdout).toContain('[warning] rate-mismatch reconsideration.correction_rate');
  });

  it('exits 2 with an error finding', () => {
    const run = runCli(['check', fixture('errors.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[错误] published-before-signed');
  });

  it('exits 2 for an invalid report, with the path and message of each issue', () => {
    const run = runCli(['check', fixture('invalid.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('not a valid report (2 issues)');
    expect(run.stdout).toMatch(/indicators\[0\]\.id {2}Id "Bad Id" is not a dotted lower-case slug/);
    expect(run.stdout).toMatch(/indicators\[2\]\.quantity\.unit {2}Unknown unit "斤"/);
  });

  it('exits 2 for bad JSON, giving its line and column, and for a missing file — never a stack trace', () => {
    const broken = runCli(['check', fixture('broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('第 4 行第 1 列：不是有效的 JSON');
    const missing = runCli(['check', join(scratch, 'nope.json'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(`error: No such file: ${join(scratch, 'nope.json')}`);
    for (const run of [broken, missing]) expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('gives the worst exit code of several files, and --json results', () => {
    expect(runCli(['check', fixture('clean.json'), fixture('warnings.json')]).code).toBe(1);
    const run = runCli(['check', fixture('clean.json'), fixture('invalid.json'), '--json']);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as { file: string; valid: boolean; exitCode: number; issues?: unknown[] }[];
    expect(results.map((result) => [result.valid, result.exitCode, result.issues?.length])).toEqual([
      [true, 0, undefined],
      [false, 2, 2],
    ]);
  });
});

describe('rule-of-law compute', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the computed figures and derived rates as a table aligned in terminal columns', () => {
    const run = runCli(['compute', REFERENCE_JSON]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('发布期限 2024-04-01；签署 2023-11-20；发布 2024-03-26（按期）');
    expect(run.stdout).toContain('= 结案率');
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((line) => line.startsWith('指标'));
    // The rule under the header gives each column's span in terminal columns.
    const widths = (lines[header + 1] ?? '').split('  ').map((dashes) => dashes.length);
    const spans = widths.map((width, index) => {
      const from = widths.slice(0, index).reduce((sum, w) => sum + w + 2, 0);
      return [from, from + width] as const;
    });
    const rows = lines.slice(header + 2, lines.indexOf('', header + 2));
    expect(rows.length).toBeGreaterThan(40);
    const stated = rows.map((row) => sliceColumns(row, spans[2]?.[0] ?? 0, spans[2]?.[1] ?? 0));
    expect(stated.map((cell) => cell.trim())).toEqual(expect.arrayContaining(['0.39万元', '996余人次', '16%以上', '1355批次']));
    for (const cell of stated.filter((text) => text.trim() !== '')) {
      // Right-aligned: the figure ends exactly at the column's right edge.
      expect(cell.endsWith(' ')).toBe(false);
      expect(columns(cell)).toBe((spans[2]?.[1] ?? 0) - (spans[2]?.[0] ?? 0));
    }
  });

  it('prints JSON with --json, and English with --lang en', () => {
    const json = runCli(['compute', REFERENCE_JSON, '--json']);
    expect(json.code).toBe(0);
    // One entry per file, for one file too (test/cli/json-output.test.ts holds the shape).
    const [computed] = JSON.parse(json.stdout) as {
      file: string;
      indicators: { id: string; kind: string }[];
      findings: unknown[];
      timeline: { publicationDeadline: string };
    }[];
    expect(computed?.file).toBe(REFERENCE_JSON);
    expect(computed?.timeline.publicationDeadline).toBe('2024-04-01');
    expect(computed?.indicators.find((indicator) => indicator.id === 'litigation.outcomes')?.kind).toBe('breakdown');
    const en = runCli(['compute', REFERENCE_JSON, '--lang', 'en']);
    expect(en.stdout).toContain('deadline 2024-04-01; signed 2023-11-20; published 2024-03-26 (on time)');
    expect(en.stdout).toContain('3,900 yuan');
  });

  it('computes a freshly extracted draft', () => {
    const draft = join(scratch, 'fresh.json');
    runCli(['extract', REFERENCE_TEXT, '-o', draft, '--quiet']);
    const run = runCli(['compute', draft]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('litigation.cases');
  });

  it('exits 2 for an invalid report', () => {
    const run = runCli(['compute', fixture('invalid.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a valid report');
  });
});

describe('rule-of-law schema', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the JSON Schema of a report as JSON', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['issuer', 'indicators', 'sections', 'period']));
  });
});

describe('npx rule-of-law', { timeout: SPAWN_TIMEOUT }, () => {
  it('is linked into node_modules/.bin by the workspace', () => {
    const link = join(ROOT, 'node_modules/.bin/rule-of-law');
    expect(existsSync(link)).toBe(true);
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(BIN, 'utf8'));
  });
});

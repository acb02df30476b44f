import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, hasStackTrace, ROOT, runCli, SPAWN_TIMEOUT } from './run-cli.js';

const REFERENCE_JSON = join(ROOT, 'examples/hangzhoudao-2023.json');
let scratch = '';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npm run build (or npx tsup).');
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-render-'));
});

describe('rule-of-law render', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the static HTML fragment of a report: no script, no inline style, the figures as written', () => {
    const run = runCli(['render', REFERENCE_JSON]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<div class="rol-host rol-report" lang="zh-CN" data-rol-static="">')).toBe(true);
    for (const figure of ['996余人次', '1355批次', '0.39万元', '96.2%', '16%以上']) expect(run.stdout).toContain(figure);
    expect(run.stdout).toContain('role="img"');
    expect(run.stdout).toContain('<table part="table">');
    expect(run.stdout).not.toMatch(/<script|<style|\sstyle="|\son[a-z]+="/i);
  });

  it('renders in English with --lang en', () => {
    const run = runCli(['render', REFERENCE_JSON, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lang="en"');
    expect(run.stdout).toContain('Key figures');
    expect(run.stdout).toContain('1,355 batches');
  });

  it('renders in 繁體中文 with --lang zh-Hant (or zh-TW, zh-HK): every word, label and figure in Traditional characters', () => {
    for (const lang of ['zh-Hant', 'zh-TW', 'zh_HK']) {
      const run = runCli(['render', REFERENCE_JSON, '--lang', lang]);
      expect(run.code, lang).toBe(0);
      expect(run.stdout.startsWith('<div class="rol-host rol-report" lang="zh-Hant" data-rol-static="">'), lang).toBe(true);
      for (const text of ['天津市濱海新區杭州道街道辦事處2023年法治政府建設工作報告', '數據核對結果', '行政複議', '996餘人次', '0.39萬元', '1355批次'])
        expect(run.stdout, lang).toContain(text);
      expect(run.stdout, lang).not.toContain('数据核对结果');
    }
  });

  it('a 繁體中文 full page loads rule-of-law-zh-Hant.min.js beside the drop-in, and its messages are in Traditional characters', () => {
    const out = join(scratch, 'report-zh-hant.html');
    const run = runCli(['render', REFERENCE_JSON, '--full-page', '--lang', 'zh-Hant', '-o', out]);
    expect(run.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>\n<html lang="zh-Hant">')).toBe(true);
    expect(page).toContain('<script type="module" src="rule-of-law.min.js"></script>\n<script type="module" src="rule-of-law-zh-Hant.min.js"></script>');
    expect(page).toContain('<rule-of-law-report lang="zh-Hant">');
    const missing = runCli(['render', join(scratch, 'no-such.json'), '--lang', 'zh-Hant']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('錯誤');
  });

  it('writes a full page with -o and --full-page: the stylesheet and drop-in linked, the report inline, nothing inline that runs', () => {
    const out = join(scratch, 'report.html');
    const run = runCli(['render', REFERENCE_JSON, '--full-page', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('rule-of-law.css');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<link rel="stylesheet" href="rule-of-law.css">');
    expect(page).toContain('<script type="module" src="rule-of-law.min.js"></script>');
    // The report's JSON first (the element reads it without a request), then the static HTML.
    expect(page).toMatch(
      /<rule-of-law-report lang="zh-CN">\n<script type="application\/json">\{[^<]*\}<\/script>\n<div class="rol-host rol-report"[^]*<\/div>\n<\/rule-of-law-report>/,
    );
    const start = page.indexOf('<script type="application/json">') + 32;
    const json = page.slice(start, page.indexOf('</script>', start));
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(REFERENCE_JSON, 'utf8')));
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('--hydratable keeps Lit’s hydration comments and the record of what was drawn; with --full-page the element adopts it in the light DOM', () => {
    const plain = runCli(['render', REFERENCE_JSON]);
    const run = runCli(['render', REFERENCE_JSON, '--hydratable']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!--lit-part ')).toBe(true);
    expect(run.stdout).toContain('<!--lit-node ');
    const record = run.stdout.match(/data-rol-hydrate="([^"]*)"/)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(record!)).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), report: expect.any(String), options: { lang: 'zh-CN' } });
    // The same report for a reader: the same markup once the comments and the record are left out (white space between tags aside).
    const text = (html: string): string =>
      html
        .replace(/<!--[^]*?-->/g, '')
        .replace(/ data-rol-hydrate="[^"]*"/, '')
        .replace(/\s+/g, ' ');
    expect(text(run.stdout)).toBe(text(plain.stdout));
    expect(plain.stdout).not.toContain('<!--');
    const out = join(scratch, 'report-hydratable.html');
    expect(runCli(['render', REFERENCE_JSON, '--hydratable', '--full-page', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(
      /<rule-of-law-report lang="zh-CN" render-root="light">\n<script type="application\/json">[^<]*<\/script>\n<!--lit-part /,
    );
    const both = runCli(['render', '--compare', REFERENCE_JSON, REFERENCE_JSON, '--hydratable', '--lang', 'en']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--hydratable goes with a single report only');
  });

  it('--with-data puts the report’s JSON before the fragment, exactly as given and escaped; one report only', () => {
    const hostile = join(scratch, 'with-data.json');
    const report = JSON.parse(readFileSync(REFERENCE_JSON, 'utf8'));
    report.title = '</script><!-- 杭州道 \u2028';
    writeFileSync(hostile, JSON.stringify(report));
    const run = runCli(['render', hostile, '--hydratable', '--with-data']);
    expect(run.code).toBe(0);
    const block = /^<script type="application\/json">([^<]*)<\/script>\n<!--lit-part /.exec(run.stdout);
    expect(block, 'the data block first, then the hydratable fragment').not.toBeNull();
    expect(block![1]).toContain('\\u003c/script>\\u003c!-- 杭州道 \\u2028');
    expect(JSON.parse(block![1]!)).toEqual(report);
    expect(run.stdout.match(/<script/g)).toHaveLength(1);
    // Without --hydratable too, after the data the same fragment as without it.
    const plain = runCli(['render', REFERENCE_JSON]);
    const withData = runCli(['render', REFERENCE_JSON, '--with-data']);
    expect(withData.stdout.slice(withData.stdout.indexOf('</script>\n') + 10)).toBe(plain.stdout);
    const compare = runCli(['render', '--compare', REFERENCE_JSON, REFERENCE_JSON, '--with-data', '--lang', 'en']);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain('--with-data goes with a single report only');
  });

  it('escapes markup in the data, and never ends the inline JSON early', () => {
    const hostile = join(scratch, 'hostile.json');
    const report = JSON.parse(readFileSync(REFERENCE_JSON, 'utf8'));
    report.title = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    writeFileSync(hostile, JSON.stringify(report));
    const run = runCli(['render', hostile, '--full-page']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62;</title>');
    expect(run.stdout.match(/<script/g)).toHaveLength(2);
    expect(run.stdout).not.toContain('<img');
  });

  it('an invalid report: its issues, exit code 2, no stack trace', () => {
    const run = runCli(['render', fixture('invalid.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('is not a valid report');
    expect(run.stderr).toContain('indicators[0].id');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('usage errors: no file, two files, a missing file, an option of another command, an unwritable output', () => {
    for (const args of [
      ['render'],
      ['render', REFERENCE_JSON, REFERENCE_JSON],
      ['render', 'missing.json'],
      ['render', REFERENCE_JSON, '--json'],
      ['render', REFERENCE_JSON, '-o', '/nonexistent-dir/x.html'],
    ]) {
      const run = runCli([...args, '--lang', 'en']);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: /);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  it('is listed in the help, and has its own', () => {
    expect(runCli(['--help']).stdout).toContain('render <报告.json>');
    const help = runCli(['render', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: rule-of-law render <report.json> [-o out.html] [--lang zh-CN|en|zh-Hant] [--full-page]');
  });
});

// `rule-of-law render --compare` and `render --trend`: two reports side by side, or chosen indicators over several
// years, as static HTML (renderCompareHTML, renderTrendHTML of @rule-of-law/elements/static), with the element's own
// stylesheet written beside the output; usage errors with exit code 2 in the user's language. Four years of
// synthetic reports (seed 7, the data of the elements' tests) are written to a scratch folder.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quantity, Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { fixture, hasStackTrace, ROOT, runCli, SPAWN_TIMEOUT } from './run-cli.js';

const PENALTIES = 'enforcement.penalties';
const VISITS = 'petitions.visits.persons';
let scratch = '';
let years: Report[] = [];
/** The four reports' files, 2020 to 2023. */
let files: string[] = [];

const quantityIn = (report: Report, id: string): Quantity => {
  const indicator = report.indicators.find((entry) => entry.id === id);
  if (!indicator || indicator.kind === 'breakdown' || !indicator.quantity) throw new Error(`${report.title} has no stated ${id}`);
  return indicator.quantity;
};

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('Build first: npm run build (or npx tsup).');
  scratch = mkdtempSync(join(tmpdir(), 'rule-of-law-render-multi-'));
  years = generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] });
  files = years.map((report) => {
    const file = join(scratch, `${report.period.start.slice(0, 4)}.json`);
    writeFileSync(file, JSON.stringify(report));
    return file;
  });
});

/** Markup that runs or styles inline: never in the output. */
const INLINE = /<script|<style|\sstyle="|\son[a-z]+="/i;

describe('rule-of-law render --compare', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the comparison of two reports as static HTML: both years, the figures as written, the change, no script', () => {
    const run = runCli(['render', '--compare', files[2]!, files[3]!]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<div class="rol-host rol-compare" lang="zh-CN" data-rol-static=""><section part="base" class="compare"')).toBe(true);
    expect(run.stdout).toContain('2023年与2022年对比');
    const [before, after] = [quantityIn(years[2]!, PENALTIES), quantityIn(years[3]!, PENALTIES)];
    expect(run.stdout).toContain(`<td class="num value" data-label="2022年">${before.written}</td>`);
    expect(run.stdout).toContain(`<td class="num value" data-label="2023年">${after.written}</td>`);
    expect(run.stdout).toContain(`增加${after.value - before.value}起`);
    expect(run.stdout).toContain('<table part="table" class="cmp" data-family="enforcement">');
    expect(run.stdout).not.toMatch(INLINE);
    // Its own stylesheet is not in rule-of-law.css: said on stderr, with how to get it.
    expect(run.stderr).toContain('rule-of-law-compare.css');
  });

  it('in English with --lang en', () => {
    const run = runCli(['render', '--compare', files[2]!, files[3]!, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('lang="en"');
    expect(run.stdout).toContain('2023 compared with 2022');
    expect(run.stdout).toContain('Relative change');
  });

  it('-o writes the HTML and the comparison’s stylesheet beside it; --full-page a page that loads the two files by name', () => {
    const out = join(scratch, 'compare.html');
    const run = runCli(['render', '--compare', files[0]!, files[3]!, '--full-page', '-o', out, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wrote .*compare\.html \([\d.]+ KB\) and .*rule-of-law-compare\.css beside it/);
    const css = readFileSync(join(scratch, 'rule-of-law-compare.css'), 'utf8');
    expect(css).toContain('.rol-compare .compare');
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<title>2023 compared with 2020</title>');
    expect(page).toContain('<link rel="stylesheet" href="rule-of-law.css">\n<link rel="stylesheet" href="rule-of-law-compare.css">');
    expect(page).toContain('<script type="module" src="rule-of-law-all.min.js"></script>');
    expect(page).toMatch(
      /<rule-of-law-compare lang="en" previous-src="2020\.json" current-src="2023\.json">\n<div class="rol-host rol-compare"[^]*<\/div>\n<\/rule-of-law-compare>/,
    );
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it('escapes markup in the data', () => {
    const hostile = join(scratch, 'hostile.json');
    writeFileSync(hostile, JSON.stringify({ ...years[3], title: '</script><script>alert(1)</script><img src=x onerror=alert(2)>' }));
    const run = runCli(['render', '--compare', files[2]!, hostile, '--full-page']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(run.stdout.match(/<script/g)).toHaveLength(1);
    expect(run.stdout).not.toContain('<img');
  });

  it('an invalid report: its issues, exit code 2, no stack trace', () => {
    const run = runCli(['render', '--compare', files[2]!, fixture('invalid.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('invalid.json is not a valid report');
    expect(run.stderr).toContain('indicators[0].id');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('rule-of-law render --trend', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the chosen indicators over the years as a static chart and table, reports in any order', () => {
    const run = runCli(['render', '--trend', files[3]!, files[1]!, files[0]!, files[2]!, '--indicator', PENALTIES, '--indicator', VISITS]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<div class="rol-host rol-trend" lang="zh-CN" data-rol-static=""><figure part="base" class="trend"')).toBe(true);
    expect(run.stdout).toContain('历年变化：');
    expect(run.stdout.match(/<svg class="drawing"[^>]*role="img"/g)).toHaveLength(2);
    for (const report of years) for (const id of [PENALTIES, VISITS]) expect(run.stdout).toContain(quantityIn(report, id).written);
    const years_ = [...run.stdout.matchAll(/<th scope="row">(\d{4})年<\/th>/g)].map((match) => match[1]);
    expect(years_).toEqual(['2020', '2021', '2022', '2023']);
    expect(run.stdout).not.toMatch(INLINE);
    expect(run.stderr).toContain('rule-of-law-trend.css');
  });

  it('takes several ids in one --indicator, in English; -o writes the trend’s stylesheet beside it; --full-page loads the files by name', () => {
    const out = join(scratch, 'trend.html');
    const run = runCli(['render', '--trend', ...files, '--indicator', `${PENALTIES},${VISITS}`, '--lang', 'en', '--full-page', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('rule-of-law-trend.css beside it');
    expect(readFileSync(join(scratch, 'rule-of-law-trend.css'), 'utf8')).toContain('.rol-trend .trend');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<title>Over the years: ');
    expect(page).toContain(`<rule-of-law-trend lang="en" indicators="${PENALTIES} ${VISITS}" srcs="2020.json 2021.json 2022.json 2023.json">`);
    expect(page).toContain('<link rel="stylesheet" href="rule-of-law-trend.css">');
    expect(page).toContain('Year');
  });

  it('an indicator no report has: named with the closest id when others are drawn; an error (exit 2) when none is', () => {
    const some = runCli(['render', '--trend', ...files, '--indicator', PENALTIES, '--indicator', 'enforcement.penaltie', '--lang', 'en']);
    expect(some.code).toBe(0);
    expect(some.stderr).toContain('note: none of the reports has these indicators: enforcement.penaltie (did you mean enforcement.penalties?)');
    const none = runCli(['render', '--trend', ...files, '--indicator', 'enforcement.penaltie']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe('错误：所给报告中均没有这些指标：enforcement.penaltie（是不是想输入 enforcement.penalties？）\n');
  });
});

describe('rule-of-law render: usage errors of --compare and --trend', { timeout: SPAWN_TIMEOUT }, () => {
  it('exit code 2, one line, in the user’s language, never a stack trace', () => {
    const cases: readonly (readonly string[])[] = [
      ['render', '--compare', files[0]!],
      ['render', '--compare', files[0]!, files[1]!, files[2]!],
      ['render', '--compare', '-', files[1]!],
      ['render', '--trend', files[0]!, files[1]!],
      ['render', '--trend', files[0]!, '--indicator'],
      ['render', '--compare', '--trend', files[0]!, files[1]!, '--indicator', PENALTIES],
      ['render', files[0]!, '--indicator', PENALTIES],
      ['render', files[0]!, files[1]!],
    ];
    for (const args of cases) {
      for (const lang of ['en', 'zh-CN']) {
        const run = runCli([...args, '--lang', lang]);
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(lang === 'en' ? /^error: [^\n]*\n$/ : /^错误：[^\n]*\n$/);
        expect(hasStackTrace(run.stderr)).toBe(false);
      }
    }
  });

  it('a mistyped option names --compare, --trend or --indicator', () => {
    expect(runCli(['render', '--compar', files[0]!, files[1]!, '--lang', 'en']).stderr).toContain('did you mean --compare?');
    expect(runCli(['render', '--trnd', ...files, '--lang', 'en']).stderr).toContain('did you mean --trend?');
    expect(runCli(['render', '--trend', ...files, '--indicators', PENALTIES, '--lang', 'en']).stderr).toContain('did you mean --indicator?');
  });

  it('two files without --compare or --trend says which to use', () => {
    const run = runCli(['render', files[0]!, files[1]!, '--lang', 'en']);
    expect(run.stderr).toContain('--compare for two reports side by side, --trend for several over time');
  });

  it('the help says all three forms, in both languages', () => {
    const en = runCli(['render', '--help', '--lang', 'en']).stdout;
    expect(en).toContain('rule-of-law render --compare <previous.json> <current.json>');
    expect(en).toContain('rule-of-law render --trend <report.json…> --indicator <id>');
    const zh = runCli(['render', '--help']).stdout;
    expect(zh).toContain('rule-of-law render --compare <较早.json> <较晚.json>');
    expect(zh).toContain('--indicator <指标>');
    expect(runCli(['--help']).stdout).toContain('render --compare|--trend');
  });
});

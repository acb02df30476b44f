import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeReport, reportFindings, type Report } from '@rule-of-law/core';
import { documentCss, InvalidReportError, renderReportHTML, STYLESHEET_FILE } from '../../../packages/elements/src/static/index.js';
import { writtenFigures } from '../../support/written-figures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const reference = (): Report => JSON.parse(readFileSync(join(ROOT, 'examples/hangzhoudao-2023.json'), 'utf8')) as Report;

/** The opening tags of the output (data never holds a raw `<`: it is escaped). */
const tags = (html: string): string[] => html.match(/<[a-z][^>]*>/g) ?? [];

describe('renderReportHTML (Node, no DOM)', () => {
  const zh = renderReportHTML(reference(), { lang: 'zh-CN' });
  const en = renderReportHTML(reference(), { lang: 'en' });

  it('is the report as semantic HTML: header, sections, figures as written, charts with tables, findings, source', () => {
    expect(zh.startsWith('<div class="rol-host rol-report" lang="zh-CN" data-rol-static="">\n<article part="base" class="report layout-full"')).toBe(true);
    expect(zh).toContain(
      '<h2 id="rol-183ipco-title" part="title" class="heading"><span lang="zh-CN">天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告</span></h2>',
    );
    for (const figure of writtenFigures(reference())) expect(zh).toContain(`>${figure}<`);
    expect(writtenFigures(reference())).toHaveLength(56);
    const charts = zh.match(/<svg class="drawing"[^>]*role="img"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(7);
    for (const chart of charts) expect(chart).toMatch(/aria-label="[^"]+，合计 [^"]+" aria-describedby="[^"]+"/);
    expect(zh.match(/<table part="table">/g)).toHaveLength(7);
    expect(zh).toContain('<desc id="rol-183ipco-c4-chart-desc">环形图，共 4 项：维持 6件，占 37.5%；');
    expect(zh).toContain('数据核对结果');
    expect(zh).toContain('<footer part="source" class="source">来源：');
    expect(en).toContain('Key figures');
    expect(en).toContain('1,355 batches');
  });

  it('has no script, no event handler, no style attribute or element, no javascript: link', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<script|<style/i);
      for (const tag of tags(html)) {
        expect(tag).not.toMatch(/\s(on[a-z]+|style)=/i);
        expect(tag).not.toMatch(/=\s*"\s*javascript:/i);
      }
      expect(html).not.toContain('<!--');
    }
  });

  it('escapes every piece of data', () => {
    const report = reference();
    report.title = `<script>alert(1)</script>"'&`;
    report.indicators[0]!.label = { 'zh-CN': '<img src=x onerror=alert(2)>' };
    report.source = { ...report.source, url: 'javascript:alert(3)' };
    const html = renderReportHTML(report);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<(script|img)/);
    expect(html).not.toContain('href=');
  });

  it('gives unique ids, and every reference (aria, patterns) points at one of them', () => {
    for (const html of [zh, en]) {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
      const references = [...html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
      const patterns = [...html.matchAll(/fill="url\(#([^)]+)\)"/g)].map((match) => match[1]);
      expect(references.length + patterns.length).toBeGreaterThan(20);
      for (const id of [...references, ...patterns]) expect(ids).toContain(id);
    }
  });

  it('is the same every time, and takes the element’s options', () => {
    expect(renderReportHTML(reference(), { lang: 'zh-CN' })).toBe(zh);
    const compact = renderReportHTML(reference(), {
      layout: 'compact',
      findings: 'hide',
      theme: 'dark',
      headingLevel: 3,
      families: 'reconsideration',
      idPrefix: 'x',
    });
    expect(compact).toContain('data-theme="dark"');
    expect(compact).toContain('<details class="table-details"><summary>查看数据表</summary>');
    expect(compact).toContain('<h3 id="x-title"');
    expect(compact).not.toContain('数据核对结果');
    expect(compact).not.toContain('主要数据');
    expect(compact.match(/class="family"/g)).toHaveLength(1);
  });

  it("keeps the document check (a missing required part) off the published page: it is a supervisor's, read with reportFindings", () => {
    const report = reference();
    report.sections = report.sections.filter((section) => section.id !== 'shortcomings');
    const html = renderReportHTML(report, { lang: 'zh-CN' });
    expect(html).not.toContain('data-code="missing-report-part"');
    const missing = reportFindings(computeReport(report)).find((finding) => finding.code === 'missing-report-part');
    expect(missing?.message['zh-CN']).toBe('报告未见规定的组成部分“存在的不足和原因”（按一级标题判断）');
    expect(missing?.message.en).toContain('The report has no section for the required part “Shortcomings and their causes”');
  });

  it('refuses an invalid report with its issues', () => {
    const report = { ...reference(), period: { start: '2023-12-31', end: '2023-01-01' } };
    expect(() => renderReportHTML(report)).toThrow(InvalidReportError);
    let caught: unknown;
    try {
      renderReportHTML({ not: 'a report' });
    } catch (error) {
      caught = error;
    }
    // Not thrown at all must fail too, not pass with no assertion run.
    expect(caught).toBeInstanceOf(InvalidReportError);
    expect((caught as InvalidReportError).issues.length).toBeGreaterThan(0);
  });
});

describe('documentCss (dist/rule-of-law.css)', () => {
  const css = documentCss();

  it('scopes every rule of the elements’ shadow styles to the boxes that stand for their hosts', () => {
    expect(css).not.toContain(':host');
    const selectors = css
      .replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '')
      .replace(/@[^{]+\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter((prelude) => prelude && !prelude.startsWith('/*'));
    expect(selectors.length).toBeGreaterThan(100);
    for (const list of selectors) {
      for (const selector of list.split(/,(?![^(]*\))/))
        expect(selector.trim()).toMatch(/^(\.rol-(host|report|figure|rate|breakdown|findings)\b|rule-of-law-[a-z]+:not\(\[hidden\]\)|:root$)/);
    }
    expect(css).toContain(".rol-host.rol-host[data-theme='dark']{");
    // The one rule outside the boxes: a mark on the root by which a light-DOM element sees the sheet linked (and adopts no copy).
    expect(selectors.filter((list) => list === ':root')).toHaveLength(1);
    expect(css.startsWith(':root{--rol-page-css:1}')).toBe(true);
    expect(css).toContain('.rol-host.rol-report .source:where(:not(.rol-host.rol-report .rol-host *)){');
    // First, what the shadow root does for the elements: the site's rules rolled back inside the boxes.
    expect(css).toContain('.rol-host :not(svg,svg *){all:revert}');
    expect(css.indexOf('{all:revert}')).toBeLessThan(css.indexOf('.rol-host.rol-host{'));
  });

  it('is what the build wrote to dist/rule-of-law.css', () => {
    // A missing build is a failure, not a skip: `npm test` builds first.
    const file = join(ROOT, 'packages/elements/dist', STYLESHEET_FILE);
    if (!existsSync(file)) expect.fail(`${file} is missing: build first (npm run build)`);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('/* @rule-of-law/elements')).toBe(true);
    expect(written.slice(written.indexOf('*/') + 2).trim()).toBe(css.trim());
  });
});

describe('renderReportHTML of year-on-year changes', () => {
  // "收案486件，同比下降32.96%（上年725件）" and "共收到申请3326件，同比增长283.6%" (the earlier figure not given).
  const report: Report = {
    schemaVersion: 1,
    issuer: { name: '某县人民政府', level: 'county' },
    title: '某县2024年法治政府建设年度报告',
    period: { start: '2024-01-01', end: '2024-12-31' },
    sections: [],
    indicators: [
      { id: 'x.cases', family: 'reconsideration', label: { 'zh-CN': '收案', en: 'Cases' }, kind: 'count', quantity: { value: 486, unit: '件', written: '486件' } },
      {
        id: 'x.cases_change',
        family: 'reconsideration',
        label: { 'zh-CN': '收案同比', en: 'Cases on the year before' },
        kind: 'rate',
        formula: 'decrease',
        quantity: { value: 32.96, unit: 'percent', written: '32.96%' },
        numerator: { ref: 'x.cases' },
        denominator: { quantity: { value: 725, unit: '件', written: '725件' } },
      },
      {
        id: 'x.applications_change',
        family: 'reconsideration',
        label: { 'zh-CN': '申请同比', en: 'Applications on the year before' },
        kind: 'rate',
        formula: 'increase',
        quantity: { value: 283.6, unit: 'percent', written: '283.6%' },
        numerator: { quantity: { value: 3326, unit: '件', written: '3326件' } },
      },
    ],
  };
  const zh = renderReportHTML(report, { lang: 'zh-CN' });
  const en = renderReportHTML(report, { lang: 'en' });

  it('writes the change with its direction and the earlier figure in words, never as a division', () => {
    expect(zh).toContain('<span part="value" class="value">下降32.96%</span>');
    expect(zh).toContain('<span part="fraction" class="fraction">486件，较上期 725件下降32.97%</span>');
    expect(zh).toContain('与本期、上期数相符。');
    expect(en).toContain('<span part="value" class="value">down 32.96%</span>');
    expect(en).toContain('<span part="fraction" class="fraction">486 items, down 32.97% on 725 items the year before</span>');
    expect(en).toContain('Matches the current and earlier figures.');
    expect(zh).not.toContain('486 / 725');
  });

  it('marks the earlier figure a stated change implies', () => {
    expect(zh).toContain('<span part="value" class="value">增长283.6%</span>');
    expect(zh).toContain('<span part="fraction" class="fraction">3326件，上期 867件 <span class="implied">(推算)</span></span>');
    expect(zh).toContain('上期数 867件 为按所述增减幅度推算。');
    expect(zh).toContain('“申请同比”增长283.6%、本期 3326件，可推知上期为 867件');
    expect(en).toContain('The figure of the year before, 867 items, is implied by the stated change.');
  });

  it('draws no bar for a change, which is no share of a whole', () => {
    expect(zh).not.toContain('part="bar"');
    const ratio = renderReportHTML(
      {
        ...report,
        indicators: [
          ...report.indicators.slice(0, 1),
          {
            ...(report.indicators[1] as Extract<Report['indicators'][number], { kind: 'rate' }>),
            formula: 'ratio',
            quantity: { value: 67.03, unit: 'percent', written: '67.03%' },
          },
        ],
      },
      { lang: 'zh-CN' },
    );
    expect(ratio).toContain('part="bar"');
    expect(ratio).toContain('<span part="fraction" class="fraction">486 / 725 件</span>');
  });
});

// renderCompareHTML (Node, no DOM): two reports side by side as static HTML — the element's own view rendered
// with Lit's server rendering — with one table per family, the notes, the one-side lists and both sources, in
// both languages, with escaped data and the same errors as renderReportHTML. That it is what the element draws is
// checked in the browser: test/browser/compare-static.test.ts.
import { describe, expect, it } from 'vitest';
import type { Report } from '@rule-of-law/core';
import { compareCss, InvalidReportError, renderCompareHTML } from '../../../packages/elements/src/static/index.js';
import { handMadePair, IMG, SCRIPT, syntheticYears } from '../../browser/helpers/comparison-data.js';
import { hostileReport, XSS_PAYLOADS } from '../../support/xss-corpus.js';

/** The opening tags of the output (data never holds a raw `<`: it is escaped). */
const tags = (html: string): string[] => html.match(/<[a-z][^>]*>/g) ?? [];

/** Text of a piece of the output: tags dropped, entities read, white space collapsed. */
const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp|#39);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[name]!)
    .replace(/\s+/g, ' ')
    .trim();

/** The rows of the table of `family` but its note rows, as cell texts (header row first). */
function tableRows(html: string, family: string): string[][] {
  const table = new RegExp(`<table part="table" class="cmp" data-family="${family}">([^]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr([^>]*)>([^]*?)<\/tr>/g)]
    .filter((row) => !row[1]!.includes('note-row'))
    .map((row) => [...row[2]!.matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)));
}

/** The text of the element with `id`. */
const textOfId = (html: string, id: string): string => text(new RegExp(`id="${id}"[^>]*>([^]*?)</`).exec(html)?.[1] ?? '');

/** The text of the numbered notes. */
const notes = (html: string): string[] =>
  [...(/<ul part="notes"[^>]*>([^]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<li>([^]*?)<\/li>/g)].map((item) => text(item[1]!));

describe('renderCompareHTML (Node, no DOM)', () => {
  const { previous, current } = handMadePair();
  const zh = renderCompareHTML(previous, current, { idPrefix: 'c' });
  const en = renderCompareHTML(previous, current, { idPrefix: 'c', lang: 'en' });

  it('is the comparison as semantic HTML: its box, a section headed with both years, one captioned table per family', () => {
    expect(zh.startsWith('<div class="rol-host rol-compare" lang="zh-CN" data-rol-static=""><section part="base" class="compare" aria-labelledby="c-title">')).toBe(
      true,
    );
    expect(zh).toContain('<h3 id="c-title" part="title" class="heading">2024年与2023年对比</h3>');
    expect([...zh.matchAll(/<caption id="c-caption-(\w+)">([^<]*)<\/caption>/g)].map((match) => [match[1], match[2]])).toEqual([
      ['enforcement', '行政执法'],
      ['petitions', '信访'],
    ]);
    const rows = tableRows(zh, 'enforcement');
    expect(rows[0]).toEqual(['指标', '2023年', '2024年', '变化', '相对变化', '方向']);
    expect(rows[1]).toEqual(['行政处罚案件', '41起', '45起', '增加4起', '增长9.8%', '▲ 上升']);
    expect(rows[2]).toEqual(['履职率', '96.2%', '98.5%', '上升2.3个百分点', '—', '▲ 上升']);
    // The figures as written, qualified ones kept so; no change where none can be told.
    const petitions = tableRows(zh, 'petitions');
    expect(petitions[1]!.slice(0, 4)).toEqual(['来访群众', '900人次', '996余人次', '至少增加96人次']);
    expect(petitions.find((row) => row[0] === '来信')![5]).toBe('？ 无法判断');
    expect(petitions.find((row) => row[0] === '领导接访')![3]).toBe('单位不同，不作比较');
    expect(zh).toContain('<span class="symbol" aria-hidden="true">▲</span> 上升');
  });

  it('says what makes the comparison unsafe, beside the rows and numbered; lists what is in one report only; names both sources', () => {
    const numbered = notes(zh);
    expect(numbered).toHaveLength(3);
    expect(numbered[0]!.startsWith('注1 警告：“来信”')).toBe(true);
    expect(numbered[1]!.startsWith('注2 警告：“领导接访”')).toBe(true);
    expect(numbered[2]!.startsWith('注3 提示：')).toBe(true);
    expect(zh.match(/<tr class="note-row" part="row-note"/g)).toHaveLength(3);
    expect(textOfId(zh, 'c-notes-title')).toBe('比较说明');
    expect(text(/<div class="only-list" data-only="added">([^]*?)<\/div>/.exec(zh)![1]!)).toBe('仅见于2024年的指标 法律意见：12件');
    expect(text(/<div class="only-list" data-only="removed">([^]*?)<\/div>/.exec(zh)![1]!)).toBe('仅见于2023年的指标 普法活动：30场');
    expect(text(/<p part="source" class="source">([^]*?)<\/p>/.exec(zh)![1]!)).toBe(
      '来源：《某县2023年法治政府建设年度报告》（2023年）；《某县2024年法治政府建设年度报告》（2024年）',
    );
  });

  it('in English: words, numbers, colons and brackets of English', () => {
    expect(en.startsWith('<div class="rol-host rol-compare" lang="en" data-rol-static="">')).toBe(true);
    expect(textOfId(en, 'c-title')).toBe('2024 compared with 2023');
    expect(tableRows(en, 'enforcement')[0]).toEqual(['Indicator', '2023', '2024', 'Change', 'Relative change', 'Direction']);
    expect(tableRows(en, 'enforcement')[1]).toEqual(['Penalty cases', '41 cases', '45 cases', 'up 4 cases', 'up 9.8%', '▲ up']);
    expect(notes(en)[0]!.startsWith('Note 1 Warning: ')).toBe(true);
    expect(text(/<div class="only-list" data-only="added">([^]*?)<\/div>/.exec(en)![1]!)).toBe('Indicators only in 2024 Legal opinions: 12 items');
    expect(en).toContain('Notes on the comparison');
    expect(text(/<p part="source" class="source">([^]*?)<\/p>/.exec(en)![1]!).startsWith('Sources: ')).toBe(true);
    expect(en).not.toMatch(/[：（）]/);
  });

  it('names the sides by issuer when the reports come from two, with the period when the periods differ too', () => {
    const other: Report = { ...current, issuer: { name: '某市人民政府', nameEn: 'A City Government', level: 'municipal' } };
    expect(textOfId(renderCompareHTML(previous, other, { idPrefix: 'c' }), 'c-title')).toBe('某市人民政府（2024年）与某县人民政府（2023年）对比');
    expect(textOfId(renderCompareHTML(previous, other, { idPrefix: 'c', lang: 'en' }), 'c-title')).toBe(
      'A City Government (2024) compared with A County Government (2023)',
    );
    const samePeriod: Report = { ...other, period: previous.period };
    expect(textOfId(renderCompareHTML(previous, samePeriod, { idPrefix: 'c', lang: 'en' }), 'c-title')).toBe('A City Government compared with A County Government');
    const { nameEn: _, ...noEnglishName } = samePeriod.issuer;
    expect(tableRows(renderCompareHTML(previous, { ...samePeriod, issuer: noEnglishName }, { idPrefix: 'c', lang: 'en' }), 'enforcement')[0]!.slice(1, 3)).toEqual([
      'A County Government',
      '某市人民政府',
    ]);
  });

  it('takes the element’s options: families and their order, heading level, theme, ids', () => {
    const chosen = renderCompareHTML(previous, current, { families: 'petitions, enforcement', headingLevel: 2, theme: 'dark', idPrefix: 'x' });
    expect(chosen.startsWith('<div class="rol-host rol-compare" lang="zh-CN" data-theme="dark" data-rol-static="">')).toBe(true);
    expect([...chosen.matchAll(/data-family="(\w+)"/g)].map((match) => match[1])).toEqual(['petitions', 'enforcement']);
    expect(chosen).toContain('<h2 id="x-title"');
    expect(chosen).toContain('<h3 id="x-notes-title"');
    const one = renderCompareHTML(previous, current, { families: 'enforcement' });
    expect([...one.matchAll(/data-family="(\w+)"/g)].map((match) => match[1])).toEqual(['enforcement']);
    expect(notes(one)).toEqual([]);
    expect(one).toContain('<p class="no-notes">没有影响比较的说明。</p>');
    // Families the reports share nothing in: said in words, never an empty box.
    expect(renderCompareHTML(previous, current, { families: 'reconsideration' })).toContain('<p class="nothing">两份报告没有共同的指标。</p>');
  });

  it('is the same every time, with unique ids that every reference points at; its default ids differ between comparisons', () => {
    expect(renderCompareHTML(previous, current, { idPrefix: 'c' })).toBe(zh);
    for (const html of [zh, en]) {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const reference of [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((match) => match[1])) expect(ids).toContain(reference);
    }
    const years = syntheticYears();
    const first = renderCompareHTML(years[2], years[3]);
    const prefix = /aria-labelledby="(rol-[a-z0-9]+)-title"/.exec(first)?.[1];
    expect(prefix).toBeDefined();
    expect(renderCompareHTML(years[2], years[3])).toBe(first);
    expect(renderCompareHTML(years[1], years[3])).not.toContain(`"${prefix}-title"`);
    // Reports as JSON text work as the objects do.
    expect(renderCompareHTML(JSON.stringify(previous), JSON.stringify(current), { idPrefix: 'c' })).toBe(zh);
  });

  it('has no script, no event handler, no style attribute or element, no comment', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<script|<style/i);
      for (const tag of tags(html)) expect(tag).not.toMatch(/\s(on[a-z]+|style)=/i);
      expect(html).not.toContain('<!--');
      expect(html.endsWith('</div>\n')).toBe(true);
    }
  });

  it('refuses what is not a valid report with an InvalidReportError listing the issues of both, each under its side', () => {
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const error = caught(() => renderCompareHTML({ ...previous, period: { start: '2023-12-31', end: '2023-01-01' } }, { not: 'a report' }));
    expect(error).toBeInstanceOf(InvalidReportError);
    const { issues } = error as InvalidReportError;
    expect(issues.some((issue) => issue.pointer.startsWith('previous.period'))).toBe(true);
    expect(issues.some((issue) => issue.pointer.startsWith('current'))).toBe(true);
    expect(issues.every((issue) => issue.path[0] === 'previous' || issue.path[0] === 'current')).toBe(true);
    expect((error as Error).message).toContain('previous.period');
    expect(caught(() => renderCompareHTML(previous, undefined))).toBeInstanceOf(InvalidReportError);
  });

  it('comes with the comparison’s own stylesheet for the page, scoped to its box', () => {
    const css = compareCss();
    expect(css).toMatch(/^rule-of-law-compare:not\(\[hidden\]\)\{display:block\}\s+\.rol-host\.rol-compare \.compare/);
    expect(css).not.toContain(':host');
    expect(compareCss()).toBe(css);
  });
});

describe('renderCompareHTML: markup in the data stays text', () => {
  it('labels, titles and issuers holding <script> and <img onerror> are written as text', () => {
    const { previous, current } = handMadePair({ hostile: true });
    for (const lang of ['zh-CN', 'en']) {
      const html = renderCompareHTML(previous, current, { lang, idPrefix: 'c' });
      expect(html).not.toMatch(/<script|<img/i);
      const shown = text(html);
      expect(shown).toContain(lang === 'en' ? `${SCRIPT}Penalty cases` : `${IMG}行政处罚案件`);
      expect(shown).toContain(`《${current.title}》`);
      expect(html).toContain(
        lang === 'en' ? '&lt;script&gt;window.__pwned=1&lt;/script&gt;Penalty cases' : '&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;行政处罚案件',
      );
    }
  });

  it(`each of the ${XSS_PAYLOADS.length} payloads of the corpus in every free-text field of both reports: no new markup, the payload shown as text`, () => {
    const years = syntheticYears();
    const cleanTags = new Set(tags(renderCompareHTML(years[2], years[3], { idPrefix: 'c' })).map((tag) => /^<([a-z0-9]+)/.exec(tag)![1]));
    for (const payload of XSS_PAYLOADS) {
      for (const lang of ['zh-CN', 'en']) {
        const html = renderCompareHTML(hostileReport(years[2]!, payload), hostileReport(years[3]!, payload), { lang, idPrefix: 'c' });
        for (const tag of tags(html)) {
          expect(cleanTags, tag).toContain(/^<([a-z0-9]+)/.exec(tag)![1]);
          expect(tag).not.toMatch(/\s(on[a-z]+|style)=|javascript:/i);
        }
        expect(text(html)).toContain(payload.replace(/\s+/g, ' ').trim());
      }
    }
  }, 60_000);
});

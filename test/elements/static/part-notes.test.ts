// Breakdown part notes (`parts[].note`) in the static HTML: a "说明"/"Note" column of the breakdown's table,
// in the report's language (Chinese when the note has no English), escaped as text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@rule-of-law/core';
import { renderReportHTML } from '../../../packages/elements/src/static/index.js';

type Breakdown = Extract<Report['indicators'][number], { kind: 'breakdown' }>;

/** The reference report with notes on two parts of the reconsideration outcomes (one in Chinese only). */
function withPartNotes(notes: Readonly<Record<string, Report['indicators'][number]['note']>>): Report {
  const report = JSON.parse(readFileSync(new URL('../../../examples/hangzhoudao-2023.json', import.meta.url), 'utf8')) as Report;
  const outcomes = report.indicators.find((indicator) => indicator.id === 'reconsideration.outcomes') as Breakdown;
  for (const part of outcomes.parts) if (notes[part.category]) part.note = notes[part.category];
  return report;
}

/** The `<figure>` of one breakdown in the output, by its title. */
function breakdownOf(html: string, title: string): string {
  const figures = html
    .split('<figure part="base" class="breakdown"')
    .slice(1)
    .map((figure) => figure.slice(0, figure.indexOf('</figure>')));
  const found = figures.find((figure) => figure.includes(title));
  if (!found) throw new Error(`no breakdown titled ${title}`);
  return found;
}

/** The rows of a table as lists of cell texts (tags dropped, white space collapsed). */
function rows(figure: string): string[][] {
  const table = figure.slice(figure.indexOf('<table'), figure.indexOf('</table>'));
  return [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

describe('renderReportHTML: breakdown part notes', () => {
  const report = withPartNotes({
    uphold: { 'zh-CN': '含经听证后维持2件', en: 'Including 2 upheld after a hearing' },
    pending: { 'zh-CN': '均为2023年12月受理' },
  });

  it('zh-CN: a 说明 column of the table, each note in its part’s row; empty cells elsewhere', () => {
    const figure = breakdownOf(renderReportHTML(report, { lang: 'zh-CN', idPrefix: 't' }), '滨海新区人民政府行政复议案件');
    expect(rows(figure)).toEqual([
      ['类别', '数量', '占比', '归类', '说明'],
      ['维持', '6件', '37.5%', '审结', '含经听证后维持2件'],
      ['驳回行政复议申请', '3件', '18.75%', '审结', ''],
      ['行政复议终止', '4件', '25%', '审结', ''],
      ['正在审理', '3件', '18.75%', '审理中', '均为2023年12月受理'],
      ['合计', '16件', '100%', '', ''],
    ]);
    expect(figure).toContain('<th scope="col">说明</th>');
    expect(figure).toContain('<td class="part-note"><span>含经听证后维持2件</span></td>');
  });

  it('en: the English note, or the Chinese one marked lang="zh-CN" when there is no English', () => {
    const figure = breakdownOf(renderReportHTML(report, { lang: 'en', idPrefix: 't' }), 'Reconsideration cases before the Binhai New Area');
    const table = rows(figure);
    expect(table[0]).toEqual(['Category', 'Number', 'Share', 'Groups', 'Note']);
    expect(table[1]!.at(-1)).toBe('Including 2 upheld after a hearing');
    expect(table[4]!.at(-1)).toBe('均为2023年12月受理');
    expect(figure).toContain('<td class="part-note"><span lang="zh-CN">均为2023年12月受理</span></td>');
  });

  it('also in the compact layout (the table one click away), and no column for a breakdown without notes', () => {
    const html = renderReportHTML(report, { lang: 'zh-CN', layout: 'compact', idPrefix: 't' });
    const figure = breakdownOf(html, '滨海新区人民政府行政复议案件');
    expect(figure).toContain('<details class="table-details"><summary>查看数据表</summary>');
    expect(rows(figure)[1]).toEqual(['维持', '6件', '37.5%', '审结', '含经听证后维持2件']);
    expect(breakdownOf(html, '滨海新区人民法院受理行政诉讼案件')).not.toContain('说明');
    expect(renderReportHTML(withPartNotes({}), { lang: 'zh-CN' })).not.toContain('part-note');
  });

  it('escapes a note: markup in it is text', () => {
    const hostile = withPartNotes({ uphold: { 'zh-CN': '<img src=x onerror=alert(1)>"\'&维持' } });
    const html = renderReportHTML(hostile, { lang: 'zh-CN' });
    expect(html).toContain('<td class="part-note"><span>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;维持</span></td>');
    expect(html).not.toContain('<img');
  });
});

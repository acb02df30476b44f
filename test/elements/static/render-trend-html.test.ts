// renderTrendHTML (Node, no DOM): the trend chart of several reports as static HTML — the element's own view
// rendered with Lit's server rendering — with its table and text alternative, escaped data, and the same
// errors as renderReportHTML. That it is the markup the element draws is checked in the browser:
// test/browser/trend-static.test.ts.
import { describe, expect, it } from 'vitest';
import type { Indicator, Quantity, Report } from '@rule-of-law/core';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';
import { InvalidReportError, renderTrendHTML, trendCss, type RenderTrendHTMLOptions } from '../../../packages/elements/src/static/index.js';
import { FieldSlots, payloadAt, payloadsFor, placeholder, PLACEHOLDERS, poisonEverywhere, withEveryKindOfField, XSS_PAYLOADS } from '../../support/xss-corpus.js';

const PENALTIES = 'enforcement.penalties';
const VISITS = 'petitions.visits.persons';
const FINES = 'enforcement.fines';

/** Four years (2020–2023) of one invented township: the data of the element's tests. */
const years = (): Report[] => generateSyntheticReports({ seed: 7, issuers: 1, years: [2020, 2021, 2022, 2023] });

const indicatorIn = (report: Report, id: string): Indicator => {
  const found = report.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`${report.title} has no ${id}`);
  return found;
};
const quantityIn = (report: Report, id: string): Quantity => {
  const indicator = indicatorIn(report, id);
  if (indicator.kind === 'breakdown' || !indicator.quantity) throw new Error(`${id} has no stated quantity`);
  return indicator.quantity;
};
const yearOf = (report: Report): number => Number(report.period.start.slice(0, 4));

/** Four years, the second without PENALTIES (a gap), the last with "996余人次" of VISITS (an "at least" figure). */
function withGapAndQualifier(): Report[] {
  const reports = years();
  reports[1]!.indicators = reports[1]!.indicators.filter((indicator) => indicator.id !== PENALTIES);
  const visits = indicatorIn(reports[3]!, VISITS);
  if (visits.kind !== 'count') throw new Error('visits is a count');
  visits.quantity = { value: 996, unit: '人次', qualifier: 'at_least', marker: '余', written: '996余人次' };
  return reports;
}

/** The opening tags of the output (data never holds a raw `<`: it is escaped). */
const tags = (html: string): string[] => html.match(/<[a-z][^>]*>/g) ?? [];

/** The table's rows as cell texts (header row first), from the HTML string. */
function tableRows(html: string): string[][] {
  const table = /<table part="table">([^]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([^]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

/** The text of the element with `id` in the output. */
const textOfId = (html: string, id: string): string => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '';

describe('renderTrendHTML (Node, no DOM)', () => {
  const reports = withGapAndQualifier();
  const options: RenderTrendHTMLOptions = { indicators: `${PENALTIES} ${VISITS} ${FINES}`, lang: 'zh-CN', idPrefix: 't' };
  const zh = renderTrendHTML(reports, options);
  const en = renderTrendHTML(reports, { ...options, lang: 'en' });

  it('is the chart as semantic HTML: a figure with its heading, one SVG image per unit named and described from the data, legend, notes, table and sources', () => {
    expect(zh.startsWith('<div class="rol-host rol-trend" lang="zh-CN" data-rol-static=""><figure part="base" class="trend" aria-labelledby="t-title">')).toBe(true);
    expect(zh).toContain('<h3 id="t-title" part="title" class="heading">历年变化：查处违法行为实施行政处罚、接待居民来访人次、查处违法行为罚款</h3>');
    const charts = zh.match(/<svg class="drawing"[^>]*>/g) ?? [];
    // 起, 人次 and 元: never two units on one axis.
    expect(charts).toHaveLength(3);
    expect(zh.match(/<div part="chart" class="plot" data-unit="([^"]+)">/g)?.map((tag) => /data-unit="([^"]+)"/.exec(tag)![1])).toEqual(['起', '人次', '元']);
    charts.forEach((chart, index) => {
      expect(chart).toContain(`role="img" aria-labelledby="t-chart-name-${index}" aria-describedby="t-chart-desc-${index}"`);
      expect(chart).toContain('width="560"');
    });
    expect(textOfId(zh, 't-chart-name-0')).toBe('查处违法行为实施行政处罚（单位：起），2020年至2023年');
    // The text alternative: every year's value as written, and the gap said as such.
    const penalties = textOfId(zh, 't-chart-desc-0');
    expect(penalties.startsWith('折线图，共 1 个系列。 查处违法行为实施行政处罚：')).toBe(true);
    expect(penalties).toContain('2021年 无数据');
    for (const report of [reports[0]!, reports[2]!, reports[3]!]) expect(penalties).toContain(`${yearOf(report)}年 ${quantityIn(report, PENALTIES).written}`);
    expect(textOfId(zh, 't-chart-desc-1')).toContain('2023年 996余人次');
    // Lines broken at the gap, an "at least" figure hollow with its mark.
    expect(zh.match(/<path class="line" d="M[^"]*M[^"]*">/g)).toHaveLength(1);
    expect(zh).toContain('<path class="marker hollow"');
    expect(zh).toContain('<text class="qualifier"');
    expect(zh).toContain('<ul part="legend" class="legend" aria-hidden="true">');
    for (const words of ['单位不同，分为 3 幅小图', '并非为零', '空心标记表示']) expect(zh).toContain(words);
    expect(zh).toContain('<figcaption part="source" class="source">来源：');
    for (const report of reports) expect(zh).toContain(`《${report.title}》`);
  });

  it('has the same numbers as a real table: years × indicators, each figure as the report wrote it, 无数据 for a gap', () => {
    const rows = tableRows(zh);
    expect(rows[0]).toEqual(['年度', '查处违法行为实施行政处罚', '接待居民来访人次', '查处违法行为罚款']);
    expect(rows.slice(1)).toEqual(
      reports.map((report, index) => [
        `${yearOf(report)}年`,
        index === 1 ? '无数据' : quantityIn(report, PENALTIES).written,
        quantityIn(report, VISITS).written,
        quantityIn(report, FINES).written,
      ]),
    );
    expect(zh).toContain('<caption id="t-table-caption">历年变化：');
    const english = tableRows(en);
    expect(english[0]![0]).toBe('Year');
    expect(english[4]![2]).toBe('996+ person-visits');
    expect(en).toContain('Over the years');
    expect(en).toContain('Sources: ');
  });

  it('is a picture with a table, not a widget: no buttons, no tab stops but the table’s scroll box', () => {
    expect(zh).not.toContain('class="hit"');
    expect(zh).not.toContain('role="button"');
    expect(zh.match(/tabindex=/g)).toEqual(['tabindex=']);
    expect(zh).toContain('<div class="table-scroll" role="region" tabindex="0" aria-labelledby="t-table-caption">');
  });

  it('has no script, no event handler, no style attribute or element, no comment', () => {
    for (const html of [zh, en, renderTrendHTML(reports, { ...options, chart: 'bars' })]) {
      expect(html).not.toMatch(/<script|<style/i);
      for (const tag of tags(html)) expect(tag).not.toMatch(/\s(on[a-z]+|style)=/i);
      expect(html).not.toContain('<!--');
      expect(html.endsWith('</div>\n')).toBe(true);
    }
  });

  it('gives unique ids, and every reference (aria, patterns) points at one of them', () => {
    for (const html of [zh, en, renderTrendHTML(reports, { ...options, chart: 'bars' })]) {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
      const references = [...html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((match) => match[1]!.split(' '));
      const patterns = [...html.matchAll(/fill="url\(#([^)]+)\)"/g)].map((match) => match[1]);
      expect(references.length).toBeGreaterThanOrEqual(8);
      for (const id of [...references, ...patterns]) expect(ids).toContain(id);
    }
  });

  it('takes the element’s options: bars with patterns, the table collapsed, theme, heading level, width, ids', () => {
    const bars = renderTrendHTML(reports, {
      indicators: [PENALTIES, VISITS],
      chart: 'bars',
      table: 'collapsed',
      theme: 'dark',
      headingLevel: 4,
      width: 320,
      idPrefix: 'b',
    });
    expect(bars.startsWith('<div class="rol-host rol-trend" lang="zh-CN" data-theme="dark" data-rol-static="">')).toBe(true);
    expect(bars).toContain('<svg class="defs" aria-hidden="true" focusable="false"><defs>');
    expect(bars).toContain('<pattern id="b-rol-hatch"');
    // Three bars of 起 (a gap), four of 人次; the second series hatched.
    expect(bars.match(/<path class="bar /g)).toHaveLength(7);
    expect(bars).toContain('<text class="gap"');
    expect(bars).toContain('fill="url(#b-rol-hatch)"');
    expect(textOfId(bars, 'b-chart-desc-0').startsWith('柱状图')).toBe(true);
    expect(bars).toContain('<details class="table-details"><summary>查看数据表</summary>');
    expect(bars).toContain('<h4 id="b-title"');
    expect(bars).toContain('width="320"');
    // The indicators as a list or as the attribute's text: the same chart.
    expect(
      renderTrendHTML(reports, {
        indicators: `${PENALTIES}, ${VISITS}`,
        chart: 'bars',
        table: 'collapsed',
        theme: 'dark',
        headingLevel: 4,
        width: 320,
        idPrefix: 'b',
      }),
    ).toBe(bars);
    // A chart kind it does not know is drawn as lines, as the element does.
    expect(renderTrendHTML(reports, { ...options, chart: 'pie' as 'line' })).toBe(zh);
  });

  it('is the same every time; its default ids differ between trends, so several can share a page', () => {
    expect(renderTrendHTML(reports, options)).toBe(zh);
    const first = renderTrendHTML(reports, { indicators: PENALTIES });
    expect(renderTrendHTML(reports, { indicators: PENALTIES })).toBe(first);
    const prefix = /aria-labelledby="(rol-[a-z0-9]+)-title"/.exec(first)?.[1];
    expect(prefix).toBeDefined();
    expect(renderTrendHTML(reports, { indicators: VISITS })).not.toContain(`"${prefix}-title"`);
    expect(renderTrendHTML(reports.slice(1), { indicators: PENALTIES })).not.toContain(`"${prefix}-title"`);
  });

  it('sorts the reports by period, and draws one series per issuer when they come from several', () => {
    expect(renderTrendHTML([reports[2], reports[0], reports[3], reports[1]], options)).toBe(zh);
    const two = generateSyntheticReports({ seed: 7, issuers: 2, years: [2022, 2023] });
    const rows = tableRows(renderTrendHTML(two, { indicators: PENALTIES }));
    expect(rows[0]).toHaveLength(3);
    expect(rows[0]![1]).toContain(two[0]!.issuer.name);
    expect(rows[0]![2]).toContain(two[2]!.issuer.name);
  });

  it('refuses what is not an array of valid reports with an InvalidReportError listing every issue, each at its report’s index', () => {
    const caught = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const single = caught(() => renderTrendHTML(reports[0] as unknown as unknown[], options));
    expect(single).toBeInstanceOf(InvalidReportError);
    expect((single as InvalidReportError).issues).toEqual([expect.objectContaining({ code: 'invalid_type', pointer: '' })]);
    const broken = [...reports];
    broken[2] = { ...reports[2]!, period: { start: '2022-12-31', end: '2022-01-01' } };
    broken[3] = { not: 'a report' } as unknown as Report;
    const error = caught(() => renderTrendHTML(broken, options));
    // Not thrown at all must fail too, not pass with no assertion run.
    expect(error).toBeInstanceOf(InvalidReportError);
    const { issues } = error as InvalidReportError;
    expect(issues.some((issue) => issue.pointer.startsWith('[2].period'))).toBe(true);
    expect(issues.some((issue) => issue.pointer.startsWith('[3]'))).toBe(true);
    expect(issues.every((issue) => typeof issue.path[0] === 'number' && issue.path[0] >= 2)).toBe(true);
    expect((error as Error).message).toContain('[2].period');
  });

  it('refuses to draw nothing: no report, no indicator named, or none of them in the reports (RangeError, as the element’s error state says)', () => {
    expect(() => renderTrendHTML([], options)).toThrow(RangeError);
    expect(() => renderTrendHTML(reports, { indicators: ' , ' })).toThrow(/No indicator/i);
    expect(() => renderTrendHTML(reports, { indicators: 'no.such_indicator other.missing' })).toThrow(/no\.such_indicator, other\.missing/);
    // One found among missing ones is drawn, with a note naming the others.
    expect(renderTrendHTML(reports, { indicators: `${PENALTIES} no.such_indicator` })).toContain('所给报告中均没有这些指标：no.such_indicator');
  });

  it('comes with the trend’s own stylesheet for the page, scoped to its box', () => {
    const css = trendCss();
    expect(css).toMatch(/^rule-of-law-trend:not\(\[hidden\]\)\{display:block\}\s+\.rol-host\.rol-trend \.trend/);
    expect(css).not.toContain(':host');
    expect(css).toContain('.rol-host.rol-trend .plot-area svg:where(:not(.rol-host.rol-trend .rol-host *)){display:block;inline-size:100%;block-size:auto');
    expect(trendCss()).toBe(css);
  });
});

/** Data as the renderer must write it: any character but `& < > " '`, which only appear as entities. */
const ESCAPED = /^(?:[^&<>"']|&(?:amp|lt|gt|quot|#39);)*$/;
const unescape = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
const squeeze = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * Where `hostile` departs from `clean` (its placeholders standing for data): the first problem, or undefined.
 * Each stretch between placeholders must be there unchanged; each placeholder's place must hold escaped text
 * that unescapes to the slot's text. (As test/elements/static/xss-static.test.ts checks renderReportHTML.)
 */
function departure(clean: string, hostile: string, textOf: (slot: number) => string): string | undefined {
  const pieces = clean.split(new RegExp(PLACEHOLDERS.source));
  if (!hostile.startsWith(pieces[0]!)) return 'the output does not start as the clean one';
  let position = pieces[0]!.length;
  for (let index = 2; index < pieces.length; index += 2) {
    const literal = pieces[index]!;
    const slot = Number(pieces[index - 1]);
    const found = index === pieces.length - 1 ? (hostile.endsWith(literal) ? hostile.length - literal.length : -1) : hostile.indexOf(literal, position);
    if (found < position) return `after slot ${slot}, ${JSON.stringify(literal.slice(0, 120))} is missing`;
    const data = hostile.slice(position, found);
    if (!ESCAPED.test(data)) return `slot ${slot} is written unescaped: ${JSON.stringify(data.slice(0, 300))}`;
    if (squeeze(unescape(data)) !== squeeze(textOf(slot))) return `slot ${slot} holds ${JSON.stringify(unescape(data).slice(0, 200))}`;
    position = found + literal.length;
  }
  return position === hostile.length ? undefined : 'the output goes on after the clean one ends';
}

describe('renderTrendHTML: the XSS corpus in every field', () => {
  const ROUNDS = 3;
  /** Hundreds of renders: more than vitest's default 5 s on a busy machine. */
  const LIMIT_MS = 60_000;
  const base = years().map(withEveryKindOfField);
  const twoIssuers = generateSyntheticReports({ seed: 7, issuers: 2, years: [2022, 2023] }).map(withEveryKindOfField);
  const series = 'enforcement.penalties enforcement.fines petitions.completion_rate publicity.training_hours publicity.lecture_formats';
  const variants: readonly (readonly [string, Report[], RenderTrendHTMLOptions])[] = [
    ['lines, zh-CN', base, { indicators: series, lang: 'zh-CN', idPrefix: 'x' }],
    ['lines, en', base, { indicators: series, lang: 'en', idPrefix: 'x' }],
    [
      'bars of two issuers, zh-CN, table collapsed',
      twoIssuers,
      { indicators: 'enforcement.penalties publicity.lecture_formats', chart: 'bars', table: 'collapsed', idPrefix: 'x' },
    ],
    ['bars of two issuers, en', twoIssuers, { indicators: 'enforcement.penalties publicity.lecture_formats', chart: 'bars', lang: 'en', idPrefix: 'x' }],
  ];

  for (const [name, reports, options] of variants) {
    it(
      `${name}: every payload in every field (${ROUNDS} renders), escaped in place`,
      () => {
        const slots = new FieldSlots();
        const poisoned = (text: (slot: number) => string) => reports.map((report) => poisonEverywhere(report, text, slots, 'urn:rol:clean'));
        const clean = renderTrendHTML(poisoned(placeholder), options);
        const shown = new Set([...clean.matchAll(PLACEHOLDERS)].map((match) => slots.paths[Number(match[1])]!.replace(/\[[^\]]*\]/g, '[]')));
        const lang = options.lang === 'en' ? 'en' : 'zh-CN';
        const expected = ['title', 'source.publisher', `indicators[].label.${lang}`, `unit[].label.${lang}`];
        if (lang === 'zh-CN') expected.push('indicators[].quantity.written', 'indicators[].total.written');
        if (reports === twoIssuers) expected.push(lang === 'en' ? 'issuer.nameEn' : 'issuer.name');
        for (const kind of expected) expect(shown, kind).toContain(kind);
        for (let round = 0; round < ROUNDS; round++) {
          const textOf = (slot: number) => payloadsFor(slot, round, ROUNDS);
          expect(departure(clean, renderTrendHTML(poisoned(textOf), options), textOf), `round ${round + 1}`).toBeUndefined();
        }
      },
      LIMIT_MS,
    );
  }

  it(
    `each payload alone at the start of every field (${XSS_PAYLOADS.length} renders)`,
    () => {
      const slots = new FieldSlots();
      const options = { indicators: series, idPrefix: 'x' };
      const clean = renderTrendHTML(
        base.map((report) => poisonEverywhere(report, placeholder, slots, 'urn:rol:clean')),
        options,
      );
      XSS_PAYLOADS.forEach((_, shift) => {
        const textOf = (slot: number) => payloadAt(slot, shift);
        const hostile = renderTrendHTML(
          base.map((report) => poisonEverywhere(report, textOf, slots, 'urn:rol:clean')),
          options,
        );
        expect(departure(clean, hostile, textOf), `shift ${shift}`).toBeUndefined();
      });
    },
    LIMIT_MS,
  );
});

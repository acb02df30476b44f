import { describe, expect, it } from 'vitest';
import { REPORT_PART_LABELS, REPORT_PARTS, reportPartsOfHeading, reportPartsOfSection, type ReportPart } from '@rule-of-law/core';
import { referenceText } from '../../support/examples.js';

const cases = (table: readonly (readonly [string, readonly ReportPart[]])[]) => table.map(([heading]) => [heading, reportPartsOfHeading(heading)]);

describe('reportPartsOfHeading', () => {
  it('reads the regulation’s own headings', () => {
    for (const part of REPORT_PARTS) expect(reportPartsOfHeading(REPORT_PART_LABELS[part]['zh-CN'])).toEqual([part]);
  });

  it('reads the top-level headings of the reference text (杭州道街道 2023): four parts, no 其他', () => {
    const headings = [...referenceText().matchAll(/^\s*[一二三四五六七八九十]+、(.+)$/gmu)].map((match) => match[1]!.trim());
    expect(headings.map((heading) => [heading, reportPartsOfHeading(heading)])).toEqual([
      ['主要举措和成效', ['measures']],
      ['履行推进法治建设第一责任人职责情况', ['leadership']],
      ['存在的不足和原因', ['shortcomings']],
      ['2024年推进法治工作计划', ['next_year']],
    ]);
  });

  // Top-level headings as published: the public corpus (杭州市 2021–2024, 塘沽街道, 新安街道, 荣昌区交通局,
  // 静海区) and the extraction test texts (test/extract/fixtures/*.txt).
  const published = [
    ['一、主要举措和成效', ['measures']],
    ['一、主要举措成效', ['measures']],
    ['一、2020年推进法治政府建设的主要举措和成效', ['measures']],
    ['一、2023年推进法治政府建设的主要举措和成效', ['measures']],
    ['一、区政府主要负责同志履行推进法治建设第一责任人职责情况', ['leadership']],
    ['一、工作开展情况', ['measures']],
    ['一、2023年法治政府建设情况', ['measures']],
    ['一、主要工作及成效', ['measures']],
    ['一、主要工作举措及成效', ['measures']],
    ['二、存在的不足', ['shortcomings']],
    ['二、存在问题', ['shortcomings']],
    ['二、存在的不足和原因', ['shortcomings']],
    ['三、党政主要负责人履行推进法治建设第一责任人职责情况', ['leadership']],
    ['三、2024年工作计划', ['next_year']],
    ['三、下一步工作打算', ['next_year']],
    ['三、2024年工作打算', ['next_year']],
    ['四、2024年工作安排', ['next_year']],
  ] as const;

  it('reads published headings', () => {
    expect(cases(published)).toEqual(published);
  });

  const measures = [
    ['一、2023年法治政府建设主要举措和成效', ['measures']],
    ['一、2023年度法治政府建设工作情况', ['measures']],
    ['一、法治政府建设工作开展情况', ['measures']],
    ['一、主要做法和成效', ['measures']],
    ['一、工作成效', ['measures']],
    ['一、主要成绩', ['measures']],
    ['一、取得的成果', ['measures']],
    ['一、基本情况', ['measures']],
    ['一、2023年度重点工作完成情况', ['measures']],
    ['一、2023年度目标任务完成情况', ['measures']],
    ['一、年度工作计划落实情况', ['measures']],
    ['第一部分 2023年法治政府建设工作总结', ['measures']],
  ] as const;

  const shortcomings = [
    ['三、存在的问题', ['shortcomings']],
    ['三、存在的主要问题', ['shortcomings']],
    ['三、存在的困难和问题', ['shortcomings']],
    ['三、存在的短板和不足', ['shortcomings']],
    ['三、与法治政府建设要求的差距', ['shortcomings']],
    ['三、工作中的薄弱环节', ['shortcomings']],
    ['三、面临的挑战', ['shortcomings']],
    ['三、存在的不足之处及原因分析', ['shortcomings']],
  ] as const;

  const leadership = [
    ['二、履行推进法治建设第一责任人职责情况', ['leadership']],
    ['二、党政主要负责人履行推进法治建设第一责任人职责情况', ['leadership']],
    ['二、局主要负责人履行法治建设第一责任人职责情况', ['leadership']],
    ['二、党政主要负责人履行法治建设职责情况', ['leadership']],
    ['二、履行法治建设职责情况', ['leadership']],
    ['二、主要领导履职情况', ['leadership']],
    ['二、落实法治建设第一责任人职责情况', ['leadership']],
  ] as const;

  const nextYear = [
    ['四、2024年推进法治工作计划', ['next_year']],
    ['四、下一步工作打算', ['next_year']],
    ['四、下一年度工作安排', ['next_year']],
    ['四、下一年度推进法治政府建设的主要安排', ['next_year']],
    ['四、下步工作', ['next_year']],
    ['四、下一阶段工作重点', ['next_year']],
    ['四、明年工作思路', ['next_year']],
    ['四、今后工作打算', ['next_year']],
    ['四、2024年工作思路', ['next_year']],
    ['四、2024年工作重点', ['next_year']],
    ['四、2024年度主要目标', ['next_year']],
    ['四、二〇二四年工作打算', ['next_year']],
    ['四、下一步工作思路和举措', ['next_year']],
    ['四、2024年工作思路及主要举措', ['next_year']],
    ['四、工作展望', ['next_year']],
    ['四、努力方向', ['next_year']],
  ] as const;

  const other = [
    ['五、其他需要报告的情况', ['other']],
    ['五、其他需要说明的情况', ['other']],
    ['五、其它需要报告的事项', ['other']],
    ['五、其他事项', ['other']],
    ['五、其他', ['other']],
  ] as const;

  it('reads each part in its many wordings', () => {
    for (const table of [measures, shortcomings, leadership, nextYear, other]) expect(cases(table)).toEqual(table);
  });

  const folded = [
    ['三、存在问题及下步打算', ['shortcomings', 'next_year']],
    ['三、存在的不足及下一步工作打算', ['shortcomings', 'next_year']],
    ['三、存在的问题和2024年工作计划', ['shortcomings', 'next_year']],
    ['三、存在的问题及改进措施', ['shortcomings', 'next_year']],
    ['一、主要成效和存在的不足', ['measures', 'shortcomings']],
    ['一、主要举措、成效及存在问题', ['measures', 'shortcomings']],
    ['一、工作成效、存在问题及下一步打算', ['measures', 'shortcomings', 'next_year']],
    ['一、2023年工作举措及2024年工作计划', ['measures', 'next_year']],
    ['一、主要举措和成效（含党政主要负责人履行推进法治建设第一责任人职责情况）', ['measures', 'leadership']],
    ['四、下一步工作安排及其他需要报告的情况', ['next_year', 'other']],
  ] as const;

  it('gives every part of a heading that folds several together, in the regulation’s order', () => {
    expect(cases(folded)).toEqual(folded);
  });

  const none = [
    ['一、坚持党的领导,扎实推进法治政府建设', []],
    ['二、健全政府机构职能体系,推动更好发挥政府作用', []],
    ['（一）依法全面履行政府职能', []],
    ['（二）依法全面履行政府职责', []],
    ['（三）聚焦群众急难愁盼问题，提升为民服务水平', []],
    ['（四）着力解决人民群众反映强烈的突出问题', []],
    ['（五）补齐法治建设短板', []],
    ['（六）弥补基层执法力量不足', []],
    ['2.环保督察整改督办工作', []],
  ] as const;

  it('finds no part in thematic headings, nor in what the work solved or remedied', () => {
    expect(cases(none)).toEqual(none);
  });

  it('ignores numbering, spaces, full-width characters and quotation marks', () => {
    for (const heading of [
      '四、2024年工作计划',
      '四.2024年工作计划',
      '（四）2024年工作计划',
      '(四)2024年工作计划',
      '4. 2024年工作计划',
      '4、２０２４年工作计划',
      '第四部分　2024年工作计划',
      '  四、 2024 年工作计划 ',
      '四、“2024年工作计划”',
    ]) {
      expect(reportPartsOfHeading(heading), heading).toEqual(['next_year']);
    }
    expect(reportPartsOfHeading('一、２０２３年法治政府建设主要举措和成效')).toEqual(['measures']);
    expect(reportPartsOfHeading('三、存在问题，下一步打算')).toEqual(['shortcomings', 'next_year']);
  });

  it('takes a later year than the reporting year as next year’s plan, when it knows the year', () => {
    expect(reportPartsOfHeading('四、2024年工作')).toEqual([]);
    expect(reportPartsOfHeading('四、2024年工作', { year: 2023 })).toEqual(['next_year']);
    expect(reportPartsOfHeading('四、2024年法治政府建设重点举措', { year: 2023 })).toEqual(['next_year']);
    expect(reportPartsOfHeading('一、2023年法治政府建设工作情况', { year: 2023 })).toEqual(['measures']);
    expect(reportPartsOfHeading('一、2023年法治政府建设工作重点', { year: 2022 })).toEqual(['next_year']);
    expect(reportPartsOfHeading('一、2023年法治政府建设工作重点', { year: 2023 })).toEqual(['next_year']);
    expect(reportPartsOfHeading('一、2023年法治政府建设重点任务推进情况', { year: 2023 })).toEqual(['measures']);
  });

  it('returns nothing for an empty or unrelated heading', () => {
    expect(reportPartsOfHeading('')).toEqual([]);
    expect(reportPartsOfHeading('一、')).toEqual([]);
    expect(reportPartsOfHeading('Annual report')).toEqual([]);
  });
});

describe('reportPartsOfSection', () => {
  it('prefers the parts an editor gave, in the regulation’s order, each once', () => {
    expect(reportPartsOfSection({ heading: '三、工作亮点', parts: ['measures'] })).toEqual(['measures']);
    expect(reportPartsOfSection({ heading: '三、存在问题', parts: ['next_year', 'shortcomings', 'next_year'] })).toEqual(['shortcomings', 'next_year']);
  });

  it('takes [] as “none of the parts”, whatever the heading says', () => {
    expect(reportPartsOfSection({ heading: '三、存在的问题', parts: [] })).toEqual([]);
  });

  it('reads the heading when no parts are given', () => {
    expect(reportPartsOfSection({ heading: '存在问题及下步打算' })).toEqual(['shortcomings', 'next_year']);
    expect(reportPartsOfSection({ heading: '2024年工作' }, { year: 2023 })).toEqual(['next_year']);
  });
});

import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, reportFindings, reportPartCoverage, reportPartFindings, type Report, type Section } from '@rule-of-law/core';
import { referenceJson } from '../../support/examples.js';
import { minimalReport } from '../../support/minimal-report.js';

function reference(edit: (json: Record<string, any>) => void = () => {}): Report {
  const json = referenceJson();
  edit(json);
  const parsed = parseReport(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.report;
}

/** Top-level sections with these headings, in this order. */
const outline = (...headings: string[]): Section[] => headings.map((heading, order) => ({ id: `s${order}`, heading, order }));

const withOutline = (sections: Section[], title = '某县2024年法治政府建设年度报告') => minimalReport([], { title, sections });

const codes = (report: Report) => reportFindings(computeReport(report)).map((finding) => finding.code);

describe('reportPartCoverage and the missing-report-part finding', () => {
  it('finds the four substantive parts of the reference report (杭州道街道 2023) and no finding: it has no 其他, which is optional', () => {
    const report = reference();
    expect(reportPartCoverage(report)).toEqual({ present: ['measures', 'shortcomings', 'leadership', 'next_year'], missing: [] });
    expect(codes(report)).not.toContain('missing-report-part');
  });

  it('notes the reference report without its 存在的不足和原因', () => {
    const report = reference((json) => {
      json.sections = json.sections.filter((section: Section) => section.id !== 'shortcomings');
    });
    expect(reportPartCoverage(report)?.missing).toEqual(['shortcomings']);
    const finding = reportFindings(computeReport(report)).find((entry) => entry.code === 'missing-report-part');
    expect(computeReport(report).findings.map((entry) => entry.code)).not.toContain('missing-report-part');
    expect(finding).toEqual({
      code: 'missing-report-part',
      severity: 'info',
      indicatorIds: [],
      expected: ['measures', 'shortcomings', 'leadership', 'next_year'],
      actual: ['measures', 'leadership', 'next_year'],
      message: {
        'zh-CN': '报告未见规定的组成部分“存在的不足和原因”（按一级标题判断）',
        en: 'The report has no section for the required part “Shortcomings and their causes” (judged from its top-level headings)',
      },
    });
  });

  it('names every missing part in one finding, in the regulation’s order', () => {
    const report = withOutline(outline('一、主要工作及成效', '二、其他需要报告的情况'));
    expect(reportPartCoverage(report)).toEqual({ present: ['measures', 'other'], missing: ['shortcomings', 'leadership', 'next_year'] });
    const findings = reportPartFindings(report);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toEqual({
      'zh-CN': '报告未见规定的组成部分“存在的不足和原因”“党政主要负责人履行推进法治建设第一责任人职责情况”“下一年度推进法治政府建设的主要安排”（按一级标题判断）',
      en: 'The report has no sections for the required parts “Shortcomings and their causes”, “How the principal Party and government leaders discharged their duty as first persons responsible for the rule of law” and “Main plans for the next year” (judged from its top-level headings)',
    });
  });

  it('counts both parts of a folded heading, and reads a later year as the plan', () => {
    const report = withOutline(outline('一、主要举措和成效', '二、党政主要负责人履行推进法治建设第一责任人职责情况', '三、存在问题及下步打算'));
    expect(reportPartCoverage(report)?.missing).toEqual([]);
    const planned = withOutline(outline('一、主要举措和成效', '二、第一责任人职责履行情况', '三、存在的不足', '四、2025年工作'));
    expect(reportPartCoverage(planned)?.missing).toEqual([]);
    expect(reportPartCoverage({ ...planned, period: { start: '2025-01-01', end: '2025-12-31' } })?.missing).toEqual(['next_year']);
  });

  it('follows the parts an editor marked, at any level, over the headings', () => {
    const sections: Section[] = [
      { id: 'work', numbering: '一、', heading: '工作亮点', order: 0, parts: ['measures'] },
      { id: 'work.duty', numbering: '(五)', heading: '压实领导责任', parent: 'work', order: 4, parts: ['leadership'] },
      { id: 'thoughts', numbering: '二、', heading: '几点思考', order: 1, parts: ['shortcomings', 'next_year'] },
    ];
    const report = withOutline(sections);
    expect(parseReport(report).ok).toBe(true);
    expect(reportPartCoverage(report)).toEqual({ present: ['measures', 'shortcomings', 'leadership', 'next_year'], missing: [] });
    expect(codes(report)).toEqual([]);
    // [] says "none of the parts", whatever the heading announces.
    const unmarked = withOutline([sections[0]!, { ...sections[2]!, heading: '存在的问题和下一步打算', parts: [] }]);
    expect(reportPartCoverage(unmarked)?.missing).toEqual(['shortcomings', 'leadership', 'next_year']);
  });

  it('takes thematic opening sections as the measures, and judges the rest', () => {
    const report = withOutline(
      outline('一、坚持党的领导,扎实推进法治政府建设', '二、健全政府机构职能体系,推动更好发挥政府作用', '三、存在的不足和原因', '四、2025年工作安排'),
    );
    expect(reportPartCoverage(report)).toEqual({ present: ['measures', 'shortcomings', 'next_year'], missing: ['leadership'] });
    // A thematic section after the named ones is not taken as anything.
    const late = withOutline(outline('一、存在的问题', '二、坚持党的领导,扎实推进法治政府建设'));
    expect(reportPartCoverage(late)?.missing).toEqual(['measures', 'leadership', 'next_year']);
  });

  it('judges any annual rule-of-law report title', () => {
    const sections = outline('一、主要举措和成效', '二、下一步工作打算');
    for (const title of ['关于2024年法治政府建设工作情况的报告', '某区2024年度法治建设工作报告', '某县2024年法治政府建设情况报告', '报告：某县法治政府建设']) {
      expect(reportPartCoverage(withOutline(sections, title))?.missing, title).toEqual(['shortcomings', 'leadership']);
    }
  });

  it('does not judge statistics reports, other reports, or texts with fewer than two top-level sections', () => {
    const sections = outline('一、基本情况', '二、行政复议案件办理情况');
    for (const title of [
      '2024年度某省行政复议和行政应诉案件数据统计',
      '宁国市2022年行政复议和行政应诉案件办理情况统计分析报告',
      '关于2024年度温州市行政复议工作的报告',
      '某县2024年法治政府建设数据统计报告',
      '某县2024年法治政府建设年度报告（摘要）',
    ]) {
      const report = withOutline(title.includes('摘要') ? sections.slice(0, 1) : sections, title);
      expect(reportPartCoverage(report), title).toBeUndefined();
      expect(codes(report), title).toEqual([]);
    }
    // Subsections do not count toward the two.
    const nested = withOutline([...outline('一、主要举措和成效'), { id: 'sub', heading: '（一）依法行政', parent: 's0', order: 0 }]);
    expect(reportPartCoverage(nested)).toBeUndefined();
    expect(codes(minimalReport())).toEqual([]);
  });

  it('is sorted after warnings, as an info finding', () => {
    const report = withOutline(outline('一、主要举措和成效', '二、存在的不足'), '某县2024年法治政府建设年度报告');
    const computed = computeReport({ ...report, publishedAt: '2025-04-02' });
    expect(reportFindings(computed).map((finding) => [finding.code, finding.severity])).toEqual([
      ['published-late', 'warning'],
      ['missing-report-part', 'info'],
    ]);
  });
});

describe('Section.parts in the schema', () => {
  it('accepts a list of codes, [] included, and rejects an unknown code or a single code', () => {
    const report = (parts: unknown) => ({ ...minimalReport(), sections: [{ id: 'a', heading: '存在问题及下步打算', order: 0, parts }] });
    expect(parseReport(report(['shortcomings', 'next_year'])).ok).toBe(true);
    expect(parseReport(report([])).ok).toBe(true);
    expect(parseReport(report(['plans'])).ok).toBe(false);
    expect(parseReport(report('shortcomings')).ok).toBe(false);
  });
});

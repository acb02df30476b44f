import { describe, expect, it } from 'vitest';
import { computeReport, parseReport, type BreakdownIndicator, type Indicator, type Report } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
import { readExample, readFixture } from './support.js';

const text = readExample('examples/hangzhoudao-2023.txt');
const draft = draftReport(text);

function validated(report: Report): Report {
  const result = parseReport(JSON.parse(JSON.stringify(report)));
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`).join('\n'));
  return result.report;
}

const quantityOf = (indicator: Indicator) => {
  if ('quantity' in indicator) return indicator.quantity;
  return indicator.kind === 'breakdown' && indicator.total && 'value' in indicator.total ? indicator.total : undefined;
};
const byWritten = (report: Report, written: string): Indicator | undefined => report.indicators.find((indicator) => quantityOf(indicator)?.written === written);
const breakdownWith = (report: Report, total: number, unit: string): BreakdownIndicator | undefined =>
  report.indicators.find(
    (indicator): indicator is BreakdownIndicator =>
      indicator.kind === 'breakdown' &&
      indicator.total !== undefined &&
      'value' in indicator.total &&
      indicator.total.value === total &&
      indicator.total.unit === unit,
  );
const partsOf = (breakdown: BreakdownIndicator | undefined) => breakdown?.parts.map((part) => [part.category, part.quantity.value, part.quantity.unit]);
const extraction = (indicator: Indicator | undefined) => indicator?.extensions?.extraction as { confidence: number; reasons: string[] } | undefined;

describe('draftReport on the reference report', () => {
  it('passes parseReport', () => {
    expect(() => validated(draft)).not.toThrow();
  });

  it('takes title, issuer, period and dates from the heading and closing lines', () => {
    expect(draft.title).toBe('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告');
    expect(draft.issuer).toEqual({ name: '天津市滨海新区杭州道街道办事处', level: 'subdistrict', parent: '天津市滨海新区' });
    expect(draft.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(draft.publishedAt).toBe('2024-03-26T17:24:00');
    expect(draft.signedOn).toBe('2023-11-20');
    expect(draft.source).toEqual({ publisher: '杭州道' });
  });

  it('builds the sections from the 一、/(一)/1./1、 headings, with parents, order and source spans', () => {
    expect(draft.sections).toHaveLength(21);
    expect(draft.sections.filter((section) => section.parent === undefined).map((section) => [section.id, section.numbering, section.heading])).toEqual([
      ['measures', '一、', '主要举措和成效'],
      ['leadership', '二、', '履行推进法治建设第一责任人职责情况'],
      ['shortcomings', '三、', '存在的不足和原因'],
      ['next_year', '四、', '2024年推进法治工作计划'],
    ]);
    const urban = draft.sections.find((section) => section.heading === '城市综合执法工作');
    expect(urban).toMatchObject({ id: 'measures.1.1', numbering: '1.', parent: 'measures.1', order: 0 });
    const advisers = draft.sections.find((section) => section.numbering === '4、' && section.parent === 'measures.2');
    expect(advisers?.heading).toBe('充分发挥法律顾问作用,认真应对行政应诉');
    for (const section of draft.sections) {
      expect(text.slice(section.source?.start, section.source?.end)).toBe(section.source?.text);
      expect(section.source?.text).toBe(`${section.numbering}${section.heading}`);
    }
  });

  it('accounts for every figure: as an indicator, or as a total or part of a breakdown', () => {
    const figureStarts = extractFigures(text).map((figure) => figure.start);
    const sourced = draft.indicators.flatMap((indicator) => {
      if (indicator.kind !== 'breakdown') return [quantityOf(indicator)?.source?.start];
      const total = indicator.total && 'value' in indicator.total ? [indicator.total.source?.start] : [];
      return [...total, ...indicator.parts.map((part) => part.quantity.source?.start)];
    });
    expect(sourced.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(figureStarts);
  });

  it('gives every quantity its source span', () => {
    for (const indicator of draft.indicators) {
      const quantity = quantityOf(indicator);
      if (quantity) expect(text.slice(quantity.source?.start, quantity.source?.end)).toBe(quantity.written);
    }
  });

  it('recognises the litigation breakdown "9件:原告撤回起诉1件;确定回复违法3件;已开庭未出判决4件;未开庭1件"', () => {
    const litigation = breakdownWith(draft, 9, '件');
    expect(litigation).toMatchObject({ id: 'litigation.cases', family: 'litigation', codelist: 'litigation_outcome', exhaustive: true });
    expect(partsOf(litigation)).toEqual([
      ['withdrawal', 1, '件'],
      ['confirm_illegal', 3, '件'],
      ['heard_awaiting_judgment', 4, '件'],
      ['not_yet_heard', 1, '件'],
    ]);
  });

  it('recognises the reconsideration breakdown "16件:维持…6件,驳回…3件,终止4件;3件正审理中"', () => {
    const reconsideration = breakdownWith(draft, 16, '件');
    // "共计受理…行政复议案件 16件": the codebook's accepted applications.
    expect(reconsideration).toMatchObject({ id: 'reconsideration.accepted', family: 'reconsideration', codelist: 'reconsideration_outcome', exhaustive: true });
    expect(partsOf(reconsideration)).toEqual([
      ['uphold', 6, '件'],
      ['dismiss_application', 3, '件'],
      ['terminate', 4, '件'],
      ['pending', 3, '件'],
    ]);
  });

  it('recognises the "包括" list of 1355批次 as a partial breakdown summed across 批次 and 件次', () => {
    const channels = breakdownWith(draft, 1355, '批次');
    expect(channels).toMatchObject({ family: 'petitions', exhaustive: false, sumAcrossUnits: true });
    expect(channels?.codelist).toBeUndefined();
    expect(channels?.parts.map((part) => [part.quantity.value, part.quantity.unit])).toEqual([
      [631, '批次'],
      [318, '批次'],
      [184, '批次'],
      [212, '件次'],
    ]);
    expect(channels?.parts.every((part) => part.label !== undefined)).toBe(true);
    expect(extraction(channels)?.reasons).toContain('breakdown-partial-list');
    const persons = byWritten(draft, '996余人次');
    expect(persons).toMatchObject({ kind: 'count', family: 'petitions', quantity: { value: 996, qualifier: 'at_least', marker: '余' } });
  });

  it('gives a codebook id only to the figure that is that concept, and a topic-qualified id to one that resembles it', () => {
    const ids = Object.fromEntries(
      ['9起', '650元', '41起', '24879.5元', '8起', '96.2%', '102项'].map((written) => [
        written,
        draft.indicators.filter((indicator) => quantityOf(indicator)?.written === written).map((indicator) => indicator.id),
      ]),
    );
    expect(ids).toEqual({
      // "违反文明条例相关规定实施行政处罚9起,罚款650元": the civility regulation's penalties and fines.
      '9起': ['enforcement.civility.penalties'],
      '650元': ['enforcement.civility.fines', 'enforcement.smoking.fines'],
      // "加大对违法行为查处力度,2023年实施行政处罚 41起,罚款24879.5元": the penalties of the year, as the curated report has them.
      '41起': ['enforcement.penalties'],
      '24879.5元': ['enforcement.fines'],
      // "控烟专项行动…处罚8起": the sentence sets the topic.
      '8起': ['enforcement.smoking.penalties'],
      '96.2%': ['enforcement.duty_performance_rate'],
      '102项': ['enforcement.duties_performed'],
    });
  });

  it('links the duty-performance rate to its numerator "完成履职数102项"', () => {
    const rate = byWritten(draft, '96.2%');
    const numerator = byWritten(draft, '102项');
    expect(rate).toMatchObject({ kind: 'rate', family: 'enforcement', numerator: { ref: numerator?.id } });
    expect(numerator?.label['zh-CN']).toBe('完成履职数');
    expect(rate?.label['zh-CN']).toBe('履职率');
  });

  it('guesses families from the clause, the sentence and the section', () => {
    const families = Object.fromEntries(
      ['0.39万元', '4237人次', '16 件次', '186批次', '12件', '45件', '100%', '两次'].map((written) => [written, byWritten(draft, written)?.family]),
    );
    expect(families).toEqual({
      '0.39万元': 'enforcement',
      '4237人次': 'enforcement',
      '16 件次': 'environment',
      '186批次': 'petitions',
      '12件': 'legal_advice',
      '45件': 'legal_advice',
      '100%': 'environment',
      两次: 'publicity',
    });
    expect(draft.indicators.filter((indicator) => indicator.kind === 'rate' && indicator.family === 'litigation').map((rate) => rate.label['zh-CN'])).toEqual([
      '行政出庭应诉率',
    ]);
  });

  it('types each indicator by its unit: counts, amounts in 元, rates in percent', () => {
    expect(byWritten(draft, '0.39万元')).toMatchObject({ kind: 'amount', quantity: { value: 3900, unit: '元', written: '0.39万元' } });
    expect(byWritten(draft, '16%以上')).toMatchObject({ kind: 'rate', quantity: { value: 16, unit: 'percent', qualifier: 'at_least', marker: '以上' } });
    expect(byWritten(draft, '897 \u00a0件')).toMatchObject({ kind: 'count', label: { 'zh-CN': '制作行政执法检查记录' } });
  });

  it('gives stable, unique dotted ids and a section to every indicator', () => {
    const ids = draft.indicators.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionIds = new Set(draft.sections.map((section) => section.id));
    for (const indicator of draft.indicators) {
      expect(indicator.id).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
      expect(indicator.id.startsWith(`${indicator.family}.`)).toBe(true);
      expect(sectionIds.has(indicator.sectionId ?? '')).toBe(true);
    }
    expect(draftReport(text).indicators.map((indicator) => indicator.id)).toEqual(ids);
    expect(byWritten(draft, '9起')?.sectionId).toBe('measures.1.1');
  });

  it('marks what it is unsure of with a confidence and reasons on every indicator', () => {
    for (const indicator of draft.indicators) {
      const note = extraction(indicator);
      expect(note?.confidence).toBeGreaterThanOrEqual(0);
      expect(note?.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(note?.reasons)).toBe(true);
    }
    const chinese = extraction(byWritten(draft, '两次'));
    expect(chinese?.reasons).toContain('chinese-numeral');
    expect(chinese?.confidence).toBeLessThan(0.8);
    expect(extraction(byWritten(draft, '390人次'))?.reasons).toContain('label-inherited');
    expect(extraction(byWritten(draft, '9起'))).toEqual({ confidence: 1, reasons: [] });
    expect(draft.extensions?.extraction).toMatchObject({ figures: 57, skipped: [], issuer: { reasons: ['issuer-from-title', 'level-guessed'] } });
  });

  it('can be computed', () => {
    const computed = computeReport(validated(draft));
    expect(computed.indicators).toHaveLength(draft.indicators.length);
    expect(computed.timeline.publishedOnTime).toBe(true);
  });
});

describe('draftReport on the test texts', () => {
  const drafts = Object.fromEntries(
    ['county-government', 'municipal-department', 'district-judicial-bureau', 'township'].map((name) => [name, draftReport(readFixture(`${name}.txt`))]),
  ) as Record<string, Report>;

  it('passes parseReport for every text', () => {
    for (const report of Object.values(drafts)) expect(() => validated(report)).not.toThrow();
  });

  it('guesses the issuer level and parent from the name', () => {
    expect(Object.values(drafts).map((report) => [report.issuer.name, report.issuer.level, report.issuer.parent])).toEqual([
      ['某某省某某市某某县人民政府', 'county', '某某省某某市'],
      ['某某市市场监督管理局', 'department', '某某市'],
      ['某某市某某区司法局', 'department', '某某市某某区'],
      ['某某县某某镇人民政府', 'township', '某某县'],
    ]);
  });

  it('reads dates in other formats: "发布时间：2024年03月28日 09:30:00" and "发布日期:2024-03-15 10:02"', () => {
    expect(drafts['county-government']?.publishedAt).toBe('2024-03-28T09:30:00');
    expect(drafts['municipal-department']?.publishedAt).toBe('2024-03-15T10:02:00');
    expect(drafts['township']?.signedOn).toBe('2024-01-18');
    expect(drafts['district-judicial-bureau']?.publishedAt).toBeUndefined();
  });

  it('maps "分别为:维持5件、撤销1件、终止2件、尚在审理1件" and "其中驳回诉讼请求3件,原告撤诉1件" to the codelists', () => {
    const report = drafts['municipal-department'] as Report;
    const reconsideration = report.indicators.find(
      (indicator): indicator is BreakdownIndicator => indicator.kind === 'breakdown' && indicator.family === 'reconsideration',
    );
    expect(reconsideration?.codelist).toBe('reconsideration_outcome');
    expect(partsOf(reconsideration)).toEqual([
      ['uphold', 5, '件'],
      ['revoke', 1, '件'],
      ['terminate', 2, '件'],
      ['pending', 1, '件'],
    ]);
    const litigation = report.indicators.find((indicator): indicator is BreakdownIndicator => indicator.kind === 'breakdown' && indicator.family === 'litigation');
    expect(partsOf(litigation)).toEqual([
      ['reject_claim', 3, '件'],
      ['withdrawal', 1, '件'],
    ]);
  });

  it('links an official rate to its outcome breakdown: 直接纠错率 = correction ÷ concluded', () => {
    const report = drafts['county-government'] as Report;
    const concluded = breakdownWith(report, 108, '件');
    expect(partsOf(concluded)).toEqual([
      ['uphold', 71, '件'],
      ['revoke', 9, '件'],
      ['confirm_illegal', 4, '件'],
      ['reject_claim', 11, '件'],
      ['settlement', 13, '件'],
    ]);
    expect(byWritten(report, '12.04％')).toMatchObject({
      kind: 'rate',
      family: 'reconsideration',
      numerator: { ref: concluded?.id, group: 'correction' },
      denominator: { ref: concluded?.id, group: 'concluded' },
    });
    const computed = computeReport(validated(report));
    const rate = computed.indicators.find((indicator) => indicator.kind === 'rate' && indicator.indicator.id === byWritten(report, '12.04％')?.id);
    expect(rate).toMatchObject({ reconciliation: 'match' });
  });

  it('keeps an item of another cut out of a list so that the parts add up: 审结52件 is nine outcomes, not the 6件 still pending', () => {
    const report = drafts['district-judicial-bureau'] as Report;
    const concluded = breakdownWith(report, 52, '件');
    // 2 + 5 + 1 + 3 + 1 + 28 + 6 + 2 + 4 = 52; "尚有6件正在审理中" belongs to the 58 accepted.
    expect(concluded?.parts.map((part) => part.quantity.value)).toEqual([2, 5, 1, 3, 1, 28, 6, 2, 4]);
    expect(concluded?.exhaustive).toBe(true);
    expect(extraction(concluded)?.reasons).toContain('breakdown-items-left-out');
    expect(byWritten(report, '6 件')).toMatchObject({ kind: 'count' });
    // 纠错率 23.08% = (2 + 5 + 1 + 3 + 1) ÷ 52.
    expect(byWritten(report, '23.08%')).toMatchObject({
      numerator: { ref: concluded?.id, group: 'correction' },
      denominator: { ref: concluded?.id, group: 'concluded' },
    });
  });

  it('links 调解成功率 98.1% to 调解成功312件', () => {
    const report = drafts['township'] as Report;
    expect(byWritten(report, '98.1%')).toMatchObject({ numerator: { ref: byWritten(report, '312件')?.id } });
  });
});

describe('draftReport on other phrasings', () => {
  const text = '某某区2023年法治政府建设情况报告\n全年共受理信访事项120件，办结115件，办结率95.8%。受理复议案件12件，具体为：维持8件、撤销4件。';
  const report = draftReport(text);

  it('links a completion rate to what was completed and what was received', () => {
    const rate = byWritten(report, '95.8%');
    expect(rate).toMatchObject({ numerator: { ref: byWritten(report, '115件')?.id }, denominator: { ref: byWritten(report, '120件')?.id } });
    expect(extraction(rate)?.reasons).toContain('rate-bound-by-arithmetic-and-cues');
    expect(rate?.extensions?.extraction).toMatchObject({ binding: { numerator: '115件', denominator: '120件', reconciles: true } });
    const computed = computeReport(validated(report)).indicators.find((indicator) => indicator.kind === 'rate');
    expect(computed).toMatchObject({ reconciliation: 'match' });
  });

  it("marks a target or a figure of the next year's plan as such", () => {
    const planned = draftReport('某区2023年法治政府建设报告\n一、主要成效\n培训覆盖率95%。\n二、2024年工作计划\n实现培训覆盖率100%。力争办结率达到99%。');
    expect(planned.indicators.map((indicator) => extraction(indicator)?.reasons.includes('target-or-plan'))).toEqual([false, true, true]);
  });

  it('reads a "具体为：" list as a breakdown', () => {
    expect(partsOf(breakdownWith(report, 12, '件'))).toEqual([
      ['uphold', 8, '件'],
      ['revoke', 4, '件'],
    ]);
  });
});

describe('draftReport options and edge cases', () => {
  it('uses the url, year and issuer given by the caller', () => {
    const report = draftReport('关于法治政府建设情况的报告\n受理案件12件。', {
      url: 'https://example.gov.cn/a.html',
      year: 2022,
      issuer: { name: '某某区人民政府', level: 'district' },
    });
    expect(report.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(report.issuer).toEqual({ name: '某某区人民政府', level: 'district' });
    expect(report.source).toEqual({ url: 'https://example.gov.cn/a.html' });
    expect(() => validated(report)).not.toThrow();
  });

  it('drafts a valid report from an empty text, and says what is missing', () => {
    const report = draftReport('');
    expect(() => validated(report)).not.toThrow();
    expect(report.title).toBe('（无标题）');
    expect(report.indicators).toEqual([]);
    expect(report.extensions?.extraction).toMatchObject({ period: { reasons: ['period-unknown'] }, title: { reasons: ['title-not-found'] } });
  });

  it('leaves out a count that is not whole, and says so', () => {
    const report = draftReport('2023年法治政府建设报告\n人均办理案件2.5件。');
    expect(report.indicators).toEqual([]);
    expect(report.extensions?.extraction).toMatchObject({ skipped: [{ written: '2.5件', reason: 'count-not-integer' }] });
  });
});

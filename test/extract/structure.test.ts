import { describe, expect, it } from 'vitest';
import { computeReport, MEASURE_WORDS, measureWord, type BreakdownIndicator, type Indicator, type RateIndicator, type Report } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
import { findBreakdowns } from '../../packages/core/src/extract/breakdowns.js';
import { markPriorFigures } from '../../packages/core/src/extract/priors.js';

/** Sentences written for these tests, in the conventions real reports use; expectations worked out by hand. */
const quantityOf = (indicator: Indicator) =>
  'quantity' in indicator ? indicator.quantity : indicator.kind === 'breakdown' && indicator.total && 'value' in indicator.total ? indicator.total : undefined;
const byWritten = (report: Report, written: string) => report.indicators.find((indicator) => quantityOf(indicator)?.written === written);
const rateAt = (report: Report, written: string) => byWritten(report, written) as RateIndicator | undefined;
const breakdownsOf = (report: Report) => report.indicators.filter((indicator): indicator is BreakdownIndicator => indicator.kind === 'breakdown');
const partValues = (breakdown: BreakdownIndicator | undefined) => breakdown?.parts.map((part) => part.quantity.value);
const warnings = (report: Report) =>
  computeReport(report)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => finding.code);
const draft = (text: string) => draftReport(`某区2023年法治政府建设年度报告\n${text}`, { year: 2023 });

describe('measure words as a class', () => {
  it('reads counts in any measure word, with what it measures', () => {
    const written = extractFigures('培训40学时，发放手册500本，出动车辆30辆次、船只4艘次，建成普法阵地12座，聘请律师3位，拆除违建200平方米。').map((figure) => [
      figure.written,
      typeof figure.unit === 'string' ? figure.unit : [figure.unit.custom, figure.unit.dimension],
    ]);
    expect(written).toEqual([
      ['40学时', ['学时', 'duration']],
      ['500本', ['本', 'count']],
      ['30辆次', ['辆次', 'count']],
      ['4艘次', ['艘次', 'count']],
      ['12座', ['座', 'count']],
      ['3位', '人'],
      ['200平方米', ['平方米', 'area']],
    ]);
    expect(measureWord('人次')?.measures).toBe('person');
    expect(MEASURE_WORDS.every((entry) => entry.word !== '' && entry.en.one !== '')).toBe(true);
  });

  it('leaves deadlines and words that only start with a measure word alone', () => {
    expect(extractFigures('在3个工作日内办结，5天内回复，3部门联合，本级2本年度').map((figure) => figure.written)).toEqual([]);
  });
});

describe('figures in tables and numbered lists', () => {
  it('reads the cells of a table with its header unit, and the 万元 column as money', () => {
    const text = '表一\n警告 | 罚款 | 合计(宗) | 罚没金额(万元) |\n31 | 54 | 85 | 4.1 |\n说明:本表统计全年数据。';
    const cells = extractFigures(text).map((figure) => [figure.written, figure.value, figure.unit]);
    expect(cells).toEqual([
      ['31', 31, '宗'],
      ['54', 54, '宗'],
      ['85', 85, '宗'],
      ['4.1', 41000, '元'],
    ]);
    const [breakdown] = breakdownsOf(draft(text));
    expect(partValues(breakdown)).toEqual([31, 54]);
    expect(breakdown?.exhaustive).toBe(true);
  });

  it('takes off list numbers glued to a figure where the circled markers were lost', () => {
    const text = '12020年,省政府收到申请188件。\n22020年,省直部门收到申请376件。\n313个市州收到申请4377件。';
    expect(extractFigures(text).map((figure) => figure.written)).toEqual(['188件', '376件', '13个', '4377件']);
  });
});

describe('ratios', () => {
  it('reads a ratio after 比例/比值 as a figure in 倍, never a percentage or a year', () => {
    const figures = extractFigures('受理2005件,诉讼808件,比例约为2.5:1;复议诉讼比值达2.6,收案万人比10.05%,比2022年下降3%。');
    expect(figures.filter((figure) => figure.unit === '倍').map((figure) => [figure.written, figure.value, figure.qualifier])).toEqual([
      ['2.5:1', 2.5, 'approximately'],
      ['2.6', 2.6, 'exact'],
    ]);
    expect(figures.map((figure) => figure.written)).toContain('10.05%');
  });

  it('drafts a ratio as a rate in times bound to the two figures it divides, first term first', () => {
    const report = draft('全年新收复议申请1230件，新收一审行政诉讼案件410件，复议诉讼比值达3.0；另收到来信1000件。');
    const ratio = rateAt(report, '3.0');
    expect(ratio).toMatchObject({ kind: 'rate', formula: 'multiple', quantity: { value: 3, unit: '倍' } });
    expect(ratio?.numerator).toEqual({ ref: byWritten(report, '1230件')?.id });
    expect(ratio?.denominator).toEqual({ ref: byWritten(report, '410件')?.id });
    expect(ratio?.id).toMatch(/_ratio$/);
    const computed = computeReport(report).byId[ratio!.id];
    expect(computed?.kind === 'rate' && computed.reconciliation).toBe('match');
  });

  it('binds a ratio written "约2.5:1" by rounding, keeps it approximate, and leaves a ratio with no fitting pair unbound', () => {
    const approximate = rateAt(draft('受理复议案件2005件,行政诉讼受案808件,比例约为2.5:1。'), '2.5:1');
    expect(approximate).toMatchObject({ formula: 'multiple', quantity: { qualifier: 'approximately' } });
    expect(approximate?.denominator).toBeDefined();
    const lonely = draft('市本级新收复议申请3326件，复议诉讼比值达9.1。');
    expect(rateAt(lonely, '9.1')?.denominator).toBeUndefined();
    expect(warnings(lonely)).toEqual([]);
  });
});

describe('breakdowns judged by their arithmetic', () => {
  it('leaves out an item of another cut so that the parts add up', () => {
    const report = draft('立案查处违法案件30件（其中简易程序12件，普通程序18件、立案撤销3件）。');
    const [breakdown] = breakdownsOf(report);
    expect(partValues(breakdown)).toEqual([12, 18]);
    expect(breakdown?.exhaustive).toBe(true);
    expect(byWritten(report, '3件')?.kind).toBe('count');
  });

  it('finds parts listed before the total they add up to, and other cuts of one total', () => {
    const before = breakdownsOf(draft('维持20件，驳回5件，确认违法3件。全年审结复议案件28件。'));
    expect(before.map((breakdown) => partValues(breakdown))).toEqual([[20, 5, 3]]);
    const cuts = draft('共收到信件40件，其中书记信箱15件，区长信箱25件。\n按内容分类：城乡建设22件、教育18件。');
    expect(breakdownsOf(cuts).map((breakdown) => [breakdown.total, partValues(breakdown)])).toEqual([
      [{ ref: byWritten(cuts, '40件')?.id }, [15, 25]],
      [{ ref: byWritten(cuts, '40件')?.id }, [22, 18]],
    ]);
  });

  it("looks past the clause that states a total's change for its list, and stops at a new scope", () => {
    const report = draft('新收非诉案件401件,同比增长6.4%,其中裁定准予执行285件,准予执行率70.2%;全市行政机关败诉案件99件,占一审结案数的3.88%。');
    const [breakdown] = breakdownsOf(report);
    expect(partValues(breakdown)).toEqual([285]);
    expect(byWritten(report, '99件')?.kind).toBe('count');
    // 3.88% names its own base (一审结案数), which the text does not state: no binding, no alarm.
    expect(rateAt(report, '3.88%')?.denominator).toBeUndefined();
    // 285 ÷ 401 is 71.07%, not 70.2%: the text's own mismatch stays a warning.
    expect(warnings(report)).toEqual(['rate-mismatch']);
  });

  it('finds the total of a single 其中 part and of a list introduced by 主要集中在', () => {
    const report = draft('办理应诉案件1882件,比2022年上升2.8%。应诉案件主要集中在人社类511件、自然资源类459件。');
    const [breakdown] = breakdownsOf(report);
    expect(partValues(breakdown)).toEqual([511, 459]);
    expect(breakdown?.exhaustive).toBe(false);
  });

  it('nests the outcomes listed after a concluded part under that part', () => {
    const report = draft('办理行政应诉案件42件，其中审结30件，胜诉29件。');
    const [cases, concluded] = breakdownsOf(report);
    expect(partValues(cases)).toEqual([30]);
    expect(partValues(concluded)).toEqual([29]);
    expect(concluded?.total).toEqual({ ref: cases?.id, part: cases?.parts[0]?.category });
    const computed = computeReport(report).byId[concluded!.id];
    expect(computed?.kind === 'breakdown' && computed.total?.value).toBe(30);
    expect(warnings(report)).toEqual([]);
  });

  it('splits 受理 into 审结 and the cases still open, and 审结 by outcome', () => {
    const report = draft('受理复议案件20件，审结18件，其中维持10件，驳回8件，尚在审理2件。');
    const breakdowns = breakdownsOf(report);
    expect(breakdowns.map((breakdown) => partValues(breakdown))).toEqual([
      [18, 2],
      [10, 8],
    ]);
    expect(breakdowns[1]?.total).toEqual({ ref: breakdowns[0]?.id, part: breakdowns[0]?.parts[0]?.category });
    expect(warnings(report)).toEqual([]);
  });

  it("takes the total the text states before a table for the table's parts, and drops the total cell that repeats it", () => {
    const text = '全年实施行政处罚总数为52宗，具体见表二。\n\n行政处罚实施数量(宗)\n\n警告\n\n罚款\n\n没收违法所得\n\n合计\n\n10\n\n40\n\n2\n\n52\n\n';
    const report = draft(text);
    const [table] = breakdownsOf(report);
    expect(partValues(table)).toEqual([10, 40, 2]);
    expect((table?.total as { written?: string } | undefined)?.written).toBe('52宗');
    expect(report.indicators.filter((indicator) => quantityOf(indicator)?.value === 52)).toHaveLength(1);
  });

  it('never uses a prior-year figure as a part', () => {
    const text = '共60件，其中2022年为50件，今年新增10件。';
    expect(findBreakdowns(text, extractFigures(text), new Set([1])).map((candidate) => candidate.parts)).toEqual([[2]]);
  });
});

describe('rates bound to the figures that reproduce them', () => {
  it('binds shares to the parts and the total whose ratios give the stated precision, the parts forming a breakdown of it', () => {
    const report = draft('受理复议案件34件。其中投诉举报类13件，占总量的38%；行政处罚类12件，占总量的35%。');
    const [shares] = breakdownsOf(report);
    expect(partValues(shares)).toEqual([13, 12]);
    expect(shares?.exhaustive).toBe(false);
    expect(rateAt(report, '38%')).toMatchObject({ numerator: { ref: shares?.id, part: shares?.parts[0]?.category }, denominator: { ref: shares?.id } });
    expect(rateAt(report, '35%')).toMatchObject({ numerator: { ref: shares?.id, part: shares?.parts[1]?.category }, denominator: { ref: shares?.id } });
    expect(rateAt(report, '38%')?.extensions?.extraction).toMatchObject({ binding: { numerator: '13件', denominator: '34件', reconciles: true } });
    expect(warnings(report)).toEqual([]);
  });

  it('binds a year-on-year change to the current figure and the quoted earlier one', () => {
    const report = draft('市本级新收复议申请3326件(2022年为867件),同比增长283.6%。');
    const rate = rateAt(report, '283.6%');
    const current = byWritten(report, '3326件');
    expect(rate).toMatchObject({ formula: 'increase', numerator: { ref: current?.id }, denominator: { quantity: { value: 867, written: '867件' } } });
    expect(current?.extensions?.priorFigures).toEqual([
      { period: { start: '2022-01-01', end: '2022-12-31' }, quantity: expect.objectContaining({ value: 867, written: '867件' }) },
    ]);
    expect(byWritten(report, '867件')).toBeUndefined();
    expect(warnings(report)).toEqual([]);
  });

  it('keeps an item of another family out of a list ("受理复议申请3921件…其中受理2005件,行政诉讼受案808件")', () => {
    const [breakdown] = breakdownsOf(draft('共收到行政复议申请3921件,同比增长168.9%。其中,受理数2005件,行政诉讼受案808件。'));
    expect(partValues(breakdown)).toEqual([2005]);
  });

  it('reads a comparison word before what is compared ("超过…148.1%") as a change of one figure over another', () => {
    const report = draft('受理复议申请2005件,一审诉讼受案808件,超过同期一审行政诉讼案件数148.1%。');
    expect(rateAt(report, '148.1%')).toMatchObject({
      formula: 'increase',
      numerator: { ref: byWritten(report, '2005件')?.id },
      denominator: { ref: byWritten(report, '808件')?.id },
    });
  });

  it('leaves a rate unbound when no figures in the text reproduce it, and raises nothing', () => {
    const report = draft('全年共收到申请2929件。全年共审结案件2755件，案件审结率高达93.8%。');
    expect(rateAt(report, '93.8%')?.denominator).toBeUndefined();
    expect(warnings(report)).toEqual([]);
  });

  it('binds a change whose earlier figure is not stated to its current figure only', () => {
    const report = draft('新收二审行政案件682件，同比增长1.79%。');
    expect(rateAt(report, '1.79%')).toMatchObject({ formula: 'increase', numerator: { ref: byWritten(report, '682件')?.id } });
    expect(rateAt(report, '1.79%')?.denominator).toBeUndefined();
  });
});

describe('prior-year figures', () => {
  it("marks figures quoted for an earlier year, and lists that continue them, but not changes or this year's", () => {
    const text = '案件占比从2020年的21.8%、8.4%上升至2023年的41.5%、24.1%，比2022年增加842件，较上年同期的45件有所减少。';
    const marks = markPriorFigures(text, extractFigures(text), 2023).map((mark) => mark?.year);
    expect(marks).toEqual([2020, 2020, undefined, undefined, undefined, 2022]);
  });
});

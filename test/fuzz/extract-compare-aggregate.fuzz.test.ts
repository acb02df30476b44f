// Hostile input through extraction, comparison and roll-ups. Counts are shares of FUZZ_RUNS.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateReports, compareReports, computeReport, parseReport, type Report } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';
import { arbitraryReport } from '../support/arbitrary-report.js';
import { referenceText } from '../support/examples.js';
import { allFinite } from '../support/no-bad-numbers.js';
import { fuzzRuns } from './runs.js';

/** Report-like text: digits, Chinese numerals, units, qualifiers, punctuation and headings, in any order. */
const reportishText = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '一、',
        '(一)',
        '1.',
        '2023年',
        '〔2024〕3号',
        'PM2.5',
        '12345',
        '约',
        '余',
        '以上',
        '不足',
        '达',
        '万',
        '亿',
        '元',
        '件',
        '人次',
        '批次',
        '%',
        '％',
        '个百分点',
        '共计',
        '包括',
        '：',
        '，',
        '；',
        '\u00a0',
        ' ',
        '\n',
      ),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((value) => value.toFixed(2)),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** A sentence as reports write them, and what it states: a total, its parts (其中…), a rate of the first part, a fine. */
interface StatedSentence {
  readonly text: string;
  /** Every figure written with Arabic digits and a unit, as the text writes it, with its value. */
  readonly figures: readonly { written: string; value: number }[];
  /** True when the parts add up to the total and the rate follows from them: the draft must raise no alarm. */
  readonly consistent: boolean;
}

const CATEGORIES = ['维持', '驳回', '撤销', '调解', '终止', '确认违法', '责令履行', '简易程序', '普通程序', '来信', '来访', '网上信访'];
const reportSentence: fc.Arbitrary<StatedSentence> = fc
  .record({
    scope: fc.constantFrom('', '全年', '2023年，', '本年度共'),
    act: fc.constantFrom('受理', '收到', '办理', '审结', '查处', '接待'),
    subject: fc.constantFrom('行政复议案件', '行政诉讼案件', '信访事项', '行政处罚案件', '投诉举报'),
    unit: fc.constantFrom('件', '起', '宗', '批次', '人次', '项'),
    parts: fc.uniqueArray(fc.record({ category: fc.constantFrom(...CATEGORIES), value: fc.nat({ max: 5000 }) }), {
      minLength: 2,
      maxLength: 5,
      selector: (part) => part.category,
    }),
    extra: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }) }),
    rate: fc.boolean(),
    fine: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
    tail: fc.constantFrom('。', '；', '。\n'),
  })
  .map(({ scope, act, subject, unit, parts, extra, rate, fine, tail }) => {
    const total = parts.reduce((sum, part) => sum + part.value, 0) + extra;
    const figures = [{ written: `${total}${unit}`, value: total }, ...parts.map((part) => ({ written: `${part.value}${unit}`, value: part.value }))];
    let text = `${scope}${act}${subject}${total}${unit}，其中${parts.map((part) => `${part.category}${part.value}${unit}`).join('，')}`;
    const first = parts[0]!;
    if (rate && total > 0) {
      const percent = ((first.value / total) * 100).toFixed(1);
      text += `，${first.category}率${percent}%`;
      figures.push({ written: `${percent}%`, value: Number(percent) });
    }
    if (fine !== undefined) {
      const tenThousands = (fine / 100).toFixed(2);
      text += `，罚款${tenThousands}万元`;
      figures.push({ written: `${tenThousands}万元`, value: Math.round(fine * 100) });
    }
    return { text: `${text}${tail}`, figures, consistent: extra === 0 };
  });

/** What the generated sentences reached, printed with the run. */
const read = { sentences: 0, figures: 0, found: 0, drafts: 0, valid: 0, ratesBound: 0, breakdowns: 0, consistent: 0 };

describe('fuzzing extraction, comparison and roll-ups', { timeout: 300_000 }, () => {
  afterAll(() => {
    console.info(
      `fuzz: ${read.sentences} report sentences, ${read.figures} figures stated, ${read.found} found; ${read.drafts} drafts, ${read.valid} valid and computed, ` +
        `${read.breakdowns} breakdowns and ${read.ratesBound} rates bound; ${read.consistent} consistent texts drafted without a false alarm`,
    );
  });

  it(`reads ${fuzzRuns(0.03)} report sentences with totals, 其中 parts, rates and fines: every figure, a valid draft, no false alarm`, () => {
    fc.assert(
      fc.property(fc.array(reportSentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = `某区2023年法治政府建设年度报告\n${sentences.map((sentence) => sentence.text).join('')}`;
        read.sentences += sentences.length;
        const extracted = extractFigures(text);
        for (const sentence of sentences) {
          for (const expected of sentence.figures) {
            read.figures += 1;
            const hit = extracted.some((figure) => figure.written === expected.written && Math.abs(figure.value - expected.value) < 1e-6);
            expect(hit, `${expected.written} in ${sentence.text}`).toBe(true);
            if (hit) read.found += 1;
          }
        }
        const draft = draftReport(text, { year: 2023 });
        read.drafts += 1;
        const parsed = parseReport(JSON.parse(JSON.stringify(draft)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        read.valid += 1;
        const computed = computeReport(parsed.report);
        expect(allFinite(computed)).toBe(true);
        read.breakdowns += draft.indicators.filter((indicator) => indicator.kind === 'breakdown').length;
        read.ratesBound += draft.indicators.filter((indicator) => indicator.kind === 'rate' && indicator.denominator !== undefined).length;
        if (sentences.every((sentence) => sentence.consistent)) {
          const alarms = computed.findings.filter(
            (finding) => finding.severity !== 'info' && ['rate-mismatch', 'sum-mismatch', 'sum-exceeds-total'].includes(finding.code),
          );
          expect(
            alarms.map((finding) => finding.message.en),
            text,
          ).toEqual([]);
          read.consistent += 1;
        }
      }),
      { numRuns: fuzzRuns(0.03) },
    );
    expect(read.found).toBe(read.figures);
  });

  it(`extracts from ${fuzzRuns(0.2)} report-like fragments with consistent offsets and no bad numbers`, () => {
    fc.assert(
      fc.property(reportishText, (text) => {
        for (const figure of extractFigures(text)) {
          expect(text.slice(figure.start, figure.end)).toBe(figure.written);
          expect(Number.isFinite(figure.value)).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(0.2) },
    );
  });

  it(`drafts ${fuzzRuns(0.02)} reports from mutated reference text that always validate`, () => {
    const reference = referenceText();
    fc.assert(
      fc.property(fc.nat({ max: reference.length }), fc.nat({ max: 400 }), reportishText, (start, length, insert) => {
        const text = reference.slice(0, start) + insert + reference.slice(start + length);
        const draft = draftReport(text);
        const parsed = parseReport(draft);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(allFinite(computeReport(parsed.report))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.02) },
    );
  });

  it(`compares ${fuzzRuns(0.05)} pairs of generated reports without NaN or Infinity`, () => {
    fc.assert(
      fc.property(arbitraryReport, arbitraryReport, (previous, current) => {
        expect(allFinite(compareReports(previous, current))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.05) },
    );
  });

  it(`rolls up ${fuzzRuns(0.05)} sets of generated reports without NaN or Infinity`, () => {
    fc.assert(
      fc.property(fc.array(arbitraryReport, { maxLength: 6 }), fc.constantFrom('parent', 'level', 'year', 'issuer'), (reports: Report[], groupBy) => {
        // Walked as it is: a JSON round trip first would turn an Infinity into null and hide it.
        expect(allFinite(aggregateReports(reports, { groupBy }))).toBe(true);
      }),
      { numRuns: fuzzRuns(0.05) },
    );
  });
});

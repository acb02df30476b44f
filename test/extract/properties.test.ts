import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@rule-of-law/core';
import { draftReport, extractFigures } from '@rule-of-law/core/extract';

/** Unit words a report writes, with the unit code each one is read as. */
const UNITS: readonly (readonly [string, string, 'count' | 'money' | 'other'])[] = [
  ['件', '件', 'count'],
  ['起', '起', 'count'],
  ['人次', '人次', 'count'],
  ['批次', '批次', 'count'],
  ['家次', '家次', 'count'],
  ['个次', '个次', 'count'],
  ['件次', '件次', 'count'],
  ['项', '项', 'count'],
  ['份', '份', 'count'],
  ['名', '名', 'count'],
  ['元', '元', 'money'],
  ['%', 'percent', 'other'],
  ['％', 'percent', 'other'],
  ['个百分点', 'percentage_point', 'other'],
  ['倍', '倍', 'other'],
];
const PREFIXES: readonly (readonly [string, string])[] = [
  ['', 'exact'],
  ['约', 'approximately'],
  ['近', 'approximately'],
  ['逾', 'at_least'],
  ['超过', 'at_least'],
  ['不足', 'at_most'],
  ['达', 'exact'],
  ['达到', 'exact'],
  ['为', 'exact'],
];
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['', ''],
  ['以上', 'at_least'],
  ['左右', 'approximately'],
  ['以下', 'at_most'],
];
const GAPS = ['', ' ', '\u00a0', '  ', ' \u00a0', '\u3000'];
const SEPARATORS = [',', '，', ' '];

const toFullWidth = (text: string): string => text.replace(/[0-9.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

function grouped(integer: string, separator: string): string {
  const groups: string[] = [];
  for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

const figureSpec = fc.record({
  integer: fc.nat({ max: 9_999_999 }),
  fraction: fc.option(fc.stringMatching(/^[0-9]{1,3}$/), { nil: undefined }),
  unit: fc.constantFrom(...UNITS),
  multiplier: fc.constantFrom('', '万', '亿'),
  yu: fc.boolean(),
  gap: fc.constantFrom(...GAPS),
  separator: fc.option(fc.constantFrom(...SEPARATORS), { nil: undefined }),
  fullWidth: fc.boolean(),
  prefix: fc.constantFrom(...PREFIXES),
  suffix: fc.constantFrom(...SUFFIXES),
});

type Spec = typeof figureSpec extends fc.Arbitrary<infer T> ? T : never;

function written(spec: Spec): { number: string; figure: string; value: number; qualifier: string; marker: string | undefined } {
  const [unitWord, , kind] = spec.unit;
  const multiplier = kind === 'other' ? '' : spec.multiplier;
  const yu = kind === 'count' && spec.yu ? '余' : '';
  const integer = String(spec.integer);
  const digits = spec.separator !== undefined && integer.length > 3 ? grouped(integer, spec.separator) : integer;
  const plain = spec.fraction === undefined ? digits : `${digits}.${spec.fraction}`;
  const number = spec.fullWidth ? toFullWidth(plain) : plain;
  const exponent = { '': 0, 万: 4, 亿: 8 }[multiplier];
  // An independent route to the value: exponent notation, parsed by the engine.
  const value = Number(`${integer}${spec.fraction === undefined ? '' : `.${spec.fraction}`}e${exponent}`);
  const figure = `${number}${multiplier}${yu}${spec.gap}${unitWord}${spec.suffix[0]}`;
  const dominant = yu !== '' ? ['余', 'at_least'] : spec.suffix[0] !== '' ? spec.suffix : undefined;
  const qualifier = dominant?.[1] ?? spec.prefix[1];
  const marker = dominant?.[0] ?? (spec.prefix[0] === '' ? undefined : spec.prefix[0]);
  return { number, figure, value, qualifier, marker };
}

describe('property: a figure formatted in any of the conventions is read back exactly', () => {
  it('value, unit, qualifier, marker, written form and offsets', () => {
    fc.assert(
      fc.property(figureSpec, fc.constantFrom('全年共受理', '2023年，我街办理', '其中：'), (spec, lead) => {
        const { figure, value, qualifier, marker } = written(spec);
        const text = `${lead}${spec.prefix[0]}${figure}，较上年有所增加。`;
        const found = extractFigures(text);
        expect(found).toHaveLength(1);
        const [first] = found;
        expect(first?.value).toBe(value);
        expect(first?.unit).toBe(spec.unit[1]);
        expect(first?.qualifier).toBe(qualifier);
        expect(first?.marker).toBe(marker);
        expect(first?.written).toBe(figure);
        expect(first?.start).toBe(lead.length + spec.prefix[0].length);
        expect(text.slice(first?.start, first?.end)).toBe(figure);
      }),
      { numRuns: 600 },
    );
  });
});

/** Characters that make up reports, weighted towards the ones the extractor cares about. */
const reportChar = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，、；;：:。！？!?()（）“”"《》〔〕[]-—~至第前余多约近逾超达为不足以上下内左右万亿千百件起次人批家个项份元%％倍位名户场期篇一二两三十年月日号版热线受理办结率\n \u00a0\u3000PMabc😀𠀀',
);

describe('property: any text', () => {
  const anyText = fc.oneof(fc.string({ unit: reportChar, maxLength: 200 }), fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

  it('never throws, and every figure points at its written form inside its phrase, in order, without overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = extractFigures(text);
        let previousEnd = 0;
        for (const figure of figures) {
          expect(text.slice(figure.start, figure.end)).toBe(figure.written);
          expect(text.slice(figure.phrase.start, figure.phrase.end)).toBe(figure.phrase.text);
          expect(figure.phrase.start).toBeLessThanOrEqual(figure.start);
          expect(figure.phrase.end).toBeGreaterThanOrEqual(figure.end);
          expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
          expect(Number.isFinite(figure.value)).toBe(true);
          previousEnd = figure.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('drafts a report that passes parseReport', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseReport(JSON.parse(JSON.stringify(draftReport(text))));
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
      }),
      { numRuns: 500 },
    );
  });

  it('reads each sentence the same alone and in a longer text', () => {
    const sentence = fc.string({ unit: reportChar, maxLength: 60 }).map((text) => text.replace(/[。\n]/g, ''));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 5 }), (sentences) => {
        const joined = sentences.join('。\n');
        const alone = sentences.flatMap((text, index) => {
          const offset = sentences.slice(0, index).reduce((sum, previous) => sum + previous.length + 2, 0);
          return extractFigures(text).map((figure) => [figure.written, figure.value, figure.start + offset]);
        });
        expect(extractFigures(joined).map((figure) => [figure.written, figure.value, figure.start])).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });
});

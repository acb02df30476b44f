// bindRate: which figures of the text a stated rate is computed from. Each text is a sentence of the kind
// real reports write; the labels are given by hand, and the binding expected is checked by hand arithmetic
// (115 ÷ 120 = 95.83% → 95.8%; 239 ÷ 725 = 32.9655% → 32.96% cut off).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';
import type { PriorMark } from '../../packages/core/src/extract/priors.js';
import { bindRate, type BindingFigure } from '../../packages/core/src/extract/rate-binding.js';

/** The figures of `text`, labelled in order; a label may be a [label, prior mark] or [label, index of its total]. */
function figuresOf(text: string, ...labels: (string | [string, PriorMark] | [string, number])[]): BindingFigure[] {
  const figures = extractFigures(text);
  expect(
    figures.map((figure) => figure.written),
    'the figures the test labels',
  ).toHaveLength(labels.length);
  return figures.map((figure, index) => {
    const entry = labels[index]!;
    if (typeof entry === 'string') return { figure, label: entry };
    return typeof entry[1] === 'number' ? { figure, label: entry[0], partOf: entry[1] } : { figure, label: entry[0], prior: entry[1] };
  });
}

describe('bindRate of a share or a completion rate', () => {
  it('binds 办结率95.8% to 115 completed of 120 received, the words agreeing with the arithmetic', () => {
    const text = '共受理信访事项120件,办结115件,办结率95.8%。';
    // 115 ÷ 120 = 95.833…% → 95.8 rounded or cut; 120 ÷ 115 is over 100%, not a share.
    expect(bindRate(text, figuresOf(text, '受理信访事项', '办结', '办结率'), 2)).toEqual({
      numerator: 1,
      denominator: 0,
      formula: 'ratio',
      reconciles: true,
      evidence: 'arithmetic-and-cues',
      alternatives: 0,
    });
  });

  it('binds 占总量的38% to 13 of the 34 received', () => {
    const text = '受理投诉举报34件,其中市场监管领域投诉举报案件13件,占总量的38%';
    // 13 ÷ 34 = 38.24% → 38.
    expect(bindRate(text, figuresOf(text, '受理投诉举报', '市场监管领域投诉举报案件', '占总量的'), 2)).toMatchObject({
      numerator: 1,
      denominator: 0,
      formula: 'ratio',
      reconciles: true,
    });
  });

  it('binds a share that does not reconcile to the part and total it follows, marked as not reconciling', () => {
    const text = '受理案件40件,其中调解13件,占比35%';
    // 13 ÷ 40 = 32.5%, not 35%: no pair gives 35, but 13 is a part of the 40 right before the share.
    expect(bindRate(text, figuresOf(text, '受理案件', ['调解', 0], '占比'), 2)).toEqual({
      numerator: 1,
      denominator: 0,
      formula: 'ratio',
      reconciles: false,
      evidence: 'part-of-total',
      alternatives: 0,
    });
  });

  it('leaves a rate unbound when no figures give it and none is a part of a total', () => {
    const text = '受理案件30件,群众满意率为96%。';
    expect(bindRate(text, figuresOf(text, '受理案件', '群众满意率'), 1)).toBeUndefined();
  });
});

describe('bindRate of a year-on-year change', () => {
  it('binds 同比下降32.96% to this year’s 486 and the 725 quoted for last year', () => {
    const text = '收案486件,同比下降32.96%(上年725件)';
    // (725 − 486) ÷ 725 = 32.9655…%: 32.96 when cut off.
    const figures = figuresOf(text, '收案', '同比下降', ['收案', { year: 2022, cue: '上年' }]);
    expect(bindRate(text, figures, 1)).toEqual({ numerator: 0, denominator: 2, formula: 'decrease', reconciles: true, evidence: 'prior-year', alternatives: 0 });
  });

  it('binds a change without an earlier figure to its current figure only', () => {
    const text = '今年受理案件230件,同比增长15%。';
    expect(bindRate(text, figuresOf(text, '受理案件', '同比增长'), 1)).toEqual({
      numerator: 0,
      formula: 'increase',
      reconciles: false,
      evidence: 'current-only',
      alternatives: 0,
    });
  });

  it('binds no change that has no figure before it', () => {
    const text = '同比增长15%,受理案件230件。';
    expect(bindRate(text, figuresOf(text, '同比增长', '受理案件'), 0)).toBeUndefined();
  });
});

describe('bindRate of a ratio stated as a multiple', () => {
  it('binds 复议诉讼比值达2.6 to 26 reconsiderations against 10 suits, the first written first', () => {
    const text = '复议案件26件,诉讼案件10件,复议诉讼比值达2.6';
    expect(bindRate(text, figuresOf(text, '复议案件', '诉讼案件', '复议诉讼比值'), 2)).toEqual({
      numerator: 0,
      denominator: 1,
      formula: 'multiple',
      reconciles: true,
      evidence: 'arithmetic-and-cues',
      alternatives: 0,
    });
  });
});

describe('bindRate refuses', () => {
  it('a figure quoted for an earlier year, and an index with no figure', () => {
    const text = '收案486件,同比下降32.96%(上年725件)';
    const figures = figuresOf(text, '收案', '同比下降', ['收案', { year: 2022, cue: '上年' }]);
    expect(bindRate(text, figures, 2)).toBeUndefined();
    expect(bindRate(text, figures, 3)).toBeUndefined();
    expect(bindRate(text, figures, -1)).toBeUndefined();
  });
});

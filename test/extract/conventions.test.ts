import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';
import { asExpected, type Expected } from './support.js';

/** The figures of a sentence, in the hand-written form. */
const figuresOf = (text: string): Expected[] => extractFigures(text).map(asExpected);

describe('multipliers 万 and 亿, with decimals, in base units', () => {
  it.each([
    ['罚款0.39万元。', ['0.39万元', 3900, '元', 'exact']],
    ['涉及金额12.6亿元。', ['12.6亿元', 1_260_000_000, '元', 'exact']],
    ['覆盖群众1.2万人。', ['1.2万人', 12_000, '人', 'exact']],
    ['罚没款1.1万元。', ['1.1万元', 11_000, '元', 'exact']],
    ['资金0.0001亿元。', ['0.0001亿元', 10_000, '元', 'exact']],
    ['参与群众5千余人次。', ['5千余人次', 5000, '人次', 'at_least', '余']],
    ['投入3千万元。', ['3千万元', 30_000_000, '元', 'exact']],
  ] as const)('%s', (text, expected) => {
    expect(figuresOf(text)).toEqual([expected]);
  });

  it('keeps money exact where floating-point multiplication would not (1.1 × 10⁴ ≠ 11000.000000000002)', () => {
    expect(extractFigures('罚款1.1万元')[0]?.value).toBe(11000);
    expect(extractFigures('罚款0.07万元')[0]?.value).toBe(700);
  });
});

describe('余 after the digits or after the multiplier', () => {
  it.each([
    ['接待来访996余人次', ['996余人次', 996, '人次', 'at_least', '余']],
    ['受理3万余件', ['3万余件', 30_000, '件', 'at_least', '余']],
    ['检查市场主体2.3万余户次', ['2.3万余户次', 23_000, '户次', 'at_least', '余']],
    ['开展活动300多场', ['300多场', 300, '场', 'at_least', '多']],
    ['受益群众20余万人次', ['20余万人次', 200_000, '人次', 'at_least', '余']],
  ] as const)('%s', (text, expected) => {
    expect(figuresOf(text)).toEqual([expected]);
  });
});

describe('qualifier markers', () => {
  it.each([
    ['办理案件100件以上，', '100件以上', 'at_least', '以上'],
    ['办理案件100件及以上，', '100件及以上', 'at_least', '及以上'],
    ['受理诉求逾2000件', '2000件', 'at_least', '逾'],
    ['受理诉求超2000件', '2000件', 'at_least', '超'],
    ['受理诉求超过2000件', '2000件', 'at_least', '超过'],
    ['受理诉求约2000件', '2000件', 'approximately', '约'],
    ['受理诉求约为2000件', '2000件', 'approximately', '约为'],
    ['受理诉求2000件左右，', '2000件左右', 'approximately', '左右'],
    ['受理诉求近2000件', '2000件', 'approximately', '近'],
    ['受理诉求将近2000件', '2000件', 'approximately', '将近'],
    ['受理诉求不足2000件', '2000件', 'at_most', '不足'],
    ['误差在5%以下，', '5%以下', 'at_most', '以下'],
    ['误差在5%以内，', '5%以内', 'at_most', '以内'],
    ['受理诉求达2000件', '2000件', 'exact', '达'],
    ['受理诉求达到2000件', '2000件', 'exact', '达到'],
    ['办结率为98%', '98%', 'exact', '为'],
    ['受理诉求2000件', '2000件', 'exact', undefined],
  ] as const)('%s → %s %s', (text, written, qualifier, marker) => {
    const [figure] = extractFigures(text);
    expect(figure?.written).toBe(written);
    expect(figure?.qualifier).toBe(qualifier);
    expect(figure?.marker).toBe(marker);
  });

  it('lets 余 dominate 达: 达5000余人次 is at least 5000', () => {
    expect(figuresOf('参与群众达5000余人次')).toEqual([['5000余人次', 5000, '人次', 'at_least', '余']]);
  });

  it('does not read the end of another word as a marker (村规民约, 最近, 送达, 违法行为)', () => {
    expect(figuresOf('审核村规民约88份')).toEqual([['88份', 88, '份', 'exact']]);
    expect(figuresOf('最近3次检查')).toEqual([['3次', 3, '次', 'exact']]);
    expect(figuresOf('送达文书12份')).toEqual([['12份', 12, '份', 'exact']]);
    expect(figuresOf('查处违法行为36起')).toEqual([['36起', 36, '起', 'exact']]);
  });

  it('reads 约占…的15% as an approximate share', () => {
    expect(figuresOf('约占全部案件的15%。')).toEqual([['15%', 15, 'percent', 'approximately', '约占']]);
  });

  it('allows spaces between a marker and the number', () => {
    expect(figuresOf('覆盖群众约 4.5 万人次')).toEqual([['4.5 万人次', 45_000, '人次', 'approximately', '约']]);
  });
});

describe('full- and half-width digits and punctuation', () => {
  it('reads full-width digits, decimal point and ％', () => {
    expect(figuresOf('办结率达９８．５％，受理１２件。')).toEqual([
      ['９８．５％', 98.5, 'percent', 'exact', '达'],
      ['１２件', 12, '件', 'exact'],
    ]);
  });

  it('reads the same figures with full-width and with half-width punctuation', () => {
    const full = extractFigures('受理案件12件，办结10件；办结率83.3％。').map((figure) => [figure.value, figure.unit]);
    const half = extractFigures('受理案件12件,办结10件;办结率83.3%.').map((figure) => [figure.value, figure.unit]);
    expect(full).toEqual([
      [12, '件'],
      [10, '件'],
      [83.3, 'percent'],
    ]);
    expect(half).toEqual(full);
  });
});

describe('spaces between the number and the unit', () => {
  it.each([
    ['制作检查记录897  件', '897  件'],
    ['制作检查记录897 \u00a0件', '897 \u00a0件'],
    ['罚款500 \u00a0 元', '500 \u00a0 元'],
    ['共 16 件次', '16 件次'],
    ['接听电话 1.08\u00a0万个', '1.08\u00a0万个'],
    ['办结 12\u3000件', '12\u3000件'],
    ['办结 12\u2009件', '12\u2009件'],
  ])('%j', (text, written) => {
    const [figure] = extractFigures(text);
    expect(figure?.written).toBe(written);
    expect(text.slice(figure?.start, figure?.end)).toBe(written);
  });
});

describe('thousands separators', () => {
  it.each([
    ['办理案件3,562件', 3562],
    ['办理案件1，052件', 1052],
    ['罚没款1,286.75万元', 12_867_500],
    ['持证人员1 268名', 1268],
    ['处罚金额1,234,567元', 1_234_567],
  ])('%s', (text, value) => {
    expect(extractFigures(text).map((figure) => figure.value)).toEqual([value]);
  });

  it('does not take a malformed group for a figure (1,2345件)', () => {
    expect(extractFigures('共计1,2345件')).toEqual([]);
  });
});

describe('percent, percentage points and 倍', () => {
  it('tells percent from percentage points (个百分点 and 百分点)', () => {
    expect(figuresOf('同比增长15.2%，提高2.1个百分点，下降0.5百分点。')).toEqual([
      ['15.2%', 15.2, 'percent', 'exact'],
      ['2.1个百分点', 2.1, 'percentage_point', 'exact'],
      ['0.5百分点', 0.5, 'percentage_point', 'exact'],
    ]);
  });

  it('reads 倍 as a multiple, never as a percentage', () => {
    expect(figuresOf('较上年增长1.5倍')).toEqual([['1.5倍', 1.5, '倍', 'exact']]);
  });

  it('reads 第3位 as a rank and 前3名 as a rank of at most 3', () => {
    expect(figuresOf('排名全省第3位')).toEqual([['第3位', 3, '位', 'exact']]);
    expect(figuresOf('位列全市前3名')).toEqual([['前3名', 3, '位', 'at_most', '前']]);
  });
});

describe('units', () => {
  it('reads every built-in count unit, longest first (人次 before 人, 个次 before 个)', () => {
    const text = '1件,2起,3宗,4个,5次,6场,7场次,8批次,9件次,10人,11名,12人次,13户,14户次,15家,16家次,17个次,18项,19条,20份。';
    expect(extractFigures(text).map((figure) => figure.unit)).toEqual([
      '件',
      '起',
      '宗',
      '个',
      '次',
      '场',
      '场次',
      '批次',
      '件次',
      '人',
      '名',
      '人次',
      '户',
      '户次',
      '家',
      '家次',
      '个次',
      '项',
      '条',
      '份',
    ]);
  });

  it('reads measure words outside the built-in list as custom count units', () => {
    const [figure] = extractFigures('举办培训班8期');
    expect(figure?.unit).toEqual({ custom: '期', label: { 'zh-CN': '期', en: 'issues' }, dimension: 'count' });
  });

  it('reads 3位律师 as people (位 is a rank only after 第)', () => {
    expect(figuresOf('聘请3位律师')).toEqual([['3位', 3, '人', 'exact']]);
  });

  it('does not take a word that starts with a unit character for the unit', () => {
    expect(extractFigures('在3个月内整改，帮扶3家庭，3个工作日内办结，1次性告知，12人民调解委员会')).toEqual([]);
  });
});

describe('Chinese-numeral counts (a bonus, marked chinese)', () => {
  it.each([
    ['一年两次法治政府建设工作交流', ['两次', 2, '次', 'exact']],
    ['组织宣讲十余场', ['十余场', 10, '场', 'at_least', '余']],
    ['开展活动一百二十场次', ['一百二十场次', 120, '场次', 'exact']],
    ['发生安全事故三起', ['三起', 3, '起', 'exact']],
  ] as const)('%s', (text, expected) => {
    const figures = extractFigures(text);
    expect(figures.map(asExpected)).toEqual([expected]);
    expect(figures[0]?.numeral).toBe('chinese');
  });

  it('skips words and slogans written with Chinese numerals', () => {
    for (const text of ['一次性告知', '大家一起努力', '三番两次', '数十次', '第三次全体会议', '“一次办”', '三项制度', '六个不放过', '三位一体']) {
      expect(extractFigures(text)).toEqual([]);
    }
  });
});

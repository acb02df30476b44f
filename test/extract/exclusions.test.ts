import { describe, expect, it } from 'vitest';
import { extractFigures } from '@rule-of-law/core/extract';

/** Written forms of the figures found in a text. */
const written = (text: string): string[] => extractFigures(text).map((figure) => figure.written);

describe('numbers that are not indicators', () => {
  it.each([
    ['years', '2023年，我街坚持依法行政；2024年工作计划。'],
    ['year ranges', '《天津市法治政府建设实施纲要(2021-2025 年)》和(2021—2025年)、2021~2025年'],
    ['dates', '发布日期: 2024-03-26 17:24，签署于2023年11月20日，自2024年1月1日起施行，2024/03/26'],
    ['as-of dates', '截至2023年底，截至2023年12月31日，截至目前'],
    ['document numbers', '依据《规定》（某政发〔2022〕5号）和津滨杭〔2023〕15号、[2024]3号文件'],
    ['version tags', '推进“智慧执法”2.0版建设，上线V3.1版本'],
    ['PM2.5', 'PM2.5平均浓度持续下降，PM10同比下降'],
    ['hotline numbers', '12345政务服务便民热线、12348公共法律服务热线、12315热线和110报警平台'],
    ['slogans in Chinese numerals', '深入实施“八五”普法，落实“三重一大”决策制度、“六个不放过”、“三位一体”和三项制度'],
    ['slogans with arabic digits in short quotes', '健全“1+N”机制，打造“15分钟法律服务圈”，落实“6个不放过”'],
    ['thresholds in Chinese numerals', '对百万元以上合同全部进行合法性审查'],
    ['ordinals', '开展第2次集中轮训，第十四次会议，依据第12条规定'],
    ['list markers', '1.城市综合执法工作\n2、环保督察\n（1）加强领导\n3 人员培训'],
    ['ranges', '每个执法小组由3-5人组成，每组3至5人，每次3人至5人'],
    ['durations', '在3个工作日以内办结，整改期限3个月，24小时值守，每月1日'],
    ['titles of documents', '印发《关于做好2023年度3项重点工作的通知》'],
  ])('%s', (_, text) => {
    expect(written(text)).toEqual([]);
  });
});

describe('category thresholds (not figures) next to real figures', () => {
  it('skips 100万元以上合同 and keeps the count of contracts', () => {
    expect(written('对100万元以上合同全部进行合法性审查，共审查合同236份。')).toEqual(['236份']);
  });

  it('skips 5000元以上罚款案件, 50人以上的群体性事件 and 单笔50万元以上', () => {
    expect(written('对5000元以上罚款案件全部进行法制审核，妥善处置50人以上的群体性事件，单笔50万元以上的支出须集体研究。')).toEqual([]);
  });

  it('skips an inclusive bound: 100万元（含）以上', () => {
    expect(written('对100万元（含）以上合同、5万元(含)以下的罚款进行审查。')).toEqual([]);
  });

  it('skips both ends of a range of percentages (10%-20%)', () => {
    expect(written('增幅在10%-20%之间，同比增长15%。')).toEqual(['15%']);
  });

  it('keeps a figure that ends its clause with 以上 (a figure, not a threshold)', () => {
    expect(written('办理案件100件以上，满意率保持在95%以上的较高水平，参与率达16%以上。')).toEqual(['100件以上', '95%以上', '16%以上']);
  });
});

describe('the exclusions do not hide neighbouring figures', () => {
  it('finds the figures next to years, document numbers and hotlines', () => {
    const text = '2023年，依据某政发〔2022〕5号文件，12345热线受理诉求5,263件，截至2023年底办结5,100件，办结率96.9%。';
    expect(written(text)).toEqual(['5,263件', '5,100件', '96.9%']);
  });

  it('finds a figure right after a year with a space ("2023 年 受理 12 件")', () => {
    expect(written('2023 年受理 12 件')).toEqual(['12 件']);
  });
});

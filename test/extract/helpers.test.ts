import { describe, expect, it } from 'vitest';
import { extractFigures, parseArabicNumber, parseChineseNumeral, pinyinOf } from '@rule-of-law/core/extract';
import { guessFamily } from '../../packages/core/src/extract/families.js';
import { findHeadings } from '../../packages/core/src/extract/headings.js';
import { guessIssuerLevel, parentOfIssuer } from '../../packages/core/src/extract/issuer.js';
import { cleanLabel, labelFigures } from '../../packages/core/src/extract/labels.js';
import { mapOutcome } from '../../packages/core/src/extract/outcomes.js';
import { findPublishedAt, findSignedOn } from '../../packages/core/src/extract/report-dates.js';
import { buildSections } from '../../packages/core/src/extract/sections.js';
import { createIdRegistry, slugFor } from '../../packages/core/src/extract/slugs.js';
import { findTitle } from '../../packages/core/src/extract/title.js';

describe('numbers', () => {
  it.each([
    ['0.39', '万', 3900],
    ['24,879.5', '', 24879.5],
    ['１２．５', '', 12.5],
    ['1 268', '', 1268],
    ['1.2', '亿', 120_000_000],
    ['3', '千万', 30_000_000],
    ['007', '', 7],
  ])('parseArabicNumber(%j, %j) = %d', (digits, multiplier, value) => {
    expect(parseArabicNumber(digits, multiplier)).toBe(value);
  });

  it.each([
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['三百零五', 305],
    ['一万二千', 12_000],
  ])('parseChineseNumeral(%j) = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('returns undefined for what is not a Chinese numeral', () => {
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('三个')).toBeUndefined();
  });
});

describe('outcome categories', () => {
  it.each([
    ['维持被申请人作出的答复', 'uphold'],
    ['驳回申请人的行政复议申请', 'dismiss_application'],
    ['驳回行政复议请求', 'reject_claim'],
    ['行政复议终止', 'terminate'],
    ['申请人撤回申请', 'terminate'],
    ['正审理中', 'pending'],
    ['尚在审理', 'pending'],
    ['撤销并责令重新作出', 'revoke_and_redo'],
    ['部分撤销', 'partially_revoke'],
    ['撤销', 'revoke'],
    ['变更', 'alter'],
    ['确认违法', 'confirm_illegal'],
    ['确认无效', 'confirm_invalid'],
    ['责令履行', 'order_performance'],
    ['调解', 'mediation'],
    ['和解', 'settlement'],
    ['不予受理', 'not_accepted'],
  ])('reconsideration: %s → %s', (phrase, code) => {
    expect(mapOutcome(phrase, 'reconsideration_outcome')?.code).toBe(code);
  });

  it.each([
    ['原告撤回起诉', 'withdrawal'],
    ['原告撤诉', 'withdrawal'],
    ['确定回复违法', 'confirm_illegal'],
    ['确认违法', 'confirm_illegal'],
    ['已开庭未出判决', 'heard_awaiting_judgment'],
    ['未开庭', 'not_yet_heard'],
    ['驳回原告诉讼请求', 'reject_claim'],
    ['驳回起诉', 'dismiss_suit'],
    ['判决撤销', 'revoke'],
    ['审理中', 'pending'],
    ['调解结案', 'mediation'],
  ])('litigation: %s → %s', (phrase, code) => {
    expect(mapOutcome(phrase, 'litigation_outcome')?.code).toBe(code);
  });

  it('flags a bare 驳回 as ambiguous and leaves unknown phrases unmapped', () => {
    expect(mapOutcome('驳回', 'reconsideration_outcome')).toEqual({ code: 'reject_claim', ambiguous: true });
    expect(mapOutcome('其他', 'litigation_outcome')).toBeUndefined();
    expect(mapOutcome('受理', 'reconsideration_outcome')).toBeUndefined();
  });
});

describe('issuer', () => {
  it.each([
    ['天津市滨海新区杭州道街道办事处', 'subdistrict', '天津市滨海新区'],
    ['某某县某某镇人民政府', 'township', '某某县'],
    ['某某县某某乡人民政府', 'township', '某某县'],
    ['某某市某某区人民政府', 'district', '某某市'],
    ['某某省某某市某某县人民政府', 'county', '某某省某某市'],
    ['某某市人民政府', 'municipal', undefined],
    ['某某省人民政府', 'provincial', undefined],
    ['某某市市场监督管理局', 'department', '某某市'],
    ['某某市城市管理综合行政执法局', 'department', '某某市'],
    ['某某市某某区司法局', 'department', '某某市某某区'],
    ['某某县人民政府办公室', 'department', '某某县'],
    ['某某经济技术开发区管委会', 'development_zone', undefined],
    ['某某研究会', 'other', undefined],
  ] as const)('%s → %s, parent %s', (name, level, parent) => {
    expect(guessIssuerLevel(name)).toBe(level);
    expect(parentOfIssuer(name, level)).toBe(parent);
  });
});

describe('headings and sections', () => {
  const text =
    '标题\n  一、主要举措和成效\n  （一）规范执法。全年…\n  1.城市执法:全年处罚9起\n  2、环保督察\n  （二）应诉工作\n二、存在的不足和原因\n一是意识不强；二是…\n三、2024年工作计划\n';

  it('finds numbered headings and cuts run-in bodies at the colon or full stop', () => {
    expect(findHeadings(text).map((heading) => [heading.level, heading.numbering, heading.heading])).toEqual([
      [1, '一、', '主要举措和成效'],
      [2, '（一）', '规范执法'],
      [3, '1.', '城市执法'],
      [3, '2、', '环保督察'],
      [2, '（二）', '应诉工作'],
      [1, '二、', '存在的不足和原因'],
      [1, '三、', '2024年工作计划'],
    ]);
  });

  it('nests sections by level and gives ids by part name and position', () => {
    expect(buildSections(text, findHeadings(text)).map((section) => [section.id, section.parent ?? null, section.order])).toEqual([
      ['measures', null, 0],
      ['measures.1', 'measures', 0],
      ['measures.1.1', 'measures.1', 0],
      ['measures.1.2', 'measures.1', 1],
      ['measures.2', 'measures', 1],
      ['shortcomings', null, 1],
      ['next_year', null, 2],
    ]);
  });
});

describe('title and dates', () => {
  it('skips portal breadcrumbs to find the title', () => {
    expect(findTitle('当前位置:首页> 政务公开\n\n某某区2023年法治政府建设年度报告\n正文')?.text).toBe('某某区2023年法治政府建设年度报告');
  });

  it.each([
    ['发布日期: 2024-03-26 17:24', '2024-03-26T17:24:00'],
    ['发布时间：2024年03月28日 09:30:00', '2024-03-28T09:30:00'],
    ['发布时间：2024年3月6日', '2024-03-06'],
    ['发布日期：2024/3/6', '2024-03-06'],
    ['发布日期：2024-02-30', undefined],
    ['发布时间：2024-03-26T17:24:05+08:00', '2024-03-26T17:24:05+08:00'],
    ['发布时间：2024-03-26 17:24 +0800', '2024-03-26T17:24:00+08:00'],
  ])('findPublishedAt(%j) = %j', (line, expected) => {
    expect(findPublishedAt(line)).toBe(expected);
  });

  it('takes the signing date from the last line that is only a date, arabic or Chinese', () => {
    expect(findSignedOn('正文2023年1月1日起。\n某某镇人民政府\n2024年1月18日\n网站链接')?.date).toBe('2024-01-18');
    expect(findSignedOn('某某县人民政府\n二〇二四年一月五日')?.date).toBe('2024-01-05');
    expect(findSignedOn('没有日期')).toBeUndefined();
  });
});

describe('labels, families and ids', () => {
  it('labels each figure from its clause', () => {
    const text = '2023年,我街共收到举报问题共 16 件次(其中环保类 16 件次),维持5件、撤销1件;3件正审理中;街处级领导接访186批次390人次。';
    expect(labelFigures(text, extractFigures(text)).map((label) => [label.text, label.source])).toEqual([
      ['收到举报问题', 'before'],
      ['环保类', 'before'],
      ['维持', 'before'],
      ['撤销', 'before'],
      ['正审理中', 'after'],
      ['街处级领导接访', 'before'],
      ['街处级领导接访（人次）', 'inherited'],
    ]);
  });

  it('cleans time words, connectives and edge punctuation from labels', () => {
    expect(cleanLabel('截至2023年底，共计')).toBe('');
    expect(cleanLabel('同时，累计审查合同')).toBe('审查合同');
    expect(cleanLabel('物业公司“垃圾分类')).toBe('物业公司“垃圾分类”');
  });

  it('guesses the family from the clause, then the sentence, the previous figure, the section', () => {
    expect(guessFamily({ clause: '行政复议案件', sentence: '', headings: [] })).toEqual({ family: 'reconsideration', source: 'clause' });
    expect(guessFamily({ clause: '居住社区', sentence: '出动执法队员4237人次,检查居住社区', headings: [] })).toEqual({ family: 'enforcement', source: 'sentence' });
    expect(guessFamily({ clause: '占比', sentence: '占比为12%', neighbour: 'reconsideration', headings: [] })).toEqual({
      family: 'reconsideration',
      source: 'neighbour',
    });
    expect(guessFamily({ clause: '审核', sentence: '审核12件', headings: ['加大辖区普法工作'] })).toEqual({ family: 'publicity', source: 'section' });
    expect(guessFamily({ clause: '其他', sentence: '其他', headings: [] })).toEqual({ family: 'other', source: 'none' });
    expect(guessFamily({ clause: '参与行政复议、行政诉讼等工作', sentence: '法律顾问团队参与行政复议、行政诉讼等工作45件', headings: [] }).family).toBe(
      'legal_advice',
    );
    expect(guessFamily({ clause: '《行政复议法》宣传活动', sentence: '', headings: [] }).family).toBe('publicity');
  });

  it('makes English slugs and unique ids', () => {
    expect(slugFor('实施行政处罚', '起')).toBe('penalties');
    expect(slugFor('履职率', 'percent')).toBe('duty_rate');
    expect(slugFor('行政出庭应诉率', 'percent')).toBe('appearance_rate');
    expect(slugFor('同比下降', 'percentage_point')).toBe('decline_points');
    // A slug that names only the kind of figure carries the pinyin of the label's own words (居住区: ju zhu qu).
    expect(slugFor('居住区', '个次')).toBe('juzhuqu_unit_visits');
    expect(slugFor('全省最高、复议后诉讼率', 'percent')).toBe('fuyihoususong_rate');
    expect(slugFor('全市政务服务事项“一网通办”率', 'percent')).toBe('yiwangtongban_rate');
    expect(slugFor('4大类领域案件占全部案件', 'percent')).toBe('daleilingyuanjian_share');
    expect(slugFor('在全市行政许可中占比', 'percent')).toBe('xingzhengxuke_share');
    expect(slugFor('复议诉讼比值', '倍')).toBe('fuyisusong_ratio');
    expect(slugFor('占比', 'percent')).toBe('share');
    expect(pinyinOf('履行率，ABC')).toBe('lvxinglv');
    const ids = createIdRegistry();
    expect((['元', '元', '元'] as const).map((unit) => ids.take('enforcement.fines', unit))).toEqual([
      'enforcement.fines',
      'enforcement.fines_second',
      'enforcement.fines_third',
    ]);
    expect(ids.take('petitions.receptions', '批次')).toBe('petitions.receptions');
    expect(ids.take('petitions.receptions', '人次')).toBe('petitions.receptions_person_visits');
  });
});

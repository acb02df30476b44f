// Labels and sentences as reports write them (from /work/shared/corpus, its structure/ texts and
// examples/hangzhoudao-2023.txt, plus variants), and the codebook id each figure must get.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchStandardIndicator, standardDimensionOf, type Family, type StandardMatch, type StandardMatchInput } from '@rule-of-law/core';

/** What a case expects: an exact id, a qualified id, an entry without an id, or no match. */
type Expected = string | { readonly id: string; readonly qualifier: string } | { readonly entry: string; readonly rest: string } | undefined;

type Case = readonly [label: string, dimension: string, expected: Expected, context?: Omit<StandardMatchInput, 'label' | 'dimension'>];

const XIUSHAN = '2024年,该县司法局办理行政复议案件63件,办结54件,其中调解终止19件,维持17件,受理前化解9件;办理行政应诉案件42件,其中审结30件,胜诉29件。';
const XIUSHAN_RATES = '实质性化解率达94%,行政机关负责人出庭应诉率达100%,调解率为40.74%,复议后起诉率为5.6%';
const ZHONGSHAN =
  '全年共审结行政复议案(含结转)2755件,案件审结率高达93.8%。其中,维持行政复议决定1691件,占比61.4%;驳回申请人行政复议请求630件,占比22.7%;直接纠正(含撤销、确认违法、变更、责令履行)行政机关决定46件,占比1.78%';
const HANGZHOUDAO_RECONSIDERATION =
  '2023年,共计受理天津市滨海新区人民政府行政复议案件 16件:维持被申请人作出的答复6件,驳回申请人的行政复议申请3件,行政复议终止4件;3件正审理中。';
const HANGZHOUDAO_LITIGATION = '2023年,共计受理滨海新区人民法院行政诉讼案件9件:原告撤回起诉1件;确定回复违法3件;已开庭未出判决4件;未开庭1件。';
const QIAOZHONG = '收到政府信息公开申请4件,已办结4件,其中予以公开0件,部分公开1件,无法提供3件,其他0件,结转下年度继续办理0件';
const PENALTIES = '全区共办理行政处罚案件1250件,其中简易程序980件,普通程序270件,罚款326.5万元';

const CASES: readonly Case[] = [
  // enforcement: plain figures are exact
  ['全区共办理行政处罚案件', 'count', 'enforcement.penalties'],
  ['查处违法行为实施行政处罚', 'count', 'enforcement.penalties'],
  ['我局实施行政处罚总数为', 'count', 'enforcement.penalties'],
  ['其中简易程序', 'count', 'enforcement.summary_penalties', { sentence: PENALTIES }],
  ['普通程序', 'count', 'enforcement.ordinary_penalties', { sentence: PENALTIES }],
  ['制作简易处罚案件', 'count', 'enforcement.summary_penalties'],
  ['查处违法行为罚款', 'money', 'enforcement.fines'],
  ['罚没收入', 'money', 'enforcement.fines'],
  ['完成履职数', 'count', 'enforcement.duties_performed'],
  ['履职率', 'percent', 'enforcement.duty_performance_rate'],
  ['行政执法人员参与率', 'percent', 'enforcement.officer_participation_rate'],
  ['制作行政执法检查记录', 'count', 'enforcement.inspection_records'],
  ['全市行政执法人员', 'person', 'enforcement.officers'],
  ['出动执法队员', 'person', 'enforcement.officer_deployments'],
  ['执法人员持证率', 'percent', 'enforcement.certification_rate'],
  ['其中行政许可', 'count', 'enforcement.licences'],
  ['予以许可', 'count', 'enforcement.licences'],
  ['行政强制', 'count', 'enforcement.coercive_measures'],
  ['行政检查', 'count', 'enforcement.inspections'],
  // enforcement: narrower by a known topic → qualified
  ['控烟处罚', 'count', { id: 'enforcement.smoking.penalties', qualifier: 'smoking' }],
  ['控烟罚款', 'money', { id: 'enforcement.smoking.fines', qualifier: 'smoking' }],
  ['对违反《天津市文明行为促进条例》的行为实施行政处罚', 'count', { id: 'enforcement.civility.penalties', qualifier: 'civility' }],
  ['违反文明条例实施行政处罚', 'count', { id: 'enforcement.civility.penalties', qualifier: 'civility' }],
  ['违反文明条例罚款', 'money', { id: 'enforcement.civility.fines', qualifier: 'civility' }],
  ['进行控烟吸烟检查', 'count', { id: 'enforcement.smoking.inspections', qualifier: 'smoking' }],
  ['吸烟执法检查', 'count', { id: 'enforcement.smoking.inspections', qualifier: 'smoking' }],
  ['在执行《天津市生活垃圾管理条例》上,出动执法队员', 'person', { id: 'enforcement.waste.officer_deployments', qualifier: 'waste' }],
  ['控烟专项行动出动执法队员', 'person', { id: 'enforcement.smoking.officer_deployments', qualifier: 'smoking' }],
  ['执法监督平台处罚案件', 'count', { id: 'enforcement.platform.penalties', qualifier: 'platform' }],
  ['重大行政处罚', 'count', { id: 'enforcement.major.penalties', qualifier: 'major' }],
  ['占道经营处罚', 'count', { id: 'enforcement.street_vending.penalties', qualifier: 'street_vending' }],
  ['违法建设罚款', 'money', { id: 'enforcement.illegal_construction.fines', qualifier: 'illegal_construction' }],
  // enforcement: narrower by words the dictionary lacks → no id
  ['检查居住社区', 'count', { entry: 'enforcement.inspections', rest: '居住社区' }],
  ['检查餐饮服务企业', 'count', { entry: 'enforcement.inspections', rest: '餐饮服务企业' }],
  ['网吧控烟处罚', 'count', { entry: 'enforcement.penalties', rest: '网吧控烟' }],
  ['其中市直部门行政执法人员', 'person', { entry: 'enforcement.officers', rest: '市直部门' }],
  ['行政许可申请总数为', 'count', { entry: 'enforcement.licences', rest: '申请' }],
  ['控烟、垃圾分类检查', 'count', { entry: 'enforcement.inspections', rest: '控烟垃圾分类' }],

  // reconsideration
  ['全市各级行政复议机关共收到行政复议申请', 'count', 'reconsideration.received'],
  ['市本级新收行政复议申请', 'count', 'reconsideration.received'],
  ['共收到行政复议案件申请', 'count', 'reconsideration.received'],
  ['受理行政复议案件', 'count', 'reconsideration.accepted'],
  ['受理天津市滨海新区人民政府行政复议案件', 'count', 'reconsideration.accepted', { sentence: HANGZHOUDAO_RECONSIDERATION }],
  ['受理数', 'count', 'reconsideration.accepted', { sentence: '其中,受理数2005件,行政诉讼受案808件', family: 'reconsideration' }],
  ['受理率', 'percent', 'reconsideration.acceptance_rate', { sentence: '受理行政复议案件3129件,受理率为57.71%' }],
  ['办理行政复议案件', 'count', 'reconsideration.cases'],
  ['全市审结行政复议案件', 'count', 'reconsideration.concluded'],
  ['全年共审结行政复议案(含结转)', 'count', 'reconsideration.concluded'],
  ['案件审结率', 'percent', 'reconsideration.completion_rate', { sentence: ZHONGSHAN }],
  ['办结', 'count', 'reconsideration.concluded', { sentence: XIUSHAN }],
  ['维持被申请人作出的答复', 'count', 'reconsideration.upheld', { sentence: HANGZHOUDAO_RECONSIDERATION }],
  ['其中,维持行政复议决定', 'count', 'reconsideration.upheld', { sentence: ZHONGSHAN }],
  ['驳回申请人行政复议请求', 'count', 'reconsideration.rejected', { sentence: ZHONGSHAN }],
  ['驳回申请人的行政复议申请', 'count', 'reconsideration.dismissed', { sentence: HANGZHOUDAO_RECONSIDERATION }],
  ['直接纠正(含撤销、确认违法、变更、责令履行)行政机关决定', 'count', 'reconsideration.corrected', { sentence: ZHONGSHAN }],
  ['行政复议终止', 'count', 'reconsideration.terminated'],
  ['正审理中', 'count', 'reconsideration.pending', { sentence: HANGZHOUDAO_RECONSIDERATION }],
  ['不予受理', 'count', 'reconsideration.not_accepted', { sentence: '收到行政复议申请50件,不予受理5件' }],
  ['确认违法', 'count', 'reconsideration.confirmed_illegal', { sentence: '行政复议案件中确认违法2件' }],
  ['直接纠错率', 'percent', 'reconsideration.correction_rate'],
  ['行政复议纠错率', 'percent', 'reconsideration.correction_rate'],
  ['审结案件纠错率', 'percent', 'reconsideration.correction_rate'],
  ['行政复议阶段矛盾纠纷实质性化解率', 'percent', 'reconsideration.resolution_rate'],
  ['实质性化解率', 'percent', 'reconsideration.resolution_rate', { sentence: XIUSHAN_RATES, family: 'reconsideration' }],
  ['调解和解', 'count', 'reconsideration.mediated_or_settled', { sentence: '行政复议案件中调解和解12件' }],
  ['其中调解终止', 'count', { entry: 'reconsideration.terminated', rest: '调解' }, { sentence: XIUSHAN }],
  ['省政府新收行政复议申请', 'count', { entry: 'reconsideration.received', rest: '省' }],

  // litigation
  ['共计受理滨海新区人民法院行政诉讼案件', 'count', 'litigation.cases', { sentence: HANGZHOUDAO_LITIGATION }],
  ['办理行政应诉案件', 'count', 'litigation.cases'],
  ['胶州市人民法院受理各类行政案件', 'count', 'litigation.cases'],
  ['行政诉讼受案', 'count', 'litigation.cases'],
  ['新收一审行政诉讼案件', 'count', { id: 'litigation.first_instance.cases', qualifier: 'first_instance' }],
  ['全市一审行政案件收案', 'count', { id: 'litigation.first_instance.cases', qualifier: 'first_instance' }],
  ['新收二审行政案件', 'count', { id: 'litigation.second_instance.cases', qualifier: 'second_instance' }],
  ['审结', 'count', 'litigation.concluded', { sentence: XIUSHAN, offset: XIUSHAN.indexOf('审结30件') + 2 }],
  ['全市行政机关败诉案件', 'count', 'litigation.losses'],
  ['原告撤回起诉', 'count', 'litigation.withdrawals', { sentence: HANGZHOUDAO_LITIGATION }],
  ['行政出庭应诉率', 'percent', 'litigation.appearance_rate'],
  ['行政机关负责人出庭应诉率', 'percent', 'litigation.appearance_rate', { sentence: XIUSHAN_RATES }],
  ['败诉率', 'percent', 'litigation.loss_rate'],
  ['一审败诉率', 'percent', { id: 'litigation.first_instance.loss_rate', qualifier: 'first_instance' }],
  ['已开庭未出判决', 'count', { entry: 'litigation.heard', rest: '未出判决' }, { sentence: HANGZHOUDAO_LITIGATION }],
  ['未开庭', 'count', { entry: 'litigation.heard', rest: '未' }, { sentence: HANGZHOUDAO_LITIGATION }],

  // petitions and hotlines
  ['受理群众信访', 'count', 'petitions.received', { sentence: '我街共受理群众信访120批次360人次' }],
  ['受理群众信访', 'person', 'petitions.received.persons', { sentence: '我街共受理群众信访120批次360人次' }],
  ['接待居民来访', 'count', 'petitions.visits'],
  ['接待居民来访人次', 'person', 'petitions.visits.persons'],
  ['群众来信', 'count', 'petitions.letters'],
  ['网上信访', 'count', 'petitions.online'],
  ['信访事项办结率', 'percent', 'petitions.completion_rate'],
  ['群众满意率', 'percent', 'petitions.satisfaction_rate', { sentence: '信访事项办结率100%,群众满意率98%' }],
  ['12345政务服务便民热线工单', 'count', 'petitions.hotline_orders'],
  ['12345热线工单办结率', 'percent', { id: 'petitions.hotline.completion_rate', qualifier: 'hotline' }],
  ['街处级领导接访下访', 'count', { id: 'petitions.leaders.receptions', qualifier: 'leaders' }],
  ['街处级领导接访下访', 'person', { id: 'petitions.leaders.receptions.persons', qualifier: 'leaders' }],
  ['接待群众来电来信', 'count', { entry: 'petitions.letters', rest: '来电' }],

  // legal advisers, decisions, publicity
  ['聘请法律顾问', 'person', 'legal_advice.advisers'],
  ['出具法律意见书', 'count', 'legal_advice.opinions'],
  ['审核各类合同', 'count', 'legal_advice.contracts_reviewed'],
  ['法律顾问团队共计受理为所在单位讨论决定重大事项提供法律意见', 'count', { entry: 'legal_advice.opinions', rest: '单位讨论决定重大事项' }],
  ['重大行政决策', 'count', 'decision_making.major_decisions'],
  ['规范性文件备案审查', 'count', 'decision_making.normative_documents_reviewed'],
  ['审核规范性文件', 'count', 'decision_making.normative_documents_reviewed'],
  ['出台规范性文件', 'count', 'decision_making.normative_documents_issued'],
  ['报送备案规范性文件', 'count', 'decision_making.normative_documents_filed'],
  ['重大行政决策合法性审查', 'count', { id: 'decision_making.major_decisions.legality_reviews', qualifier: 'major_decisions' }],
  ['对规范性文件和重大行政决策开展合法性审查', 'count', { entry: 'decision_making.legality_reviews', rest: '规范性文件和重大' }],
  ['开展普法宣传活动', 'count', 'publicity.events'],
  ['举办法治讲座', 'count', 'publicity.lectures'],
  ['发放宣传资料', 'count', 'publicity.materials'],
  ['受教育群众', 'person', 'publicity.participants', { sentence: '开展普法宣传活动30场,受教育群众5000余人次' }],
  ['累计开展专项宣传活动', 'count', { entry: 'publicity.events', rest: '专项' }],

  // government information disclosure
  ['收到政府信息公开申请', 'count', 'other.disclosure_requests', { sentence: QIAOZHONG }],
  ['本年新收政府信息公开申请数量', 'count', 'other.disclosure_requests'],
  ['已办结', 'count', 'other.disclosure_concluded', { sentence: QIAOZHONG }],
  ['其中予以公开', 'count', 'other.disclosure_granted', { sentence: QIAOZHONG }],
  ['结转下年度继续办理', 'count', 'other.disclosure_carried_over', { sentence: QIAOZHONG }],
  ['法定主动公开政府信息共', 'count', 'other.proactive_disclosures'],

  // negatives
  ['维持', 'count', undefined, { sentence: '行政诉讼案件中,判决维持3件' }],
  ['维持', 'count', undefined, { sentence: XIUSHAN.replace('维持17件', '').replace('胜诉29件', '维持2件') }],
  ['受理', 'count', 'petitions.received', { sentence: '信访办全年受理120件' }],
  ['受理群众来访', 'count', 'petitions.visits'],
  ['受理信访件', 'count', 'petitions.received', { sentence: '受理信访件200件' }],
  ['确认违法', 'count', undefined, { sentence: '行政诉讼案件中确认违法2件' }],
  ['调解率', 'percent', undefined, { sentence: XIUSHAN_RATES }],
  ['化解率', 'percent', undefined, { sentence: '矛盾纠纷化解率达98%' }],
  ['通过简易程序办理案件', 'count', undefined, { sentence: '今年以来,我市复议机构通过简易程序办理案件843件' }],
  ['落实《提高行政复议纠错率工作方案》', 'count', undefined],
  ['《行政处罚法》宣传', 'count', undefined],
  ['受理人民群众来电、来信、来访以及网上系统转办件', 'count', undefined],
  ['维持、驳回请求的', 'count', undefined, { sentence: '行政复议' }],
  ['以纠错、调解、和解等方式实质性化解行政争议', 'count', undefined, { sentence: ZHONGSHAN }],
  ['占比', 'percent', undefined],
  ['同比增长', 'percent', undefined],
  ['服判息诉率', 'percent', undefined],
  ['罚款', 'count', undefined],
  ['出庭应诉率', 'count', undefined],
  ['出庭应诉率', 'percentage_point', undefined],
  ['检查', 'count', undefined, { family: 'publicity' }],
  ['行政处罚', 'count', undefined, { family: 'reconsideration' }],
  ['', 'count', undefined],
];

/** The part of a match a case states. */
function summary(match: StandardMatch | undefined): Expected {
  if (!match) return undefined;
  if (match.id === undefined) return { entry: match.entry.id, rest: match.rest };
  return match.exact ? match.id : { id: match.id, qualifier: match.qualifier };
}

describe('matchStandardIndicator', () => {
  it('has a table of at least 60 hand-written cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const [label, dimension, expected, context] of CASES) {
    it(`${label} (${dimension}${context?.sentence ? ', in its sentence' : ''}) → ${JSON.stringify(expected)}`, () => {
      expect(summary(matchStandardIndicator({ label, dimension, ...context }))).toEqual(expected);
    });
  }

  it('marks exact and qualified matches consistently', () => {
    for (const [label, dimension, , context] of CASES) {
      const match = matchStandardIndicator({ label, dimension, ...context });
      if (!match) continue;
      expect(match.id === match.entry.id).toBe(match.exact);
      if (match.qualifier !== undefined) {
        expect(match.id).toBe(`${match.entry.family}.${match.qualifier}.${match.entry.id.slice(match.entry.family.length + 1)}`);
      }
      expect(label.replace(/[（(][^（）()]*[）)]/g, '')).toContain(match.phrase);
    }
  });

  it('takes the topic nearest before the figure in a sentence with two families', () => {
    const concluded = (offset: number) => matchStandardIndicator({ label: '审结', sentence: '复议案件审结10件;诉讼案件审结5件', offset, dimension: 'count' })?.id;
    expect(concluded(6)).toBe('reconsideration.concluded');
    expect(concluded(16)).toBe('litigation.concluded');
  });

  it('does not narrow by the place or body that handles the cases', () => {
    expect(matchStandardIndicator({ label: '天津市滨海新区审结行政复议案件', dimension: 'count' })?.id).toBe('reconsideration.concluded');
    expect(summary(matchStandardIndicator({ label: '对居住社区开展普法宣传活动', dimension: 'count' }))).toEqual({ entry: 'publicity.events', rest: '居住社区' });
  });

  it('only matches entries of the given family', () => {
    const family: Family = 'enforcement';
    expect(matchStandardIndicator({ label: '其中调解', sentence: '行政复议', family, dimension: 'count' })).toBeUndefined();
    expect(matchStandardIndicator({ label: '行政处罚', family: 'other', dimension: 'count' })?.id).toBe('enforcement.penalties');
  });

  it('reads a long label as it reads a short one (its speed on hostile text is measured in bench/extract, not here)', () => {
    const short = '控烟吸烟检查、行政处罚';
    const long = `${'控烟吸烟检查、'.repeat(2000)}行政处罚`;
    expect(matchStandardIndicator({ label: long, sentence: long, dimension: 'count' })).toEqual(
      matchStandardIndicator({ label: short, sentence: short, dimension: 'count' }),
    );
    expect(matchStandardIndicator({ label: `${'控烟吸烟检查、'.repeat(2000)}实施行政处罚`, family: 'enforcement', dimension: 'count' })?.id).toBe(
      matchStandardIndicator({ label: '控烟吸烟检查、实施行政处罚', family: 'enforcement', dimension: 'count' })?.id,
    );
  });
});

describe('the reference report', () => {
  const report = JSON.parse(readFileSync(new URL('../../../examples/hangzhoudao-2023.json', import.meta.url), 'utf8')) as {
    indicators: { id: string; family: Family; kind: string; label: { 'zh-CN': string }; quantity?: { unit: string } }[];
  };
  // The hand-curated ids that the codebook gives the same figures; the others (enforcement.smoking.checks,
  // petitions.leader_receptions.*) predate it.
  const AGREED = [
    'enforcement.civility.penalties',
    'enforcement.civility.fines',
    'enforcement.waste.officer_deployments',
    'enforcement.penalties',
    'enforcement.fines',
    'enforcement.smoking.penalties',
    'enforcement.smoking.fines',
    'enforcement.duties_performed',
    'enforcement.duty_performance_rate',
    'enforcement.officer_participation_rate',
    'enforcement.inspection_records',
    'litigation.appearance_rate',
    'petitions.visits.persons',
  ];

  it.each(AGREED)('%s: its label gets its id', (id) => {
    const indicator = report.indicators.find((item) => item.id === id);
    const unit = indicator?.quantity?.unit as Parameters<typeof standardDimensionOf>[0];
    expect(indicator && matchStandardIndicator({ label: indicator.label['zh-CN'], family: indicator.family, dimension: standardDimensionOf(unit) ?? '' })?.id).toBe(
      id,
    );
  });
});

describe('standardDimensionOf', () => {
  it('tells persons from other counts, and leaves out points, multiples and ranks', () => {
    expect(
      ['人', '名', '人次', '件', '起', '宗', '批次', '元', 'percent', 'percentage_point', '倍', '位'].map((unit) => standardDimensionOf(unit as never)),
    ).toEqual(['person', 'person', 'person', 'count', 'count', 'count', 'count', 'money', 'percent', undefined, undefined, undefined]);
    expect(standardDimensionOf({ custom: '万人次', label: { 'zh-CN': '万人次' } })).toBe('person');
    expect(standardDimensionOf({ custom: '公里', label: { 'zh-CN': '公里' } })).toBe('count');
  });
});

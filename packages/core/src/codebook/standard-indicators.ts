import type { Family } from '../schema/family.js';
import type { StandardDimension, StandardIndicator, StandardKind } from './standard-indicator.js';

const KIND: Readonly<Record<StandardDimension, StandardKind>> = { count: 'count', person: 'count', money: 'amount', percent: 'rate' };

type More = Pick<StandardIndicator, 'fallbackPhrases' | 'requires' | 'implied' | 'base' | 'numerator'>;

/** One codebook entry on one line: `family.concept`, its labels, dimension and phrases. Not exported from the package. */
// @__NO_SIDE_EFFECTS__
function indicator(
  family: Family,
  concept: string,
  zh: string,
  en: string,
  dimension: StandardDimension,
  phrases: readonly string[],
  more: More = {},
): StandardIndicator {
  return { id: `${family}.${concept}`, family, label: { 'zh-CN': zh, en }, kind: KIND[dimension], dimension, phrases, ...more };
}

/** The topic of reconsideration. */
const RECONSIDERATION = ['复议'];
/** Topics of litigation. */
const LITIGATION = ['诉讼', '应诉', '法院', '审判', '起诉', '开庭', '原告', '一审', '二审', '行政案件'];
/** Topics of petitions and hotlines. */
const PETITIONS = ['信访', '来访', '来信', '来电', '接访', '下访', '网上信访', '信箱', '12345', '热线', '工单', '留言'];
/** Topics of government information disclosure on request. */
const DISCLOSURE = ['信息公开', '依申请公开', '政府信息'];
/** Topics of legal publicity. */
const PUBLICITY = ['普法', '宣传', '讲座', '宣讲', '法治教育', '法治文化', '宪法', '民法典', '法律知识'];
/** Topics of administrative penalties. */
const PENALTY = ['处罚', '执法'];
/** The topic of normative documents. */
const NORMATIVE = ['规范性文件'];

/**
 * The codebook: indicators that annual rule-of-law government reports commonly state, each with the id that
 * every report gives it. An id is a promise across reports: it goes only to a figure that *is* that concept;
 * a figure that is narrower gets a qualified id (`enforcement.smoking.penalties`), see
 * {@link matchStandardIndicator}. Rates name their numerator and denominator (`base`).
 *
 * @example
 * ```ts
 * STANDARD_INDICATORS.find((entry) => entry.id === 'reconsideration.correction_rate')?.base; // 'reconsideration.concluded'
 * ```
 */
// prettier-ignore
export const STANDARD_INDICATORS: readonly StandardIndicator[] = [
  // 行政执法 enforcement
  indicator('enforcement', 'penalties', '行政处罚', 'Administrative penalties', 'count',
    ['行政处罚', '处罚', '处罚案件', '行政处罚案件', '处罚决定', '行政处罚决定', '作出处罚', '处罚决定书']),
  indicator('enforcement', 'summary_penalties', '简易程序处罚', 'Penalties by summary procedure', 'count',
    ['简易程序', '简易处罚', '简易程序案件', '简易处罚案件', '简易程序处罚', '简易程序处罚案件', '当场处罚'], { requires: PENALTY }),
  indicator('enforcement', 'ordinary_penalties', '普通程序处罚', 'Penalties by ordinary procedure', 'count',
    ['普通程序', '普通程序案件', '普通程序处罚', '普通程序处罚案件', '一般程序', '一般程序案件'], { requires: PENALTY }),
  indicator('enforcement', 'fines', '罚款', 'Fines', 'money',
    ['罚款', '罚没', '罚没款', '罚没款项', '罚没金额', '罚款金额', '罚没收入', '处罚金额']),
  indicator('enforcement', 'inspections', '行政检查', 'Inspections', 'count',
    ['检查', '执法检查', '行政检查', '监督检查', '现场检查', '检查次数']),
  indicator('enforcement', 'inspection_records', '执法检查记录', 'Inspection records made', 'count',
    ['检查记录', '执法检查记录', '行政执法检查记录', '现场检查记录']),
  indicator('enforcement', 'officers', '行政执法人员', 'Enforcement officers', 'person',
    ['执法人员', '行政执法人员', '执法队员']),
  indicator('enforcement', 'officer_deployments', '出动执法人员', 'Officers deployed', 'person',
    ['出动', '出动执法人员', '出动执法队员', '出动人员', '出动执法力量']),
  indicator('enforcement', 'certified_officers', '持证执法人员', 'Certified enforcement officers', 'person',
    ['持证', '持证人员', '持证执法人员', '持有执法证', '持有行政执法证', '取得执法证', '取得行政执法证', '领取执法证', '申领执法证']),
  indicator('enforcement', 'certification_rate', '执法人员持证率', 'Certification rate of officers', 'percent',
    ['持证率', '持证上岗率', '执法证持证率'], { base: 'enforcement.officers', numerator: 'enforcement.certified_officers' }),
  indicator('enforcement', 'officer_participation_rate', '行政执法人员参与率', 'Enforcement officers taking part', 'percent',
    ['参与率', '执法参与率', '执法人员参与率'], { requires: ['执法'], base: 'enforcement.officers' }),
  indicator('enforcement', 'duties_listed', '权责事项', 'Duties listed', 'count',
    ['权责事项', '权责清单事项', '职权事项', '执法事项', '行政职权', '权力事项', '应履职事项']),
  indicator('enforcement', 'duties_performed', '履职数', 'Duties performed', 'count',
    ['履职数', '履职', '履职事项', '已履职', '已履职事项', '履职数量']),
  indicator('enforcement', 'duty_performance_rate', '履职率', 'Duty-performance rate', 'percent',
    ['履职率', '事项履职率', '执法履职率'], { base: 'enforcement.duties_listed', numerator: 'enforcement.duties_performed' }),
  indicator('enforcement', 'licences', '行政许可', 'Licences granted', 'count',
    ['行政许可', '许可', '予以许可', '准予许可', '准予行政许可', '许可决定', '作出许可决定']),
  indicator('enforcement', 'coercive_measures', '行政强制', 'Coercive measures', 'count',
    ['行政强制', '行政强制措施', '强制措施', '采取强制措施']),

  // 行政复议 reconsideration
  indicator('reconsideration', 'cases', '行政复议案件', 'Reconsideration cases handled', 'count',
    [], { fallbackPhrases: ['复议案件', '行政复议案件', '复议案', '行政复议案'] }),
  indicator('reconsideration', 'received', '收到复议申请', 'Applications received', 'count',
    ['收到', '新收', '收案', '收件', '接收', '收到申请', '新收案件', '申请数', '申请总数'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'accepted', '受理', 'Applications accepted', 'count',
    ['受理', '予以受理', '受理数', '决定受理', '立案受理'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'not_accepted', '不予受理', 'Applications not accepted', 'count',
    ['不予受理', '决定不予受理', '不予受理决定'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'concluded', '审结', 'Cases concluded', 'count',
    ['审结', '办结', '结案', '审结数', '办结数', '结案数', '已审结', '已办结'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'pending', '审理中', 'Cases pending', 'count',
    ['审理中', '正在审理', '未审结', '尚未审结', '在审', '结转下年度'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'upheld', '维持', 'Upheld', 'count',
    ['维持', '决定维持', '予以维持'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'rejected', '驳回复议请求', 'Claims rejected on the merits', 'count',
    ['驳回请求', '驳回复议请求', '驳回行政复议请求', '驳回申请人请求', '驳回申请人复议请求', '驳回申请人的复议请求',
      '驳回申请人行政复议请求', '驳回申请人的行政复议请求'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'dismissed', '驳回复议申请', 'Applications dismissed', 'count',
    ['驳回申请', '驳回复议申请', '驳回行政复议申请', '驳回申请人复议申请', '驳回申请人的复议申请', '驳回申请人行政复议申请',
      '驳回申请人的行政复议申请'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'corrected', '直接纠错', 'Corrected', 'count',
    ['纠错', '直接纠错', '直接纠正', '纠正', '纠错案件', '直接纠错案件'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'revoked', '撤销', 'Revoked', 'count',
    ['撤销', '部分撤销', '决定撤销', '予以撤销', '撤销并责令重作', '撤销并责令重新作出'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'altered', '变更', 'Altered', 'count',
    ['变更', '决定变更', '予以变更'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'confirmed_illegal', '确认违法', 'Confirmed illegal', 'count',
    ['确认违法', '确认违法决定'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'confirmed_invalid', '确认无效', 'Confirmed invalid', 'count',
    ['确认无效'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'ordered_to_perform', '责令履行', 'Ordered to perform', 'count',
    ['责令履行', '责令履职', '责令被申请人履行', '责令履行法定职责'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'mediated', '调解', 'Mediated', 'count',
    ['调解', '调解结案', '达成调解'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'settled', '和解', 'Settled', 'count',
    ['和解', '达成和解', '和解结案'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'mediated_or_settled', '调解、和解', 'Mediated or settled', 'count',
    ['调解和解', '调解、和解', '调解或和解', '调解与和解', '调解及和解'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'terminated', '终止', 'Terminated', 'count',
    ['终止', '终止审理', '决定终止', '复议终止'], { requires: RECONSIDERATION }),
  indicator('reconsideration', 'correction_rate', '纠错率', 'Correction rate', 'percent',
    ['纠错率', '直接纠错率', '纠正率', '直接纠正率'], { base: 'reconsideration.concluded', numerator: 'reconsideration.corrected' }),
  indicator('reconsideration', 'mediation_rate', '调解率', 'Mediation rate', 'percent',
    ['调解率', '调解和解率'], { requires: RECONSIDERATION, base: 'reconsideration.concluded', numerator: 'reconsideration.mediated_or_settled' }),
  indicator('reconsideration', 'resolution_rate', '综合化解率', 'Comprehensive resolution rate', 'percent',
    ['综合化解率', '实质性化解率', '实质化解率', '化解率', '争议化解率'], { requires: RECONSIDERATION, base: 'reconsideration.concluded' }),
  indicator('reconsideration', 'uphold_rate', '维持率', 'Uphold rate', 'percent',
    ['维持率'], { requires: RECONSIDERATION, base: 'reconsideration.concluded', numerator: 'reconsideration.upheld' }),
  indicator('reconsideration', 'acceptance_rate', '受理率', 'Acceptance rate', 'percent',
    ['受理率'], { requires: RECONSIDERATION, base: 'reconsideration.received', numerator: 'reconsideration.accepted' }),
  indicator('reconsideration', 'completion_rate', '结案率', 'Completion rate', 'percent',
    ['结案率', '审结率', '办结率'], { requires: RECONSIDERATION, base: 'reconsideration.received', numerator: 'reconsideration.concluded' }),

  // 行政诉讼 litigation
  indicator('litigation', 'cases', '行政诉讼案件', 'Administrative suits', 'count',
    ['收案', '受案', '新收', '受理', '立案'],
    { requires: LITIGATION, fallbackPhrases: ['行政诉讼案件', '诉讼案件', '应诉案件', '行政应诉案件', '行政案件', '行政诉讼', '行政应诉'] }),
  indicator('litigation', 'concluded', '审结', 'Suits concluded', 'count',
    ['审结', '结案', '办结', '已审结', '审结数', '结案数'], { requires: LITIGATION }),
  indicator('litigation', 'pending', '审理中', 'Suits pending', 'count',
    ['审理中', '未审结', '尚未审结', '正在审理', '在审'], { requires: LITIGATION }),
  indicator('litigation', 'heard', '开庭审理', 'Suits heard in court', 'count',
    ['开庭', '开庭审理', '已开庭', '开庭案件', '庭审']),
  indicator('litigation', 'losses', '败诉', 'Suits lost', 'count',
    ['败诉', '败诉案件', '判决败诉', '被判败诉']),
  indicator('litigation', 'withdrawals', '撤诉', 'Suits withdrawn', 'count',
    ['撤诉', '准予撤诉', '主动撤诉', '申请撤诉', '撤诉案件', '撤回起诉']),
  indicator('litigation', 'appearances', '负责人出庭应诉', 'Appearances by responsible officials', 'count',
    ['出庭应诉', '出庭', '负责人出庭', '负责人出庭应诉', '出庭应诉案件', '出庭应诉次数']),
  indicator('litigation', 'appearance_rate', '负责人出庭应诉率', 'Court-appearance rate of responsible officials', 'percent',
    ['出庭应诉率', '出庭率', '负责人出庭率', '负责人出庭应诉率', '应诉出庭率'], { base: 'litigation.heard', numerator: 'litigation.appearances' }),
  indicator('litigation', 'loss_rate', '败诉率', 'Loss rate', 'percent',
    ['败诉率'], { base: 'litigation.concluded', numerator: 'litigation.losses' }),
  indicator('litigation', 'merits_loss_rate', '实体败诉率', 'Loss rate on merits judgments', 'percent',
    ['实体败诉率'], { numerator: 'litigation.losses' }),
  indicator('litigation', 'withdrawal_rate', '撤诉率', 'Withdrawal rate', 'percent',
    ['撤诉率'], { base: 'litigation.concluded', numerator: 'litigation.withdrawals' }),
  indicator('litigation', 'completion_rate', '结案率', 'Completion rate', 'percent',
    ['结案率', '审结率'], { requires: LITIGATION, base: 'litigation.cases', numerator: 'litigation.concluded' }),

  // 信访 petitions and hotlines
  indicator('petitions', 'received', '受理信访', 'Petitions received', 'count',
    ['受理', '收到', '登记', '接收', '受理信访', '信访总量', '信访量'],
    { requires: PETITIONS, fallbackPhrases: ['信访', '信访件', '信访事项', '信访案件', '群众信访'] }),
  indicator('petitions', 'received.persons', '受理信访人次', 'Petitions received, person-visits', 'person',
    ['受理', '收到', '登记', '接收', '受理信访', '信访总量', '信访量'],
    { requires: PETITIONS, fallbackPhrases: ['信访', '信访件', '信访事项', '信访案件', '群众信访'] }),
  indicator('petitions', 'visits', '来访', 'Visits', 'count', ['来访', '接待来访', '群众来访', '来访接待']),
  indicator('petitions', 'visits.persons', '来访人次', 'Visits, person-visits', 'person', ['来访', '接待来访', '群众来访', '来访接待']),
  indicator('petitions', 'letters', '来信', 'Letters', 'count', ['来信', '群众来信', '处理来信']),
  indicator('petitions', 'calls', '来电', 'Calls', 'count', ['来电', '群众来电', '接听来电']),
  indicator('petitions', 'online', '网上信访', 'Online petitions', 'count', ['网上信访', '网络信访', '网上来信', '网上投诉']),
  indicator('petitions', 'receptions', '接访下访', 'Petitioners received (接访、下访)', 'count', ['接访', '下访', '接访下访', '约访']),
  indicator('petitions', 'receptions.persons', '接访下访人次', 'Petitioners received, person-visits', 'person',
    ['接访', '下访', '接访下访', '约访']),
  indicator('petitions', 'concluded', '办结', 'Petitions completed', 'count',
    ['办结', '已办结', '结案', '办理完毕'], { requires: PETITIONS }),
  indicator('petitions', 'completion_rate', '办结率', 'Completion rate', 'percent',
    ['办结率', '结案率'], { requires: PETITIONS, base: 'petitions.received', numerator: 'petitions.concluded' }),
  indicator('petitions', 'satisfaction_rate', '满意率', 'Satisfaction rate', 'percent',
    ['满意率', '满意度', '群众满意率', '群众满意度', '回访满意率'], { requires: PETITIONS }),
  indicator('petitions', 'hotline_orders', '12345 热线工单', 'Hotline work orders', 'count',
    ['工单', '热线工单', '12345工单', '12345热线', '12345热线工单', '市民热线', '便民热线', '政务服务便民热线', '12345政务服务便民热线']),

  // 法律顾问 legal advisers
  indicator('legal_advice', 'advisers', '法律顾问', 'Legal advisers', 'person', ['法律顾问', '常年法律顾问', '聘请法律顾问', '聘任法律顾问']),
  indicator('legal_advice', 'public_lawyers', '公职律师', 'Public-sector lawyers', 'person', ['公职律师']),
  indicator('legal_advice', 'opinions', '法律意见', 'Legal opinions given', 'count',
    ['法律意见', '法律意见书', '书面法律意见', '出具法律意见', '提供法律意见']),
  indicator('legal_advice', 'contracts_reviewed', '合同审查', 'Contracts reviewed', 'count',
    ['合同', '合同审查', '审查合同', '合同审核', '审核合同', '协议', '合同协议']),

  // 依法决策 decisions and normative documents
  indicator('decision_making', 'major_decisions', '重大行政决策', 'Major administrative decisions', 'count',
    ['重大行政决策', '重大决策', '重大决策事项', '重大行政决策事项']),
  indicator('decision_making', 'legality_reviews', '合法性审查', 'Legality reviews', 'count',
    ['合法性审查', '合法性审核', '法制审核', '法制审查']),
  indicator('decision_making', 'normative_documents_issued', '制定规范性文件', 'Normative documents issued', 'count',
    ['制定', '出台', '印发', '制发'], { requires: NORMATIVE, implied: NORMATIVE, fallbackPhrases: ['规范性文件', '行政规范性文件'] }),
  indicator('decision_making', 'normative_documents_reviewed', '规范性文件审查', 'Normative documents reviewed', 'count',
    ['规范性文件审查', '规范性文件审核', '审查规范性文件', '审核规范性文件', '规范性文件合法性审查', '规范性文件合法性审核',
      '规范性文件备案审查', '备案审查'], { implied: NORMATIVE }),
  indicator('decision_making', 'normative_documents_filed', '规范性文件备案', 'Normative documents filed', 'count',
    ['备案', '报备', '报送备案', '规范性文件备案', '备案规范性文件'], { requires: NORMATIVE, implied: NORMATIVE }),

  // 普法 legal publicity
  indicator('publicity', 'events', '普法活动', 'Legal publicity events', 'count',
    ['普法活动', '宣传活动', '法治宣传活动', '普法宣传活动', '普法宣传', '法治宣传', '活动'], { requires: PUBLICITY }),
  indicator('publicity', 'lectures', '法治讲座', 'Lectures', 'count',
    ['讲座', '法治讲座', '普法讲座', '法律讲座', '专题讲座', '法治课', '法治课堂']),
  indicator('publicity', 'participants', '参与人次', 'Participants', 'person',
    ['参与', '参加', '参与群众', '参加人员', '参与人数', '参加人数', '受众', '受益群众', '覆盖群众', '受教育群众', '干部群众', '听众'],
    { requires: PUBLICITY }),
  indicator('publicity', 'materials', '宣传资料', 'Materials distributed', 'count',
    ['资料', '宣传资料', '普法资料', '宣传材料', '宣传册', '宣传品', '宣传单', '宣传页', '折页', '手册', '普法读物', '发放资料'],
    { requires: PUBLICITY }),

  // 政府信息公开 government information disclosure (family other)
  indicator('other', 'disclosure_requests', '政府信息公开申请', 'Disclosure requests received', 'count',
    ['收到', '新收', '受理', '接收'],
    { requires: DISCLOSURE, implied: DISCLOSURE, fallbackPhrases: ['政府信息公开申请', '信息公开申请', '依申请公开'] }),
  indicator('other', 'disclosure_concluded', '信息公开申请办结', 'Disclosure requests answered', 'count',
    ['办结', '已办结', '答复', '作出答复', '办理完毕'], { requires: DISCLOSURE, implied: DISCLOSURE }),
  indicator('other', 'disclosure_granted', '予以公开', 'Disclosed in full', 'count', ['予以公开']),
  indicator('other', 'disclosure_partial', '部分公开', 'Disclosed in part', 'count', ['部分公开']),
  indicator('other', 'disclosure_refused', '不予公开', 'Disclosure refused', 'count', ['不予公开']),
  indicator('other', 'disclosure_unavailable', '无法提供', 'Information not held', 'count', ['无法提供']),
  indicator('other', 'disclosure_carried_over', '结转下年度办理', 'Requests carried over', 'count',
    ['结转下年度', '结转下年', '结转下年度继续办理'], { requires: DISCLOSURE, implied: DISCLOSURE }),
  indicator('other', 'proactive_disclosures', '主动公开政府信息', 'Information disclosed proactively', 'count',
    ['主动公开', '主动公开政府信息']),
];

/**
 * The id of every {@link STANDARD_INDICATORS} entry, in table order.
 *
 * @example
 * ```ts
 * STANDARD_INDICATOR_IDS.includes('enforcement.penalties'); // true
 * ```
 */
export const STANDARD_INDICATOR_IDS: readonly string[] = /* @__PURE__ */ STANDARD_INDICATORS.map((entry) => entry.id);

let byId: Map<string, StandardIndicator> | undefined;

/**
 * The codebook entry with this id, if any. Qualified ids (`enforcement.smoking.penalties`) are not entries.
 *
 * @example
 * ```ts
 * standardIndicator('litigation.appearance_rate')?.label.en; // 'Court-appearance rate of responsible officials'
 * standardIndicator('enforcement.smoking.penalties'); // undefined
 * ```
 */
export function standardIndicator(id: string): StandardIndicator | undefined {
  byId ??= new Map(STANDARD_INDICATORS.map((entry) => [entry.id, entry]));
  return byId.get(id);
}

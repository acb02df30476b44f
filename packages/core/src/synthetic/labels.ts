import type { BilingualText } from '../schema/localized-text.js';
import type { Section } from '../schema/section.js';

const label = (zh: string, en: string): BilingualText => Object.freeze({ 'zh-CN': zh, en });

/** Labels of the synthetic indicators, shared (frozen) by every generated report to keep large datasets small. */
export const SYNTHETIC_LABELS = Object.freeze({
  penalties: label('查处违法行为实施行政处罚', 'Administrative penalties imposed'),
  fines: label('查处违法行为罚款', 'Fines imposed'),
  inspectionRecords: label('制作行政执法检查记录', 'Enforcement inspection records made'),
  deployments: label('出动执法队员', 'Officers deployed'),
  dutiesListed: label('权责清单所列职责', 'Duties listed'),
  dutiesPerformed: label('完成履职数', 'Duties performed'),
  dutyRate: label('履职率', 'Duty-performance rate'),
  platformShare: label('主动监督平台案件数量占年度行政执法案件总数比例', 'Cases on the supervision platform, share of all enforcement cases'),
  participationRate: label('行政执法人员参与率', 'Enforcement officers taking part'),
  receptionBatches: label('领导接访下访批次', 'Petitioners received by leaders, batches'),
  receptionPersons: label('领导接访下访人次', 'Petitioners received by leaders, person-visits'),
  visitPersons: label('接待居民来访人次', 'Residents’ visits, person-visits'),
  channels: label('受理来电、来信、来访及网上转办件', 'Calls, letters, visits and online referrals received'),
  channelVisits: label('接待居民来访', 'Residents’ visits'),
  channelCalls: label('接待群众来电来信', 'Calls and letters'),
  channelOnline: label('网上留言板转办件', 'Referrals from online message boards'),
  channelSmart: label('智慧信访系统转办单', 'Referrals from the smart petition system'),
  petitionsAccepted: label('受理信访事项', 'Petition matters accepted'),
  petitionsCompleted: label('办结信访事项', 'Petition matters completed'),
  petitionsCompletionRate: label('信访事项办结率', 'Petition completion rate'),
  petitionsAcceptedChange: label('受理信访事项同比增减', 'Petition matters accepted, change on the year before'),
  reconsideration: label('行政复议案件', 'Administrative reconsideration cases'),
  correctionRate: label('行政复议纠错率', 'Reconsideration correction rate'),
  litigation: label('行政诉讼案件', 'Administrative litigation cases'),
  appearanceRate: label('行政机关负责人出庭应诉率', 'Court-appearance rate of responsible officials'),
  opinions: label('为重大事项决定提供法律意见', 'Legal opinions on major decisions'),
  contracts: label('审核法律文书、合同、协议', 'Legal documents and contracts reviewed'),
  publicityEvents: label('开展普法活动', 'Legal publicity events'),
  publicityAudience: label('普法活动覆盖群众', 'People reached by legal publicity'),
  normativeDocuments: label('合法性审核规范性文件', 'Normative documents reviewed for legality'),
});

/** The five-part structure of an annual report, shared by every generated report. */
export const SYNTHETIC_SECTIONS: readonly Section[] = Object.freeze(
  [
    { id: 'measures', numbering: '一、', heading: '主要举措和成效', order: 0 },
    { id: 'shortcomings', numbering: '二、', heading: '存在的不足和原因', order: 1 },
    { id: 'leadership', numbering: '三、', heading: '党政主要负责人履行推进法治建设第一责任人职责情况', order: 2 },
    { id: 'plans', numbering: '四、', heading: '下一年度主要安排', order: 3 },
  ].map((section) => Object.freeze(section)),
) as readonly Section[];

import { OPAQUE_WORDS } from './label-words.js';
/** One topic that narrows a standard indicator: the zh words that name it and the slug it puts in an id. */
export interface TopicQualifier {
  /** The slug between family and concept: `enforcement.smoking.penalties`. */
  readonly slug: string;
  /** zh words that name the topic; at one position the longest wins (环保督察 before 环保). */
  readonly words: readonly string[];
  /**
   * True for the regulations a sentence is about as a whole ("开展控烟专项行动…处罚8起"): their topic
   * carries to the sentence's bare figures. Other topics (a platform, a sector) qualify only a label that names them.
   */
  readonly carries?: true;
}

// @__NO_SIDE_EFFECTS__
function topic(slug: string, ...words: string[]): TopicQualifier {
  return { slug, words };
}

/** A regulation's topic, which carries from a sentence to its bare figures. */
// @__NO_SIDE_EFFECTS__
function regulation(slug: string, ...words: string[]): TopicQualifier {
  return { slug, words, carries: true };
}

/**
 * The topics that qualify an id when a label is narrower than a codebook entry: 控烟处罚 is
 * `enforcement.smoking.penalties`, 对违反《天津市文明行为促进条例》的行为实施行政处罚 is
 * `enforcement.civility.penalties`. A narrowing word that is not here leaves the figure without a codebook id.
 *
 * @example
 * ```ts
 * TOPIC_QUALIFIERS.find((entry) => entry.words.includes('控烟'))?.slug; // 'smoking'
 * ```
 */
export const TOPIC_QUALIFIERS: readonly TopicQualifier[] = [
  // city management and the regulations that subdistricts enforce
  regulation('civility', '文明行为', '文明条例', '文明行为促进条例', '不文明行为'),
  regulation('smoking', '控烟', '吸烟', '控制吸烟'),
  regulation('waste', '生活垃圾', '垃圾分类', '垃圾'),
  regulation('fireworks', '燃放烟花爆竹', '烟花爆竹', '禁燃禁放', '禁放'),
  regulation('street_vending', '占道', '占道经营', '流动摊贩', '马路市场'),
  regulation('illegal_construction', '违法建设', '违建', '违章建筑', '违法建筑', '私搭乱建', '拆违'),
  regulation('dust', '扬尘'),
  regulation('cooking_fumes', '油烟', '餐饮油烟'),
  regulation('noise', '噪声', '噪音'),
  regulation('city_appearance', '市容', '市容环境', '市容市貌'),
  regulation('construction_waste', '渣土', '建筑垃圾'),
  regulation('outdoor_ads', '户外广告', '广告牌匾', '牌匾'),
  regulation('straw_burning', '秸秆', '秸秆焚烧'),
  regulation('ritual_burning', '祭祀焚烧', '文明祭扫', '焚烧祭品', '烧纸'),
  regulation('urban_management', '城管', '城市管理', '综合行政执法局'),
  // sectors and departments
  topic('food_safety', '食品', '食品安全'),
  topic('drug_safety', '药品', '药品安全'),
  topic('work_safety', '安全生产'),
  topic('fire_safety', '消防'),
  topic('traffic', '交通', '交通运输', '道路运输'),
  topic('traffic_police', '交警', '公安交警', '交通管理'),
  topic('market_regulation', '市场监管', '市场监督管理'),
  topic('police', '公安'),
  topic('labour', '人社', '人力资源', '人力社保', '人力资源和社会保障', '劳动保障'),
  topic('work_injury', '工伤', '工伤认定'),
  topic('natural_resources', '自然资源', '国土', '规划和自然资源'),
  topic('environment', '生态环境', '环境保护', '环保'),
  topic('environmental_inspection', '环保督察', '环境保护督察', '生态环境保护督察'),
  topic('tax', '税务'),
  topic('health', '卫生健康', '卫健'),
  topic('agriculture', '农业农村', '农业'),
  topic('housing_construction', '住建', '住房和城乡建设', '住房城乡建设'),
  topic('culture_tourism', '文旅', '文化旅游', '文化市场', '文化和旅游'),
  topic('water', '水利', '水务'),
  topic('emergency_management', '应急管理'),
  topic('commerce', '商务'),
  topic('civil_affairs', '民政'),
  topic('education', '教育局', '教育部门'),
  topic('epidemic', '疫情', '疫情防控'),
  topic('expropriation', '征收', '征迁', '拆迁', '征地', '房屋征收'),
  topic('property_registration', '不动产登记'),
  topic('information_disclosure', '信息公开', '政府信息公开'),
  topic('complaints', '投诉举报', '举报投诉'),
  topic('businesses', '涉企'),
  topic('youth', '青少年', '未成年人', '中小学生'),
  topic('random_checks', '双随机', '双随机一公开'),
  // who and where
  topic('platform', '执法监督平台', '监督平台', '执法平台'),
  topic('leaders', '领导', '街处级领导', '处级领导', '领导干部', '主要领导', '党政领导', '负责同志'),
  topic('hotline', '12345', '热线', '12345热线', '市民热线', '便民热线', '工单', '热线工单', '12345工单'),
  topic('first_instance', '一审'),
  topic('second_instance', '二审'),
  topic('major', '重大'),
  topic('major_decisions', '重大行政决策', '重大决策'),
];

/** Names of bodies that hold topic words by accident (人民政府 holds 民政). */
const OPAQUE = /* @__PURE__ */ new RegExp(OPAQUE_WORDS.join('|'), 'gu');

let topicPattern: RegExp | undefined;
let slugOfWord: Map<string, string> | undefined;

/**
 * The topic a sentence has set before a position: its first regulation's topic word before `end`
 * ({@link TopicQualifier.carries}; Chinese sets the
 * topic first: "开展控烟专项行动…办理举报投诉13起…处罚8起"), outside the titles of laws and documents
 * (《天津市文明行为促进条例》 names a law, not the topic). A figure whose own label names a bare concept
 * ("罚款650元") belongs to the topic its sentence set ("违反文明条例…处罚9起,罚款650元").
 *
 * @example
 * ```ts
 * topicBefore('违反文明条例相关规定实施行政处罚9起,罚款650元', 24); // 'civility'
 * topicBefore('在落实《天津市文明行为促进条例》的同时,实施行政处罚41起', 28); // undefined
 * ```
 */
export function topicBefore(sentence: string, end: number): string | undefined {
  if (!topicPattern || !slugOfWord) {
    slugOfWord = new Map(TOPIC_QUALIFIERS.filter((entry) => entry.carries).flatMap((entry) => entry.words.map((word) => [word, entry.slug] as const)));
    topicPattern = new RegExp([...slugOfWord.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');
  }
  const blank = (words: string) => ' '.repeat(words.length);
  const text = sentence
    .slice(0, Math.max(0, end))
    .replace(/《[^《》\n]*》/gu, blank)
    .replace(OPAQUE, blank);
  topicPattern.lastIndex = 0;
  const first = topicPattern.exec(text)?.[0];
  return first === undefined ? undefined : slugOfWord.get(first);
}

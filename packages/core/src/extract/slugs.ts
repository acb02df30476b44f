import { unitKey } from '../schema/unit.js';
import type { Unit } from '../schema/unit.js';
import { pinyinOf } from './pinyin.js';
import { unitKind, unitSlug } from './units.js';

/** Words of a label and the English slug they give an id. The word nearest the figure (last in the label) wins. */
// prettier-ignore
const COUNT_WORDS: readonly (readonly [string, string])[] = [
  ['行政处罚', 'penalties'], ['处罚', 'penalties'], ['罚款', 'fines'], ['罚没', 'fines'],
  ['简易程序', 'summary_cases'], ['简易处罚', 'summary_cases'], ['普通程序', 'ordinary_cases'],
  ['简易程序案件', 'summary_cases'], ['简易处罚案件', 'summary_cases'], ['普通程序案件', 'ordinary_cases'],
  ['处罚案件', 'penalty_cases'], ['执法案件', 'enforcement_cases'], ['信访件', 'petitions'], ['转办件', 'transfers'],
  ['转办单', 'transfers'], ['受理', 'accepted'], ['审结', 'concluded'], ['办结', 'completed'], ['申请', 'applications'],
  ['收到', 'received'],
  ['检查记录', 'inspection_records'], ['记录', 'records'], ['执法检查', 'inspections'], ['检查', 'inspections'],
  ['巡查', 'patrols'], ['抽查', 'spot_checks'], ['执法队员', 'officers'], ['执法人员', 'officers'], ['队员', 'officers'],
  ['劝阻', 'dissuaded'], ['投诉', 'complaints'], ['举报', 'reports'], ['整治', 'campaigns'], ['专项行动', 'campaigns'],
  ['企业', 'businesses'], ['商户', 'businesses'], ['社区', 'communities'], ['场所', 'premises'],
  ['履职数', 'duties_performed'], ['履职', 'duties'], ['案卷', 'case_files'], ['案件', 'cases'], ['问题', 'issues'],
  ['接访', 'receptions'], ['下访', 'receptions'], ['来访', 'visits'], ['来电', 'calls'], ['来信', 'letters'],
  ['来电来信', 'calls_and_letters'], ['信访', 'petitions'], ['转办', 'transfers'], ['工单', 'work_orders'],
  ['热线', 'hotline_calls'], ['诉求', 'requests'], ['法律意见', 'legal_opinions'], ['合同', 'contracts'],
  ['协议', 'contracts'], ['法律事务', 'legal_affairs'], ['法律文书', 'legal_documents'],
  ['重大行政决策', 'major_decisions'], ['决策', 'decisions'], ['规范性文件', 'normative_documents'],
  ['合法性审查', 'legality_reviews'], ['合法性审核', 'legality_reviews'], ['备案', 'filings'],
  ['讲座', 'lectures'], ['培训', 'trainings'], ['宣传', 'publicity_events'], ['活动', 'events'],
  ['资料', 'materials'], ['材料', 'materials'], ['宣传册', 'booklets'], ['复议', 'cases'], ['诉讼', 'cases'],
  ['出庭', 'appearances'], ['调解', 'mediations'], ['纠纷', 'disputes'], ['矛盾', 'disputes'],
  ['会议', 'meetings'], ['考试', 'exams'], ['工作', 'tasks'], ['人次', 'person_visits'], ['群众', 'residents'],
  ['事项', 'matters'], ['服务点', 'service_points'], ['项目', 'projects'], ['案例', 'examples'], ['单位', 'bodies'],
  ['部门', 'departments'], ['政府', 'governments'], ['机构', 'bodies'], ['人员', 'personnel'], ['收案', 'cases_received'],
  ['收费', 'fees'], ['救助金', 'relief_funds'], ['平台', 'platforms'], ['文件', 'documents'], ['中心', 'centres'],
  ['村', 'villages'], ['清单', 'lists'], ['意见', 'opinions'], ['建议', 'suggestions'], ['制度', 'rules'],
  ['许可', 'licences'], ['强制', 'coercive_measures'], ['公开', 'disclosures'], ['规章', 'regulations'],
  ['增加', 'increase'], ['减少', 'decrease'], ['化解', 'resolved'], ['执行', 'enforced'],
];

/** Money words and their slugs. */
// prettier-ignore
const MONEY_WORDS: readonly (readonly [string, string])[] = [
  ['罚款', 'fines'], ['罚没', 'fines'], ['资金', 'funds'], ['赔偿', 'compensation'], ['收费', 'fees'], ['救助金', 'relief_funds'], ['金额', 'amount'],
];

/** A change word at the end of a label, where it names the percentage after it. */
const CHANGE_AT_END = /(?:增长|增加|上升|提高|下降|减少|降低)(?:了|为|达|约|幅度为?|幅为?)?$/;

/** Rate words and their slugs; "率" alone gives `rate`. */
// prettier-ignore
const RATE_WORDS: readonly (readonly [string, string])[] = [
  ['出庭应诉率', 'appearance_rate'], ['应诉率', 'appearance_rate'], ['出庭率', 'appearance_rate'],
  ['办结率', 'completion_rate'], ['结案率', 'completion_rate'], ['履职率', 'duty_rate'],
  ['参与率', 'participation_rate'], ['持证率', 'certification_rate'], ['败诉率', 'loss_rate'],
  ['纠错率', 'correction_rate'], ['调解成功率', 'mediation_success_rate'], ['调解率', 'mediation_rate'],
  ['化解率', 'resolution_rate'], ['满意率', 'satisfaction_rate'], ['满意度', 'satisfaction'],
  ['维持率', 'uphold_rate'], ['撤诉率', 'withdrawal_rate'], ['公开率', 'disclosure_rate'],
  ['审查率', 'review_rate'], ['审核率', 'review_rate'], ['覆盖率', 'coverage_rate'], ['知晓率', 'awareness_rate'],
  ['及时率', 'timeliness_rate'], ['回复率', 'reply_rate'], ['增长', 'growth'], ['增加', 'growth'],
  ['上升', 'growth'], ['提高', 'growth'], ['下降', 'decline'], ['减少', 'decline'], ['降低', 'decline'],
  ['占比', 'share'], ['比例', 'share'], ['比重', 'share'], ['比值', 'ratio'], ['之比', 'ratio'], ['率', 'rate'],
];

/** A word list compiled for {@link nearestWord}: slugs by word, and the word lengths longest first. */
interface WordTable {
  readonly slugs: ReadonlyMap<string, string>;
  readonly lengths: readonly number[];
}

const tables = new WeakMap<readonly (readonly [string, string])[], WordTable>();

function tableOf(words: readonly (readonly [string, string])[]): WordTable {
  let table = tables.get(words);
  if (!table) {
    const slugs = new Map<string, string>();
    for (const [word, slug] of words) if (!slugs.has(word)) slugs.set(word, slug);
    table = { slugs, lengths: [...new Set(words.map(([word]) => word.length))].sort((a, b) => b - a) };
    tables.set(words, table);
  }
  return table;
}

/** The slug of the word that ends nearest the end of the label (the longest of those ending there). */
function nearestWord(label: string, words: readonly (readonly [string, string])[]): string | undefined {
  const { slugs, lengths } = tableOf(words);
  for (let end = label.length; end > 0; end -= 1) {
    for (const length of lengths) {
      if (length > end) continue;
      const slug = slugs.get(label.slice(end - length, end));
      if (slug !== undefined) return slug;
    }
  }
  return undefined;
}

/** Slugs that say what kind of figure it is but not what it counts: the label's own words qualify them. */
const GENERIC_SLUGS: ReadonlySet<string> = new Set(['share', 'rate', 'growth', 'decline', 'change', 'amount', 'ratio']);

/** The slug the word lists give, and whether it says only the kind of figure (a rate word alone, the unit). */
function wordSlug(label: string, unit: Unit): { slug: string; generic: boolean } {
  const kind = unitKind(unit);
  const of = (slug: string) => ({ slug, generic: GENERIC_SLUGS.has(slug) });
  if (kind === 'percent') {
    const slug = nearestWord(label, RATE_WORDS) ?? 'share';
    // A change word names the percentage only right before it ("同比增长"); "上升至2024年的41.5%" is a level.
    return of((slug === 'growth' || slug === 'decline') && !CHANGE_AT_END.test(label) ? 'share' : slug);
  }
  if (kind === 'money') return of(nearestWord(label, MONEY_WORDS) ?? nearestWord(label, COUNT_WORDS) ?? 'amount');
  if (kind === 'percentage_point' || kind === 'multiple') {
    const word = nearestWord(label, RATE_WORDS) ?? 'change';
    if (kind === 'multiple' && (word === 'share' || word === 'ratio')) return of('ratio');
    return { slug: `${word}_${kind === 'multiple' ? 'multiple' : 'points'}`, generic: GENERIC_SLUGS.has(word) };
  }
  if (kind === 'rank') return of('rank');
  const word = nearestWord(label, COUNT_WORDS);
  return word === undefined ? { slug: unitSlug(unit), generic: true } : of(word);
}

/** Punctuation and brackets that divide a label into its pieces; the last piece with words names the figure. */
const LABEL_PIECES = /[、，,；;：:“”"‘’《》〈〉（）()[\]【】\s]+/u;
/** Words of scope, acts and links at the start of a piece: they do not say what is counted. */
const LEADING_WORDS =
  /^(?:全市|全省|全区|全县|全镇|全街|全年|本年度|本年|年度|市级|区级|县级|在|对|占|共|累计|其中|开展|建立|带动|达到|举行|完成|实现|和|及|与|各)+/u;
/** Rate, change and link words at the end of a piece: the slug says them already. */
const TRAILING_WORDS =
  /(?:率|占比|比例|比重|比值|之比|同比|增长|增加|上升|提高|下降|减少|降低|超过|达到|总数|总量|数量|数|为|达|约|近|的|中|等|了|和|及|与|共计|共)+$/u;
/** The most characters of a label an id carries. */
const OWN_WORDS_MAX = 6;

/**
 * The words of a label that name what its figure counts, for a generic slug to carry: the last piece
 * with two or more characters once scope and rate words are taken off; for a share, the words before
 * 占 ("4大类领域案件占全部案件" → 大类领域案件). At most six characters, the nearest the figure.
 */
export function ownWords(label: string): string {
  const share = label.lastIndexOf('占');
  const subject = share > 1 ? label.slice(0, share) : label;
  const pieces = subject.split(LABEL_PIECES).reverse();
  for (const piece of pieces) {
    const words = piece
      .replace(/[^\p{Script=Han}]+/gu, '')
      .replace(LEADING_WORDS, '')
      .replace(TRAILING_WORDS, '')
      .replace(LEADING_WORDS, '');
    if (words.length >= 2) return words.slice(-OWN_WORDS_MAX);
  }
  return '';
}

/**
 * A slug for a figure's id, from the words of its label nearest the figure (in English where the word
 * lists know them), else its unit. A slug that says only the kind of figure (share, rate, the unit) is
 * qualified with the pinyin of the label's own words, so that it says what is counted and stays the same
 * for the same words in another report: "掌上执法率" → `zhangshangzhifa_rate`, never a bare `rate`.
 *
 * @example
 * ```ts
 * slugFor('实施行政处罚', '起'); // 'penalties'
 * slugFor('履职率', 'percent'); // 'duty_rate'
 * slugFor('掌上执法率', 'percent'); // 'zhangshangzhifa_rate'
 * slugFor('郑州市市级行政执法主体', '个'); // 'xingzhengzhifazhuti_units'
 * ```
 */
export function slugFor(label: string, unit: Unit): string {
  const { slug, generic } = wordSlug(label, unit);
  if (!generic) return slug;
  const own = pinyinOf(ownWords(label));
  return own === '' ? slug : `${own}_${slug}`;
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/**
 * An ordinal in words for ids and categories, which stay letters only: 2 → second, 21 → twenty_first;
 * from 100 on, the digits spelt as letters (never reached in practice).
 *
 * @example
 * ```ts
 * ordinalWord(2); // 'second'
 * ```
 */
export function ordinalWord(n: number): string {
  if (n <= 10) return ORDINALS[n] ?? 'first';
  if (n < 20) return TEENS[n - 10] ?? 'tenth';
  if (n < 100) {
    const tens = TENS[Math.floor(n / 10)] ?? '';
    const ones = n % 10;
    return ones === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}_${ORDINALS[ones]}`;
  }
  return `number_${String(n).replace(/\d/g, (digit) => 'abcdefghij'.charAt(Number(digit)))}`;
}

/** Hands out unique indicator ids. */
export interface IdRegistry {
  /**
   * A unique id from a base: the base itself when free; for a figure in another unit than the one
   * holding the base, the base with the unit's slug ("receptions_person_visits"); otherwise the base
   * with an ordinal in words ("fines_second"), so that ids stay readable words.
   */
  take(base: string, unit: Unit): string;
}

/**
 * A registry of the ids used so far in one report.
 *
 * @example
 * ```ts
 * const ids = createIdRegistry();
 * ids.take('enforcement.fines', '元'); // 'enforcement.fines'
 * ids.take('enforcement.fines', '元'); // 'enforcement.fines_second'
 * ids.take('petitions.receptions', '批次'); // 'petitions.receptions'
 * ids.take('petitions.receptions', '人次'); // 'petitions.receptions_person_visits'
 * ```
 */
export function createIdRegistry(): IdRegistry {
  const units = new Map<string, string>();
  const nextNumber = new Map<string, number>();
  const claim = (id: string, key: string): string => {
    units.set(id, key);
    return id;
  };
  return {
    take(base, unit) {
      const key = unitKey(unit);
      const holder = units.get(base);
      if (holder === undefined) return claim(base, key);
      const stem = holder !== key && unitKind(unit) === 'count' ? `${base}_${unitSlug(unit)}` : base;
      if (!units.has(stem)) return claim(stem, key);
      let n = nextNumber.get(stem) ?? 2;
      while (units.has(`${stem}_${ordinalWord(n)}`)) n += 1;
      nextNumber.set(stem, n + 1);
      return claim(`${stem}_${ordinalWord(n)}`, key);
    },
  };
}

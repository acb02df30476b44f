import type { Family } from '../schema/family.js';
import { DOMAIN_WORDS, FAMILY_GENERIC_WORDS, FILLER_WORDS, OPAQUE_WORDS } from './label-words.js';
import { STANDARD_DIMENSIONS, type StandardDimension, type StandardIndicator } from './standard-indicator.js';
import { STANDARD_INDICATORS, standardIndicator } from './standard-indicators.js';
import { TOPIC_QUALIFIERS } from './topic-qualifiers.js';

/** A figure to match against the codebook. */
export interface StandardMatchInput {
  /** The words before the figure, as the extractor labels it ("全区共办理行政处罚案件", "其中简易程序"). */
  readonly label: string;
  /** The sentence the figure is in: it gives the topic when the label does not (维持 after 行政复议…). */
  readonly sentence?: string | undefined;
  /** Where the figure starts in `sentence`; without it, where the label first occurs there. */
  readonly offset?: number | undefined;
  /** The family already guessed for the figure: only entries of it match (`other` or none: any family). */
  readonly family?: Family | undefined;
  /** The figure's dimension, see {@link standardDimensionOf}: 人/名/人次 `person`, 件/起/宗 `count`, 元 `money`, % `percent`. */
  readonly dimension: StandardDimension | (string & {});
}

interface StandardMatchBase {
  /** The codebook entry the label names. */
  readonly entry: StandardIndicator;
  /** The phrase of the label that named it. */
  readonly phrase: string;
}

/** The label names exactly the entry's concept: the figure takes the entry's id. */
export interface ExactStandardMatch extends StandardMatchBase {
  readonly id: string;
  readonly exact: true;
  readonly qualifier?: undefined;
}

/** The label narrows the concept by one known topic: the figure takes `${family}.${qualifier}.${concept}`. */
export interface QualifiedStandardMatch extends StandardMatchBase {
  readonly id: string;
  readonly exact: false;
  /** The topic's slug from {@link TOPIC_QUALIFIERS} (`smoking`). */
  readonly qualifier: string;
}

/**
 * The label narrows the concept by words that are not a known topic (or by several topics): no codebook id
 * fits, and the caller keeps its own.
 */
export interface UnresolvedStandardMatch extends StandardMatchBase {
  readonly id?: undefined;
  readonly exact: false;
  readonly qualifier?: undefined;
  /** The narrowing words left in the label ("网吧控烟", "居住社区"). */
  readonly rest: string;
}

/** What {@link matchStandardIndicator} finds: an exact id, a qualified id, or an entry without an id. */
export type StandardMatch = ExactStandardMatch | QualifiedStandardMatch | UnresolvedStandardMatch;

interface PhraseUse {
  readonly entry: StandardIndicator;
  readonly fallback: boolean;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Compiled {
  readonly phrases: RegExp;
  readonly uses: ReadonlyMap<string, readonly PhraseUse[]>;
  readonly topics: RegExp;
  readonly domain: ReadonlySet<string>;
  readonly qualifiers: RegExp;
  readonly slugs: ReadonlyMap<string, string>;
  readonly opaque: RegExp;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of words, the longest first so that at one position the longest wins. */
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');

const TITLES = /《[^《》\n]*》/g;
const BRACKETS = /[（(][^（）()\n]*[）)]/g;
const blank = (text: string): string => ' '.repeat(text.length);

/** Digits, years and dates, ordinal markers (一是), punctuation and spaces: never a narrowing word. */
const NON_WORDS =
  '\\d{4}年度?|\\d{1,2}月(?:\\d{1,2}日)?|[一二三四五六七八九十]+是|' +
  '[\\d０-９.,，、。；;：:!！?？%％\\s\\u00a0\\u3000"\'“”‘’()（）\\[\\]【】《》〈〉「」『』·…—\\-+/]';

/** Place names at the start of what is left of a label (天津市滨海新区, 胶州市): the place the report is about. */
const PLACE = /^(?:[\u4e00-\u9fff]{2,4}?(?:省|自治区|自治州|市(?!场)|新区|区|县|旗|镇|乡|街道))+/;
/** …but not a neighbourhood: 居住社区 is what was inspected. */
const NOT_PLACE = /(?:社区|小区|园区|景区|校区|片区|厂区|营区|库区|城区|辖区|街区|矿区|林区|山区|郊区|市区|商区|地区)$/;

let compiled: Compiled | undefined;
const fillerPatterns = new Map<Family, RegExp>();
const ownPatterns = new Map<StandardIndicator, RegExp | null>();
let lastSentence: string | undefined;
let lastTopics: readonly Found[] = [];

function compile(): Compiled {
  if (compiled) return compiled;
  const uses = new Map<string, PhraseUse[]>();
  const use = (phrase: string, entry: StandardIndicator, fallback: boolean) => {
    const list = uses.get(phrase) ?? [];
    if (!list.some((item) => item.entry === entry && item.fallback === fallback)) list.push({ entry, fallback });
    uses.set(phrase, list);
  };
  const topicWords = new Set(DOMAIN_WORDS);
  for (const entry of STANDARD_INDICATORS) {
    for (const phrase of entry.phrases) use(phrase, entry, false);
    for (const phrase of entry.fallbackPhrases ?? []) use(phrase, entry, true);
    for (const word of entry.requires ?? []) topicWords.add(word);
  }
  const slugs = new Map<string, string>();
  for (const { slug, words } of TOPIC_QUALIFIERS) for (const word of words) slugs.set(word, slug);
  const qualifierSource = [...slugs.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => (word === '领导' ? '领导(?!下)' : escape(word)))
    .join('|');
  compiled = {
    phrases: new RegExp(alternation(uses.keys()), 'g'),
    uses,
    topics: new RegExp(alternation(topicWords), 'g'),
    domain: new Set(DOMAIN_WORDS),
    qualifiers: new RegExp(qualifierSource, 'g'),
    slugs,
    opaque: new RegExp(alternation(OPAQUE_WORDS), 'g'),
  };
  return compiled;
}

/** Filler, generic and non-words of a family, in one pattern. */
function fillerPattern(family: Family): RegExp {
  let pattern = fillerPatterns.get(family);
  if (!pattern) {
    pattern = new RegExp(`${NON_WORDS}|${alternation([...FILLER_WORDS, ...FAMILY_GENERIC_WORDS[family]])}`, 'g');
    fillerPatterns.set(family, pattern);
  }
  return pattern;
}

/** The words an entry takes for granted: its phrases, implied words and, for a rate, those of its numerator and base. */
function ownPattern(entry: StandardIndicator): RegExp | null {
  let pattern = ownPatterns.get(entry);
  if (pattern === undefined) {
    const related = [entry, ...[entry.base, entry.numerator].map((id) => (id === undefined ? undefined : standardIndicator(id)))];
    const words = related.flatMap((item) => (item ? [...item.phrases, ...(item.fallbackPhrases ?? []), ...(item.implied ?? [])] : []));
    pattern = words.length > 0 ? new RegExp(alternation(words), 'g') : null;
    ownPatterns.set(entry, pattern);
  }
  return pattern;
}

/**
 * The phrases of a text, in order, leaving out those inside a longer one (简易处罚案件 holds 处罚案件). One
 * regular expression, one pass: at each position the longest phrase, kept when it ends after every one before it.
 */
function phrasesIn(text: string, pattern: RegExp): Found[] {
  const found: Found[] = [];
  let furthest = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > furthest) {
      found.push({ start: match.index, end, text: match[0] });
      furthest = end;
    }
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** The topic words of a text, in order. */
function topicsIn(text: string, pattern: RegExp): Found[] {
  return [...text.replace(TITLES, blank).matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** The topic words before the figure: in its sentence up to the figure (or the label), then in its label. */
function contextTopics(input: StandardMatchInput, label: string, pattern: RegExp): string[] {
  const { sentence } = input;
  const topics: string[] = [];
  if (sentence) {
    if (sentence !== lastSentence) {
      lastTopics = topicsIn(sentence, pattern);
      lastSentence = sentence;
    }
    const at = sentence.indexOf(label);
    const end = input.offset ?? (at >= 0 ? at + label.length : sentence.length);
    for (const topic of lastTopics) if (topic.end <= end) topics.push(topic.text);
  }
  for (const topic of topicsIn(label, pattern)) topics.push(topic.text);
  return topics;
}

/**
 * Whether the figure's topic is one the entry requires: the last topic word before it that is a domain word
 * (复议, 诉讼, 信访…) or one of the entry's own must be one of the entry's. With no topic word at all, the
 * caller's family decides.
 */
function topicFits(entry: StandardIndicator, topics: readonly string[], domain: ReadonlySet<string>, family: Family | undefined): boolean {
  const requires = entry.requires;
  if (!requires) return true;
  for (let index = topics.length - 1; index >= 0; index -= 1) {
    const topic = topics[index]!;
    if (requires.includes(topic)) return true;
    if (domain.has(topic)) return false;
  }
  return family === entry.family;
}

/**
 * What narrows a label once `kept` (the label with some words blanked) loses its filler, generic and non-words,
 * found in the whole label so that overlapping words all go ("审结案件": 审结 is the entry's, 案件 filler), and
 * a leading place name.
 */
function narrowing(label: string, kept: readonly string[], family: Family): string {
  const filler = fillerPattern(family);
  const chars = [...kept];
  blankAll(chars, label, filler);
  let rest = chars.join('');
  let previous: string;
  do {
    previous = rest;
    rest = rest.replace(filler, '').replace(PLACE, (place) => (NOT_PLACE.test(place) ? place : ''));
  } while (rest !== previous);
  return rest;
}

/** Blanks in `chars` every occurrence of the pattern in `text`, overlapping ones too ("受理信访件": 受理信访 and 信访件). */
function blankAll(chars: string[], text: string, pattern: RegExp): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    chars.fill(' ', match.index, match.index + match[0].length);
    pattern.lastIndex = match.index + 1;
  }
}

/** Whether a phrase is an item of a list ("来电、来信、来访"): a phrase before it ends at a 、. */
function inList(found: readonly Found[], chosen: Found, text: string): boolean {
  return found.some((other) => other.end <= chosen.start && /^\s*、/.test(text.slice(other.end, chosen.start)));
}

function resolve(entry: StandardIndicator, chosen: Found, plain: string, words: Compiled): StandardMatch {
  const phrase = chosen.text;
  const own = ownPattern(entry);
  const kept = plain.split('');
  kept.fill(' ', chosen.start, chosen.end);
  if (own) blankAll(kept, plain, own);
  blankAll(kept, plain, words.opaque);
  const rest = kept.join('');
  const slugs = new Set<string>();
  for (const match of rest.matchAll(words.qualifiers)) slugs.add(words.slugs.get(match[0])!);
  const narrowed = narrowing(plain, kept, entry.family);
  if (slugs.size === 0 && narrowed === '') return { entry, phrase, id: entry.id, exact: true };
  if (slugs.size === 1) {
    blankAll(kept, rest, words.qualifiers);
    if (narrowing(plain, kept, entry.family) === '') {
      const [qualifier] = slugs as unknown as [string];
      return { entry, phrase, id: `${entry.family}.${qualifier}.${entry.id.slice(entry.family.length + 1)}`, exact: false, qualifier };
    }
  }
  return { entry, phrase, exact: false, rest: narrowed };
}

/**
 * The codebook entry a figure's label names, and the id the figure gets.
 *
 * - The phrase nearest the end of the label wins (Chinese puts the head noun last): 其中简易程序 is
 *   `enforcement.summary_penalties`. Verbs name the concept before head nouns do: 审结行政复议案件 is
 *   `reconsideration.concluded`, 办理行政复议案件 `reconsideration.cases`. A phrase inside 《…》 or (…) does not count.
 * - The entry's dimension must be the figure's, and its family the given one (unless `other` or none).
 * - An entry that `requires` a topic matches only where the last topic word before the figure is one of
 *   them: a 维持 after 行政应诉 is not `reconsideration.upheld`; 受理 of 信访 is `petitions.received`.
 * - What the label says besides the phrase decides the id: nothing but filler and generic words
 *   (共, 全区, 办理, 实施, 其中, 案件, 行政…) — `exact`, the entry's id; one known topic
 *   ({@link TOPIC_QUALIFIERS}) — the qualified id `family.topic.concept`; anything else — no id (`rest`).
 * - A label that lists several concepts ("来电、来信、来访") names none: undefined.
 *
 * Each call scans the label with one precompiled pattern and the sentence once (the last sentence is remembered).
 *
 * @example
 * ```ts
 * matchStandardIndicator({ label: '全区共办理行政处罚案件', dimension: 'count' })?.id; // 'enforcement.penalties'
 * matchStandardIndicator({ label: '控烟处罚', dimension: 'count' })?.id; // 'enforcement.smoking.penalties'
 * matchStandardIndicator({ label: '维持', sentence: '行政诉讼案件中,判决维持3件', dimension: 'count' }); // undefined
 * matchStandardIndicator({ label: '检查居住社区', dimension: 'count' }); // { entry: …inspections, exact: false, rest: '居住社区', … }
 * ```
 */
export function matchStandardIndicator(input: StandardMatchInput): StandardMatch | undefined {
  if (!(STANDARD_DIMENSIONS as readonly string[]).includes(input.dimension)) return undefined;
  const label = input.label;
  if (label.trim() === '') return undefined;
  const words = compile();
  const plain = label.replace(BRACKETS, blank);
  const masked = plain.replace(TITLES, blank);
  const found = phrasesIn(masked, words.phrases);
  if (found.length === 0) return undefined;
  const family = input.family === 'other' ? undefined : input.family;
  let topics: string[] | undefined;
  for (const fallback of [false, true]) {
    for (let index = found.length - 1; index >= 0; index -= 1) {
      const chosen = found[index]!;
      let best: StandardIndicator | undefined;
      for (const use of words.uses.get(chosen.text) ?? []) {
        const entry = use.entry;
        if (use.fallback !== fallback || entry.dimension !== input.dimension) continue;
        if (family !== undefined && entry.family !== family) continue;
        if (entry.requires) {
          topics ??= contextTopics(input, label, words.topics);
          if (!topicFits(entry, topics, words.domain, input.family)) continue;
        }
        if (!best || (entry.requires && !best.requires)) best = entry;
      }
      if (best) return inList(found, chosen, masked) ? undefined : resolve(best, chosen, plain, words);
    }
  }
  return undefined;
}

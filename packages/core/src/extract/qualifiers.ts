import type { Qualifier } from '../schema/qualifier.js';

/** Markers written before a number, with the qualifier each one gives. Longest first. */
const PREFIX_MARKERS: readonly (readonly [string, Qualifier])[] = [
  ['约占', 'approximately'],
  ['约为', 'approximately'],
  ['大约', 'approximately'],
  ['大概', 'approximately'],
  ['将近', 'approximately'],
  ['接近', 'approximately'],
  ['超过', 'at_least'],
  ['高于', 'at_least'],
  ['多于', 'at_least'],
  ['不足', 'at_most'],
  ['不到', 'at_most'],
  ['少于', 'at_most'],
  ['低于', 'at_most'],
  ['达到', 'exact'],
  ['高达', 'exact'],
  ['约', 'approximately'],
  ['近', 'approximately'],
  ['逾', 'at_least'],
  ['超', 'at_least'],
  ['达', 'exact'],
  ['为', 'exact'],
];

/**
 * Characters before a one-character marker that make it the end of another word: 村规民约 88 份
 * (not "about 88"), 最近, 送达, 行为.
 */
const PART_OF_WORD_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  约: new Set([...'民公条合契签履违预节制邀相特规大']),
  近: new Set([...'最附靠临就亲贴将接']),
  达: new Set([...'送传下表抵发通到直转高']),
  为: new Set([...'行作成认因称更改视约分']),
  超: new Set([...'赶高商']),
};

/** The last characters of the prefix markers: a quick test before trying each one. */
const MARKER_ENDINGS = new Set(PREFIX_MARKERS.map(([marker]) => marker.charAt(marker.length - 1)));

const isSpaceAtEnd = (text: string): boolean => /\s$/.test(text);

/** Markers written inside or after a figure, with the qualifier each one gives. */
const SUFFIX_MARKERS: Readonly<Record<string, Qualifier>> = {
  余: 'at_least',
  多: 'at_least',
  以上: 'at_least',
  及以上: 'at_least',
  以下: 'at_most',
  及以下: 'at_most',
  以内: 'at_most',
  之内: 'at_most',
  左右: 'approximately',
};

/** A qualifier as found: which one, and the marker that gives it. */
export interface FoundQualifier {
  readonly qualifier: Qualifier;
  readonly marker?: string;
  /** True when the text marks the figure both ways (约300余人): the suffix wins, but it is worth a look. */
  readonly conflict?: boolean;
}

/**
 * The qualifier marker written right before a figure (spaces allowed in between), if any.
 *
 * @example
 * ```ts
 * prefixQualifier('履职率达'); // { qualifier: 'exact', marker: '达' }
 * prefixQualifier('受理案件近'); // { qualifier: 'approximately', marker: '近' }
 * prefixQualifier('最近'); // undefined
 * ```
 */
export function prefixQualifier(before: string): FoundQualifier | undefined {
  const text = isSpaceAtEnd(before) ? before.replace(/[\s\u00a0\u3000]+$/u, '') : before;
  if (!MARKER_ENDINGS.has(text.charAt(text.length - 1))) return undefined;
  for (const [marker, qualifier] of PREFIX_MARKERS) {
    if (!text.endsWith(marker)) continue;
    if (PART_OF_WORD_BEFORE[marker]?.has(text.charAt(text.length - 2))) return undefined;
    return { qualifier, marker };
  }
  return undefined;
}

/**
 * The qualifier of a suffix marker (余, 多, 以上, 以下, 以内, 左右…), or undefined.
 *
 * @example
 * ```ts
 * suffixQualifier('余'); // 'at_least'
 * suffixQualifier('左右'); // 'approximately'
 * ```
 */
export function suffixQualifier(marker: string): Qualifier | undefined {
  return SUFFIX_MARKERS[marker];
}

/**
 * Combines the marker before a figure with the markers inside or after it. A suffix marker dominates
 * an exact prefix ("达5000余人次" is at least 5000); two different inexact markers are a conflict,
 * settled for the suffix and flagged.
 *
 * @example
 * ```ts
 * combineQualifiers({ qualifier: 'exact', marker: '达' }, ['余']); // { qualifier: 'at_least', marker: '余' }
 * combineQualifiers(undefined, []); // { qualifier: 'exact' }
 * ```
 */
export function combineQualifiers(prefix: FoundQualifier | undefined, suffixes: readonly string[]): FoundQualifier {
  const suffix = suffixes.find((marker) => suffixQualifier(marker) !== undefined);
  if (suffix === undefined) return prefix ?? { qualifier: 'exact' };
  const qualifier = suffixQualifier(suffix) ?? 'exact';
  const conflict = prefix !== undefined && prefix.qualifier !== 'exact' && prefix.qualifier !== qualifier;
  return conflict ? { qualifier, marker: suffix, conflict } : { qualifier, marker: suffix };
}

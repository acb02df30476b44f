/**
 * The edit distance of two words: how many characters must be inserted, deleted, replaced or swapped with
 * their neighbour to turn one into the other (optimal string alignment: a swap of two neighbours counts
 * one, as in the typo `jsno` for `json`).
 *
 * @example
 * ```ts
 * editDistance('jsn', 'json'); // 1
 * editDistance('chekc', 'check'); // 1
 * editDistance('ouput', 'output'); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  const from = [...a];
  const to = [...b];
  // Three rows of the table: distances from the first i - 2, i - 1 and i characters of `from` to each start of `to`.
  let before: number[] = [];
  let above = Array.from({ length: to.length + 1 }, (_, j) => j);
  for (let i = 1; i <= from.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= to.length; j += 1) {
      const cost = from[i - 1] === to[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = above;
    above = row;
  }
  return above[to.length] ?? 0;
}

/** How far a typed word may be from a known one (in {@link editDistance}) and still be suggested. */
export const MAX_SUGGESTION_DISTANCE = 2;

/**
 * The known words a mistyped word was probably meant to be: the same word in other case, else those it is
 * a prefix of (or that are a prefix of it), else the nearest of those within {@link MAX_SUGGESTION_DISTANCE}
 * edits. Several are given only when they are equally good (two prefixes, or two near misses at the same
 * distance), in the order of `known`. Empty when nothing is close.
 *
 * @example
 * ```ts
 * didYouMean('jsn', ['json', 'lang']); // ['json']
 * didYouMean('out', ['json', 'output']); // ['output'] (a prefix)
 * didYouMean('c', ['extract', 'check', 'compute']); // ['check', 'compute'] (both equally good)
 * didYouMean('frobnicate', ['extract', 'check']); // []
 * ```
 */
export function didYouMean(typed: string, known: readonly string[]): string[] {
  const word = typed.toLowerCase();
  if (word === '') return [];
  // Ranks: 0 the same word in other case, 1 a prefix (every prefix as good as another: `c` may be `check` or
  // `compute`), 2 + distance a near miss. Beyond that, nothing.
  const ranked = known.map((candidate) => {
    const other = candidate.toLowerCase();
    const distance = editDistance(word, other);
    const rank = distance === 0 ? 0 : other.startsWith(word) || word.startsWith(other) ? 1 : distance <= MAX_SUGGESTION_DISTANCE ? 2 + distance : Infinity;
    return { candidate, rank };
  });
  const best = Math.min(...ranked.map(({ rank }) => rank));
  return best === Infinity ? [] : ranked.filter(({ rank }) => rank === best).map(({ candidate }) => candidate);
}

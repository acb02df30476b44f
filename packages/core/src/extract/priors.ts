import type { ExtractedFigure } from './types.js';

/** A figure of an earlier period quoted by the text ("较2022年558件", "(2023年为867件)", "上年同期…"). */
export interface PriorMark {
  /** The earlier year. */
  readonly year: number;
  /** The words that make it a prior figure. */
  readonly cue: string;
}

/** An earlier period named right before a figure in its clause: a year, or 上年 / 去年 / 同期. */
const PERIOD = /((?:19|20)\d{2})\s*年(?:度)?(?:全年|同期)?|上(?:一)?年(?:度)?(?:同期)?|去年(?:同期)?|上年同期|同期/gu;
/** Words that may stand between the period and its figure: a verb or a short subject ("2022年收案总数(725件)"). */
const LEAD = /^[^，,。；;：:！？!?\n（(]{0,16}[（(]?\s*(?:的|为|是|共|有|达)?\s*$/u;
/** Words of a change from the earlier period ("比2019年增加842件"): that figure is the change, not the prior. */
const CHANGE_WORDS = /增|减|升|降|多|少|提高|超/u;
/** Words between two figures that keep the second in the first's period ("2020年的21.8%、8.4%"). */
const LIST_JOINER = /^[\s\u00a0\u3000]*[、和及与][\s\u00a0\u3000]*$/u;

/**
 * Which figures are quoted from an earlier period than the report's year: the last period named
 * before a figure in its clause ("较2022年558件", "2023年为867件", "比上年同期的45件") — unless another
 * figure stands between — and figures listed right after such a figure ("2020年的21.8%、8.4%"). A
 * figure of the report's own year or later is never a prior.
 *
 * @example
 * ```ts
 * const text = '收到申请3326件(2023年为867件)';
 * markPriorFigures(text, extractFigures(text), 2024); // [undefined, { year: 2023, cue: '2023年为' }]
 * ```
 */
export function markPriorFigures(text: string, figures: readonly ExtractedFigure[], year: number): (PriorMark | undefined)[] {
  const marks: (PriorMark | undefined)[] = [];
  figures.forEach((figure, index) => {
    const previous = figures[index - 1];
    const previousMark = marks[index - 1];
    if (previous && previousMark && LIST_JOINER.test(text.slice(previous.end, figure.start))) {
      marks.push(previousMark);
      return;
    }
    const from = Math.max(figure.phrase.start, previous?.end ?? 0, figure.start - 40);
    const before = text.slice(from, figure.start);
    let found: RegExpExecArray | undefined;
    for (const match of before.matchAll(PERIOD)) found = match;
    if (!found || figure.cell) {
      marks.push(undefined);
      return;
    }
    const rest = before.slice((found.index ?? 0) + found[0].length);
    const earlier = found[1] === undefined ? year - 1 : Number(found[1]);
    const relative = found[1] === undefined;
    const inClause = LEAD.test(rest) && !CHANGE_WORDS.test(rest);
    const comparing = /[较比与]|相比|对比/.test(before.slice(Math.max(0, (found.index ?? 0) - 3), (found.index ?? 0) + 1));
    const isPrior = earlier < year && inClause && (relative ? comparing || /上年|去年/.test(found[0]) : true);
    marks.push(isPrior ? { year: earlier, cue: before.slice(found.index ?? 0).trim() } : undefined);
  });
  return marks;
}

/** Heading levels: 一、 (1) · (一) (2) · 1. / 1、 (3) · (1) (4) · ① (5). */
type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A numbered heading found at the start of a line. */
export interface Heading {
  readonly level: HeadingLevel;
  /** The number as written: "一、", "（一）", "1.", "3、". */
  readonly numbering: string;
  /** The heading text without its number, cut at the colon or full stop that starts the body. */
  readonly heading: string;
  /** Offset of the numbering. */
  readonly start: number;
  /** Offset just past the heading text. */
  readonly end: number;
}

const NUMBERINGS: readonly (readonly [HeadingLevel, RegExp])[] = [
  [1, /^[一二三四五六七八九十]{1,3}[、．.]/],
  [2, /^[（(][一二三四五六七八九十]{1,3}[)）]/],
  [3, /^[0-9０-９]{1,2}[.．、](?![0-9０-９])/],
  [4, /^[（(][0-9０-９]{1,2}[)）]/],
  [5, /^[①-⑳]/],
];

/** Longest heading text kept when the line gives no colon or full stop to cut at. */
const MAX_HEADING = 60;
const LEADING_SPACE = /^[\s\u00a0\u3000\ufeff]*/u;

function headingText(rest: string): string {
  const stop = rest.search(/[:：。；;]/);
  let heading = stop >= 0 ? rest.slice(0, stop) : rest;
  if (heading.length > MAX_HEADING) {
    const comma = heading.search(/[，,；;]/);
    heading = heading.slice(0, comma > 0 && comma <= MAX_HEADING ? comma : MAX_HEADING);
  }
  return heading.replace(/[\s\u00a0\u3000，,；;、]+$/u, '');
}

function headingOfLine(line: string, offset: number): Heading | undefined {
  const indent = LEADING_SPACE.exec(line)?.[0].length ?? 0;
  const body = line.slice(indent);
  for (const [level, pattern] of NUMBERINGS) {
    const numbering = pattern.exec(body)?.[0];
    if (numbering === undefined) continue;
    const restIndent = LEADING_SPACE.exec(body.slice(numbering.length))?.[0].length ?? 0;
    const heading = headingText(body.slice(numbering.length + restIndent));
    if (heading === '') return undefined;
    const start = offset + indent;
    return { level, numbering, heading, start, end: start + numbering.length + restIndent + heading.length };
  }
  return undefined;
}

/**
 * Finds the numbered headings of a report: lines starting with 一、, （一）, 1. or 1、, （1）, ①. The
 * heading is the text after the number up to the first colon or full stop (where a run-in body
 * starts: "1.城市综合执法工作:街综合执法大队…" → "城市综合执法工作").
 *
 * @example
 * ```ts
 * findHeadings('一、主要举措和成效\n（一）规范执法\n1.城市执法:全年…')
 *   .map((h) => [h.level, h.numbering, h.heading]);
 * // [[1, '一、', '主要举措和成效'], [2, '（一）', '规范执法'], [3, '1.', '城市执法']]
 * ```
 */
export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = headingOfLine(line, offset);
    if (heading) headings.push(heading);
    offset += line.length + 1;
  }
  return headings;
}

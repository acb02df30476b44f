/** A web page reduced to the text of its article, with where each character came from. */
export interface HtmlText {
  /** The article's text: one line per paragraph, heading, list item or table row (cells as `| a | b |`). */
  readonly text: string;
  /** For each character of `text`, the offset in the HTML of what it was read from (a tag's `<` for a line break). */
  readonly htmlOffsets: readonly number[];
  /** The page's `<title>`, when it has one. */
  readonly title?: string;
}

/** Elements whose content is never text of the page. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button']);
/** Elements without content or a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that stand on lines of their own. */
const BLOCK = new Set(
  'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody tfoot thead tr ul br caption'.split(
    ' ',
  ),
);
const CELL = new Set(['td', 'th']);

/** The named character references that Chinese government pages use; others are kept as written. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  deg: '°',
  permil: '‰',
  yen: '¥',
  copy: '©',
  reg: '®',
  laquo: '«',
  raquo: '»',
};

/** The boxes portals put the article in (TRS and 开普云 templates, common names), and `<article>`. */
const ARTICLE_NAME = /(?:^|[\s_-])(?:trs_editor|zoom|article|detail|zw|xxgk_content|wzxq|artibody|pages_content)(?:[\s_-]|$)/i;
/** Boxes that often hold the article, and often its menus and related links too: `<main>`, `content`… */
const WRAPPER_NAME = /(?:^|[\s_-])(?:content|main|text|con|body)(?:[\s_-]|$)/i;

const HAN = /\p{Script=Han}/u;
const TITLE_END = /<\/title/gi;

/** How many Han characters the text has before each offset (one pass; a range's count is a subtraction). */
function hanPrefix(text: string): Int32Array {
  const counts = new Int32Array(text.length + 1);
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // Han lies outside ASCII; a surrogate pair is tested once, at its first half.
    const han = code >= 0x2e80 && (code < 0xdc00 || code > 0xdfff) && HAN.test(String.fromCodePoint(text.codePointAt(at)!));
    counts[at + 1] = counts[at]! + (han ? 1 : 0);
  }
  return counts;
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[entity] ?? ENTITIES[entity.toLowerCase()];
}

/** HTML whitespace, and the no-break and typographic spaces pages indent paragraphs with. */
const isSpace = (char: string): boolean =>
  char === ' ' ||
  char === '\t' ||
  char === '\n' ||
  char === '\r' ||
  char === '\f' ||
  char === '\u00a0' ||
  char === '\u2002' ||
  char === '\u2003' ||
  char === '\u2009';

/** Writes the text, collapsing spaces as a browser does and putting lines and cells where the markup says. */
class TextWriter {
  readonly chars: string[] = [];
  readonly offsets: number[] = [];
  private pendingSpace = -1;
  private pendingBreak = -1;
  private inRow = false;

  get length(): number {
    return this.chars.length;
  }

  /** A character of text read at `offset` (whitespace collapsed unless `preserve`). */
  char(char: string, offset: number, preserve: boolean): void {
    if (!preserve && isSpace(char)) {
      if (this.pendingSpace < 0) this.pendingSpace = offset;
      return;
    }
    if (this.pendingBreak >= 0) {
      if (this.chars.length > 0) this.push('\n', this.pendingBreak);
      this.pendingBreak = -1;
      this.pendingSpace = -1;
    }
    if (this.pendingSpace >= 0) {
      const last = this.chars[this.chars.length - 1];
      if (last !== undefined && last !== '\n' && last !== ' ') this.push(' ', this.pendingSpace);
      this.pendingSpace = -1;
    }
    this.push(preserve && char === '\r' ? '\n' : char, offset);
  }

  /** A line break before whatever comes next (several in a row make one). */
  lineBreak(offset: number): void {
    if (this.inRow) this.endRow(offset);
    if (this.pendingBreak < 0) this.pendingBreak = offset;
    this.pendingSpace = -1;
  }

  /** A table cell begins: rows are written `| a | b |`. */
  cell(offset: number): void {
    if (!this.inRow) {
      this.lineBreak(offset);
      this.char('|', offset, true);
      this.inRow = true;
    } else {
      this.pendingSpace = -1;
      this.push(' ', offset);
      this.push('|', offset);
    }
    this.push(' ', offset);
  }

  /** A table row ends. */
  endRow(offset: number): void {
    if (!this.inRow) return;
    this.inRow = false;
    this.pendingSpace = -1;
    this.push(' ', offset);
    this.push('|', offset);
    this.lineBreak(offset);
  }

  private push(char: string, offset: number): void {
    this.chars.push(char);
    this.offsets.push(offset);
  }
}

/** An element that may hold the article, with the range of text written while it was open. */
interface Candidate {
  /** `article`: a box named for the article; `wrapper`: one that may hold it with the page's furniture. */
  readonly kind: 'article' | 'wrapper' | undefined;
  readonly start: number;
  end: number;
}

/**
 * Reduces a web page to the text of its article, as `draftReport` and the editor read it: the page's scripts,
 * styles and comments dropped, character references decoded, spaces collapsed as a browser collapses them,
 * one line per paragraph, heading, list item and table row (its cells written `| a | b |`, as the extractor
 * reads tables). When the page marks its article (`<article>`, or the article boxes of TRS and 开普云 templates:
 * `TRS_Editor`, `zoom`, `article`, `detail`…; else a `<main>` or `content` box) and that box holds a good share
 * of the page's Chinese text, only that box is kept: menus, footers and related links carry figures of their own. Works without a
 * DOM (in Node and in a Worker); each character keeps the offset in the HTML it was read from.
 *
 * @example
 * ```ts
 * htmlToText('<div class="nav">首页</div><div class="TRS_Editor"><p>受理&nbsp;12件</p></div>').text; // '受理 12件'
 * ```
 */
export function htmlToText(html: string): HtmlText {
  const writer = new TextWriter();
  const stack: string[] = [];
  const candidates: Candidate[] = [];
  const open: Candidate[] = [];
  let title: string | undefined;
  let skipping: string | undefined;
  let preDepth = 0;
  let at = 0;
  while (at < html.length) {
    const char = html[at]!;
    if (char === '<') {
      if (html.startsWith('<!--', at)) {
        const end = html.indexOf('-->', at + 4);
        at = end < 0 ? html.length : end + 3;
        continue;
      }
      // A tag ends before the next `<`, quoted values included (a `<` in a value is written `&lt;`): a stray quote
      // then costs a look as far as the next `<`, not a scan of the page, so broken markup stays linear.
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/.exec(html.slice(at, at + 2000));
      if (!tag) {
        if (html[at + 1] === '!' || html[at + 1] === '?') {
          const end = html.indexOf('>', at);
          at = end < 0 ? html.length : end + 1;
          continue;
        }
        if (!skipping) writer.char('<', at, preDepth > 0);
        at += 1;
        continue;
      }
      const [whole, slash, rawName, attributes] = tag;
      const name = rawName!.toLowerCase();
      const tagAt = at;
      at += whole.length;
      if (skipping) {
        if (slash && name === skipping) skipping = undefined;
        continue;
      }
      if (!slash && name === 'title') {
        TITLE_END.lastIndex = at;
        const end = TITLE_END.exec(html)?.index ?? -1;
        title = htmlToText(html.slice(at, end < 0 ? html.length : end)).text.trim() || undefined;
        at = end < 0 ? html.length : end;
        continue;
      }
      if (!slash && SKIPPED.has(name) && !whole.endsWith('/>')) {
        skipping = name;
        continue;
      }
      if (BLOCK.has(name)) writer.lineBreak(tagAt);
      if (CELL.has(name) && !slash) writer.cell(tagAt);
      if (name === 'tr' && slash) writer.endRow(tagAt);
      if (name === 'pre') preDepth = Math.max(0, preDepth + (slash ? -1 : 1));
      if (VOID.has(name) || whole.endsWith('/>')) continue;
      if (!slash) {
        stack.push(name);
        const naming = /\b(?:id|class)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
        const names = [...(attributes ?? '').matchAll(naming)].map((match) => match[1]!.replace(/^["']|["']$/g, '')).join(' ');
        const kind = name === 'article' || ARTICLE_NAME.test(names) ? 'article' : name === 'main' || WRAPPER_NAME.test(names) ? 'wrapper' : undefined;
        const candidate: Candidate = { kind, start: writer.length, end: -1 };
        open.push(candidate);
        if (kind) candidates.push(candidate);
        continue;
      }
      const index = stack.lastIndexOf(name);
      if (index < 0) continue;
      stack.length = index;
      for (const closed of open.splice(index)) closed.end = writer.length;
      continue;
    }
    if (skipping) {
      at += 1;
      continue;
    }
    if (char === '&') {
      const reference = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/.exec(html.slice(at, at + 40));
      const decoded = reference ? decodeEntity(reference[1]!) : undefined;
      if (reference && decoded !== undefined) {
        for (const each of decoded) writer.char(each, at, preDepth > 0);
        at += reference[0].length;
        continue;
      }
    }
    const code = html.codePointAt(at)!;
    const whole = String.fromCodePoint(code);
    for (const unit of whole) writer.char(unit, at, preDepth > 0);
    at += whole.length;
  }
  writer.lineBreak(html.length);
  for (const candidate of open) candidate.end = writer.length;
  const full = writer.chars.join('');
  const article = bestArticle(full, candidates);
  const [start, end] = article ?? [0, full.length];
  const text = full.slice(start, end);
  const trimmedStart = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return {
    text: trimmed,
    htmlOffsets: writer.offsets.slice(start + trimmedStart, start + trimmedStart + trimmed.length),
    ...(title ? { title } : {}),
  };
}

/**
 * The article's range in the page's text: the tightest box named for the article that holds nearly as much Chinese
 * text (80%) as the fullest such box, when that one holds over a third of the page's; else the same among the
 * wrappers (over half the page's); else none (the whole page).
 */
function bestArticle(full: string, candidates: readonly Candidate[]): [number, number] | undefined {
  if (candidates.length === 0) return undefined;
  const han = hanPrefix(full);
  const total = han[full.length]!;
  if (total === 0) return undefined;
  const counted = candidates.map(({ kind, start, end }) => ({ kind, start, end, count: han[end]! - han[start]! }));
  for (const [kind, share] of [
    ['article', 1 / 3],
    ['wrapper', 1 / 2],
  ] as const) {
    const boxes = counted.filter((each) => each.kind === kind);
    const most = Math.max(0, ...boxes.map((each) => each.count));
    if (most <= total * share) continue;
    const tightest = boxes.filter((each) => each.count >= most * 0.8).sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
    return [tightest.start, tightest.end];
  }
  return undefined;
}

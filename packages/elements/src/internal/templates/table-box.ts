import { html, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { KeptContent, takeServerRendered } from './kept-content.js';

/** The box of a data table as a template: scrolling sideways, inside a `<details>` when collapsed. */
function tableBoxTemplate(collapsed: boolean, summary: string, table: unknown): TemplateResult {
  const body = html`<div class="table-scroll">${table}</div>`;
  return collapsed ? html`<details class="table-details"><summary>${summary}</summary>${body}</details>` : body;
}

/**
 * A data table's box that keeps its nodes when the table is collapsed into a `<details>` or shown again
 * (the `layout` of a report, the `table` of a breakdown). With two templates Lit would draw the whole table
 * again, undoing what a page toolbar (简→繁 conversion) did to its text; here, in the browser, the table is
 * rendered into one `<div class="table-scroll">` kept for good, which moves in and out of one `<details>`
 * (kept too, with its summary and its open state). On the server `render()` gives the same markup as a template.
 */
class TableBoxDirective extends Directive {
  private body: KeptContent | undefined;
  private details: HTMLDetailsElement | undefined;
  /** The summary's text as last drawn (a toolbar may have rewritten the node since: it is kept until the text changes). */
  private summary: Text | undefined;
  private summaryText: string | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('tableBox() draws elements: use it where content goes');
  }

  render(collapsed: boolean, summary: string, table: unknown): TemplateResult {
    return tableBoxTemplate(collapsed, summary, table);
  }

  override update(part: ChildPart, [collapsed, summary, table]: [boolean, string, unknown]): HTMLElement {
    const document = part.parentNode.ownerDocument ?? window.document;
    const copy = this.body ? undefined : takeServerRendered(part);
    if (copy) this.adopt(copy, collapsed, summary, table, part);
    if (!this.body) {
      const box = document.createElement('div');
      box.className = 'table-scroll';
      this.body = new KeptContent(box);
    }
    this.body.render(table, part.options);
    const body = this.body.container;
    if (!collapsed) return body;
    if (!this.details || !this.summary) {
      this.details = document.createElement('details');
      this.details.className = 'table-details';
      const head = document.createElement('summary');
      head.append((this.summary = document.createTextNode(summary)));
      this.details.append(head);
      this.summaryText = summary;
    }
    if (this.summaryText !== summary) this.summary.data = this.summaryText = summary;
    if (body.parentNode !== this.details) this.details.append(body);
    return this.details;
  }

  /** A static copy being adopted: its box (and `<details>`, with the summary's text) become the kept ones. */
  private adopt(copy: HTMLElement, collapsed: boolean, summary: string, table: unknown, part: ChildPart): void {
    const details = copy.localName === 'details' ? (copy as HTMLDetailsElement) : undefined;
    const box = details ? details.querySelector<HTMLElement>(':scope > .table-scroll') : copy;
    if (!box?.classList.contains('table-scroll') || Boolean(details) !== collapsed) throw new Error('tableBox(): the static copy is not this table box');
    this.body = KeptContent.adopt(box, table, part.options);
    if (!details) return;
    const text = [...(details.querySelector(':scope > summary')?.childNodes ?? [])].find(
      (node): node is Text => node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '',
    );
    this.details = details;
    this.summary = text;
    this.summaryText = text?.data;
  }
}

const tableBoxDirective = directive(TableBoxDirective);

/**
 * A data table in its box: `<div class="table-scroll">`, inside `<details class="table-details">` with
 * `summary` when `collapsed`. Switching between the two keeps the table's nodes (see {@link TableBoxDirective}).
 *
 * @example
 * ```ts
 * html`<figure>${tableBox(options.collapsed, strings.showTable, html`<table>…</table>`)}</figure>`;
 * ```
 */
export function tableBox(collapsed: boolean, summary: string, table: unknown): DirectiveResult<typeof TableBoxDirective> {
  return tableBoxDirective(collapsed, summary, table);
}

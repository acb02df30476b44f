/** What the editor gives out: files the person saves, and the code a webmaster pastes. Nothing leaves the browser. */
import { render } from 'lit';
import type { Report } from '@rule-of-law/core';
import { tidyMarkup } from '../../static/markup-text.js';
import { reportTemplate } from '../../static/report-template.js';

/**
 * The report's static HTML, as `renderReportHTML` writes it in Node (the webmasters' guide, §8: pasted inside
 * `<rule-of-law-report>`, styled by `rule-of-law.css`): the same template, rendered by Lit into a detached element
 * (data escaped as text, never parsed as HTML) and read back as markup.
 */
export function reportHTML(report: Report, lang: string): string {
  const box = document.createElement('div');
  render(reportTemplate(report, { lang }), box);
  return `${tidyMarkup(box.innerHTML).trim()}\n`;
}

/** A file name's stem from the opened file's name (`2024年报告.txt` → `2024年报告`), else `report`. */
export function fileStem(name: string | undefined): string {
  const stem = (name ?? '').replace(/\.[^.]*$/, '').trim();
  return stem === '' ? 'report' : stem;
}

/** Saves `content` as a file named `name`, through the browser's own download (an object URL; no request is made). */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The webmasters' guide's embed (§2): the report's JSON, preloaded, and the drop-in; `stem` names the JSON file. */
export function embedSnippet(stem: string): string {
  const file = encodeURI(`${stem}.json`);
  return [
    `<link rel="preload" href="/static/rule-of-law/${file}" as="fetch" crossorigin>`,
    `<script type="module" src="/static/rule-of-law/rule-of-law.min.js"></script>`,
    `<rule-of-law-report src="/static/rule-of-law/${file}"></rule-of-law-report>`,
  ].join('\n');
}

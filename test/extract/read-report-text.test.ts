import { describe, expect, it } from 'vitest';
import { decodeText, draftReport, htmlToText, readReportText } from '@rule-of-law/core/extract';
import { readExample } from './support.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding report files', () => {
  const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x31, 0x32, 0xbc, 0xfe]); // 中文12件 in GBK

  it('reads UTF-8, with or without BOM (the BOM dropped)', () => {
    expect(decodeText(utf8('受理12件'))).toEqual({ text: '受理12件', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('件')]))?.text).toBe('件');
  });

  it('falls back to GB18030 (GBK) when the bytes are not valid UTF-8', () => {
    expect(decodeText(gbk)).toEqual({ text: '中文12件', encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x49, 0x4e, 0x31, 0x00]))).toEqual({ text: '义1', encoding: 'utf-16le' });
  });

  it('gives nothing for binary data', () => {
    expect(decodeText(new Uint8Array([0x00, 0x01, 0x02, 0xff]))).toBeUndefined();
    expect(readReportText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'scan.png')).toBeUndefined();
  });
});

/** A portal's article page, as TRS-style templates write it: menus, the article, related links, a footer. */
const page = (article: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某区2023年法治政府建设年度报告_某区人民政府</title>
<style>.zoom p { text-indent: 2em }</style><script>var views = 12345; document.write('<p>不是正文 99件</p>');</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开</a></li><li>2024年1月</li></ul></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 法治政府</div>
<div class="TRS_Editor zoom">${article}</div>
<div class="related"><h3>相关链接</h3><ul><li>2022年报告（阅读 532 次）</li></ul></div></div>
<!-- 统计代码 66件 --><div class="footer">版权所有 © 某区人民政府 电话：0571-12345678</div></body></html>`;

/** The reference report's first paragraph: an article holds most of its page's text. */
const lead = readExample('examples/hangzhoudao-2023.txt')
  .split('\n')
  .find((line) => line.length > 100)!
  .trim();

describe('web pages reduced to their article', () => {
  it('keeps the article: paragraphs on lines, references decoded, spaces collapsed, menus, scripts and footer left out', () => {
    const read = htmlToText(
      page(`<p style="text-indent:2em">&nbsp;&nbsp;一、全年共办理行政复议案件&nbsp;16件，
      其中维持&ldquo;10件&rdquo;。</p><p>二、行政诉讼<br>出庭应诉率100&#37;。</p>`),
    );
    expect(read.text).toBe('一、全年共办理行政复议案件 16件， 其中维持“10件”。\n二、行政诉讼\n出庭应诉率100%。');
    expect(read.title).toBe('某区2023年法治政府建设年度报告_某区人民政府');
  });

  it('keeps where each character came from in the HTML', () => {
    const html = page(`<p>受理&nbsp;<b>12</b>件</p><p>${lead}</p>`);
    const read = htmlToText(html);
    expect(read.text).toBe(`受理 12件\n${lead}`);
    expect(read.htmlOffsets).toHaveLength(read.text.length);
    const at = read.text.indexOf('12');
    expect(html.slice(read.htmlOffsets[at]!, read.htmlOffsets[at]! + 2)).toBe('12');
    expect(html.slice(read.htmlOffsets[read.text.indexOf('件')]!).startsWith('件</p>')).toBe(true);
  });

  it('writes table rows as the extractor reads tables', () => {
    const read = htmlToText(
      page(
        `<p>${lead}</p><p>表1 行政复议案件情况</p><table><tr><th>结果</th><th>件数</th></tr><tr><td>维持</td><td>10</td></tr><tr><td>撤销</td><td> 2 </td></tr></table>`,
      ),
    );
    expect(read.text.split('\n')).toEqual([lead, '表1 行政复议案件情况', '| 结果 | 件数 |', '| 维持 | 10 |', '| 撤销 | 2 |']);
  });

  it('keeps the whole page when no marked box holds most of its text', () => {
    const read = htmlToText('<html><body><div class="side">受理12件</div><div>办结11件，办结率91.7%。</div></body></html>');
    expect(read.text).toBe('受理12件\n办结11件，办结率91.7%。');
  });

  it('reads a file as a web page by its name or its first tag, and drafts from the article alone', () => {
    const text = readExample('examples/hangzhoudao-2023.txt');
    const article = text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n');
    const read = readReportText(utf8(page(article)), 'fzzf.html');
    expect(read?.format).toBe('html');
    const fromPage = draftReport(read!.text);
    const fromText = draftReport(text);
    // The same figures as the plain text gives: none from the menus, the script, the comment or the footer.
    const figures = (report: typeof fromText) =>
      report.indicators.map((indicator) => [indicator.id, JSON.stringify('quantity' in indicator ? indicator.quantity?.value : null)]);
    expect(figures(fromPage)).toEqual(figures(fromText));
    expect(readReportText(utf8(text), 'report.txt')?.format).toBe('text');
    expect(readReportText(utf8('<!doctype html><p>受理12件</p>'))).toMatchObject({ format: 'html', text: '受理12件' });
  });

  it('copes with broken markup: unclosed tags, stray brackets, unknown references', () => {
    expect(htmlToText('<div class="content"><p>a < b &unknown; 12件<p>下一段').text).toBe('a < b &unknown; 12件\n下一段');
    expect(htmlToText('<p>未闭合的注释<!-- 12件').text).toBe('未闭合的注释');
    // A stray quote: that tag is text, the next one is read again.
    expect(htmlToText(`<p>a "b" <a href="x" title='y'>链接</a> <b "c</b>`).text).toBe('a "b" 链接 <b "c');
    expect(htmlToText('<a "'.repeat(3)).text).toBe('<a "<a "<a "');
  });
});

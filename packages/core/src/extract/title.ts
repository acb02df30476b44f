import type { TextSpan } from './types.js';

const TITLE_WORDS = /法治(?:政府)?建设|依法行政/;
const REPORT_WORDS = /报告|情况$/;
const NOT_TITLE = /当前位置|首页|>|›|发布日期|来源[:：]/;
const MAX_TITLE = 100;

function lines(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const start = offset + line.indexOf(trimmed);
      spans.push({ text: trimmed, start, end: start + trimmed.length });
    }
    offset += line.length + 1;
  }
  return spans;
}

/**
 * The title of a report: the first line naming 法治政府建设 (or 依法行政) and 报告, skipping portal
 * breadcrumbs; else the first line with 报告; else the first line.
 *
 * @example
 * ```ts
 * findTitle('当前位置:首页> 最新文件\n\n杭州道街道2023年法治政府建设工作报告\n发布日期: 2024-03-26')?.text;
 * // '杭州道街道2023年法治政府建设工作报告'
 * ```
 */
export function findTitle(text: string): TextSpan | undefined {
  const candidates = lines(text).filter((line) => line.text.length <= MAX_TITLE && !NOT_TITLE.test(line.text));
  return (
    candidates.find((line) => TITLE_WORDS.test(line.text) && REPORT_WORDS.test(line.text)) ??
    candidates.slice(0, 10).find((line) => line.text.includes('报告')) ??
    candidates[0]
  );
}

/**
 * The reporting year named in a title ("…2023年法治政府建设工作报告", "…2023年度…").
 *
 * @example
 * ```ts
 * yearOfTitle('关于2023年度法治政府建设情况的报告'); // 2023
 * ```
 */
export function yearOfTitle(title: string): number | undefined {
  const match = /((?:19|20)\d{2})\s*年/.exec(title);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * The issuing body as the title names it: the words before the year or 关于.
 *
 * @example
 * ```ts
 * issuerOfTitle('天津市滨海新区杭州道街道办事处2023年法治政府建设工作报告'); // '天津市滨海新区杭州道街道办事处'
 * issuerOfTitle('关于2023年度法治政府建设情况的报告'); // undefined
 * ```
 */
export function issuerOfTitle(title: string): string | undefined {
  const cut = title.search(/关于|(?:19|20)\d{2}\s*年/);
  const name = (cut >= 0 ? title.slice(0, cut) : '').replace(/[\s\u00a0\u3000:：,，]+$/u, '').trim();
  return name.length >= 2 ? name : undefined;
}

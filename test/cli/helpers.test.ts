import { describe, expect, it } from 'vitest';
import { CliError } from '../../packages/cli/src/cli-error.js';
import { chooseLocale, chooseLocaleTag } from '../../packages/cli/src/locale.js';
import { jsonErrorOffset, lineAndColumn, parseJsonFile } from '../../packages/cli/src/parse-json.js';
import { createProgress } from '../../packages/cli/src/progress.js';
import { renderTable } from '../../packages/cli/src/table.js';
import { displayWidth, truncate } from '../../packages/cli/src/text-width.js';

describe('text width in terminal columns', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('行政复议 16件')).toBe(13);
    expect(displayWidth('100％，')).toBe(7);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('cuts to a width with an ellipsis, never splitting a wide character', () => {
    expect(truncate('受理人民群众来电来信', 9)).toBe('受理人民…');
    expect(truncate('受理', 9)).toBe('受理');
  });

  it('aligns table columns by terminal width', () => {
    expect(
      renderTable(
        [{ header: '指标' }, { header: '数值', right: true }],
        [
          ['行政复议', '16件'],
          ['罚款', '650元'],
        ],
      ),
    ).toBe(['指标       数值', '--------  -----', '行政复议   16件', '罚款      650元'].join('\n'));
  });
});

describe('JSON errors with line and column', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['{\n  "a": tru\n}', 9],
    ['[1, 2', 5],
    ['{"a": "x\ny"}', 8],
    ['[1] x', 4],
    ['', 0],
  ])('jsonErrorOffset(%j) = %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('finds no error in valid JSON', () => {
    for (const text of ['{}', '[]', '{"a":[1,2.5e3,-0.1,true,false,null,"\\u4e2d\\n"]}', ' 1 ']) expect(jsonErrorOffset(text)).toBeUndefined();
  });

  it('gives line and column from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('throws a CliError naming the file, line and column', () => {
    try {
      parseJsonFile('{\n  "a": 1,\n}', 'r.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).text['zh-CN']).toContain('r.json 第 3 行第 1 列');
      expect((error as CliError).text.en).toContain('r.json, line 3, column 1');
    }
  });
});

describe('language and progress', () => {
  it('chooses the language from --lang, then LC_ALL / LC_MESSAGES / LANG, else zh-CN', () => {
    expect(chooseLocale('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(chooseLocale(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(chooseLocale(undefined, { LANG: 'C' })).toBe('zh-CN');
    expect(chooseLocale(undefined, {})).toBe('zh-CN');
    expect(chooseLocaleTag(undefined, { LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(chooseLocaleTag('zh-HK', { LANG: 'en_US.UTF-8' })).toBe('zh-Hant');
    expect(chooseLocale('zh-Hant', {})).toBe('zh-CN');
    expect(chooseLocaleTag(undefined, { LANG: 'C.UTF-8' })).toBe('zh-CN');
  });

  it('rewrites one progress line on a terminal, and stays silent otherwise', () => {
    const written: string[] = [];
    const terminal = { isTTY: true, columns: 80, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = createProgress(3, terminal);
    progress.step(0, 'a.txt');
    progress.step(1, 'b.txt');
    progress.done();
    expect(written).toEqual(['\r\x1b[K[1/3] a.txt', '\r\x1b[K[2/3] b.txt', '\r\x1b[K']);
    const piped: string[] = [];
    const pipe = { isTTY: false, write: (text: string) => piped.push(text) } as unknown as NodeJS.WriteStream;
    createProgress(3, pipe).step(0, 'a.txt');
    createProgress(1, terminal).step(0, 'only.txt');
    expect(piped).toEqual([]);
    expect(written).toHaveLength(3);
  });
});

// No branch on the locale outside the locale files: the words of each locale live in its Translation
// (scripts/locale-branches.mjs holds the rule; eslint.config.js applies it too). This runs that rule alone
// through ESLint's Node API, so it holds even when ESLint is switched off or its config is changed.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { parser } from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LOCALE_BRANCH_SELECTORS, LOCALE_FILES } from '../../scripts/locale-branches.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** ESLint with the locale-branch rule and nothing else, on the packages' sources less the locale files. */
const localeBranchLinter = () =>
  new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: [...LOCALE_FILES] },
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        rules: { 'no-restricted-syntax': ['error', ...LOCALE_BRANCH_SELECTORS] },
      },
    ],
    // Only this rule: an `eslint-disable` comment cannot switch it off.
    allowInlineConfig: false,
  });

/** `file:line:column  source` for every report. */
const reportsOf = (results: ESLint.LintResult[]): string[] =>
  results.flatMap((result) =>
    result.messages.map((message) => {
      const line = result.source?.split('\n')[message.line - 1]?.trim() ?? '';
      return `${result.filePath.slice(root.length)}:${message.line}:${message.column}  ${line}`;
    }),
  );

describe('locale branches', () => {
  it('the rule reports comparisons with a locale, switches on one and locale tags, and nothing else', async () => {
    const code = [
      "if (locale === 'en') a();", // 1
      "const b = 'zh-CN' !== options.locale ? 1 : 2;", // 2
      'if (this.lang == other) a();', // 3
      'if (language === next) a();', // 4
      "if (tag === 'zh-Hant') a();", // 5
      'switch (locale) { default: }', // 6
      "switch (kind) { case 'zh': break; }", // 7
      'if (locale === undefined) a();', // allowed: is there a locale?
      'if (lang != null) a();',
      'if (a.locale === b.locale) a();', // allowed: did it change?
      "if (kind === 'count') a();",
      'const t = translationOf(locale).punctuation.colon;',
    ].join('\n');
    const [result] = await localeBranchLinter().lintText(code, { filePath: `${root}packages/core/src/example.ts` });
    expect(result?.messages.map((message) => message.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result?.messages[0]?.message).toContain('Translation');
  });

  it('the locale files may branch', async () => {
    const linter = localeBranchLinter();
    for (const file of ['packages/core/src/locale/en.ts', 'packages/elements/src/internal/i18n/locale.ts', 'packages/cli/src/locale.ts']) {
      expect(await linter.isPathIgnored(`${root}${file}`), file).toBe(true);
      const results = await linter.lintText("export const x = (locale: string) => locale === 'en';", { filePath: `${root}${file}`, warnIgnored: false });
      expect(results.flatMap((result) => result.messages)).toEqual([]);
    }
  });

  it('packages/*/src has no branch on the locale outside the locale files', async () => {
    const results = await localeBranchLinter().lintFiles(['packages/*/src/**/*.ts']);
    expect(results.length).toBeGreaterThan(100);
    const reports = reportsOf(results);
    expect(reports, `put each word in the locale's Translation instead:\n${reports.join('\n')}`).toEqual([]);
  }, 60_000);
});

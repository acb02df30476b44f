// The rule that keeps locale branches in the locale files: `no-restricted-syntax` selectors used by
// eslint.config.js and, on their own, by test/scripts/locale-branches.test.ts (so the rule holds even where
// ESLint is not run). docs/developers.md ("Lint and format") says how to add a word instead.

/**
 * The files that hold a locale's words. Only these may compare a locale: everything else reads the words from
 * the locale's Translation.
 */
export const LOCALE_FILES = ['packages/core/src/locale/**', 'packages/elements/src/internal/i18n/**', 'packages/cli/src/locale.ts'];

const LOCALE_NAME = '/^(locale|lang|language)$/';
const LOCALE_TAG = '/^(en|zh|zh-CN|zh-Hant)$/';
const LOCALE_BRANCH_MESSAGE =
  'A branch on the locale outside the locale files: put the word in the locale\u2019s Translation ' +
  '(packages/core/src/locale/<tag>.ts, packages/elements/src/internal/i18n/<tag>.ts) and read it from there.';
/** `locale`, `lang`, `language`, `x.locale`, `x.lang`, `x.language` on side `side` of a comparison. */
const localeNamed = (side) => `[${side}.type='Identifier'][${side}.name=${LOCALE_NAME}], [${side}.type='MemberExpression'][${side}.property.name=${LOCALE_NAME}]`;
/** The other side is only asking whether there is a locale (`locale === undefined`, `lang !== null`). */
const presence = (side) => `[${side}.type='Identifier'][${side}.name='undefined'], [${side}.type='Literal'][${side}.raw='null']`;
/** A locale's tag written out: `'en'`, `'zh-CN'`… */
const localeTag = (side) => `[${side}.type='Literal'][${side}.value=${LOCALE_TAG}]`;
const COMPARISON = 'BinaryExpression[operator=/^[!=]==?$/]';

/**
 * `no-restricted-syntax` entries that forbid branching on the locale: `locale === 'en'`, `'zh-CN' !== lang`,
 * `x.locale === other` (either side), `switch (locale)` and `case 'zh-CN':`. Comparing a locale with
 * `undefined`/`null` (is there one?) or with another locale (`a.locale === b.locale`, did it change?) is allowed.
 * They apply to packages/*\/src except {@link LOCALE_FILES}.
 */
export const LOCALE_BRANCH_SELECTORS = [
  {
    selector: `${COMPARISON}:matches(${localeTag('left')}, ${localeTag('right')})`,
    message: LOCALE_BRANCH_MESSAGE,
  },
  {
    selector: `${COMPARISON}:matches(${localeNamed('left')}):not(${presence('right')}, ${localeNamed('right')}, ${localeTag('right')})`,
    message: LOCALE_BRANCH_MESSAGE,
  },
  {
    selector: `${COMPARISON}:matches(${localeNamed('right')}):not(${presence('left')}, ${localeNamed('left')}, ${localeTag('left')})`,
    message: LOCALE_BRANCH_MESSAGE,
  },
  {
    selector: `SwitchStatement:matches([discriminant.type='Identifier'][discriminant.name=${LOCALE_NAME}], [discriminant.type='MemberExpression'][discriminant.property.name=${LOCALE_NAME}])`,
    message: LOCALE_BRANCH_MESSAGE,
  },
  { selector: `SwitchCase[test.type='Literal'][test.value=${LOCALE_TAG}]`, message: LOCALE_BRANCH_MESSAGE },
];

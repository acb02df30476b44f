// ESLint for the whole repository (flat config). `npm run lint` runs it with Prettier and the unused-export check;
// docs/developers.md ("Lint and format") says what each rule is for.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { LOCALE_BRANCH_SELECTORS, LOCALE_FILES } from './scripts/locale-branches.mjs';

const CODE = '**/*.{ts,mts,cts,js,mjs,cjs}';

/** `it.only`, `describe.skip`, `test.todo`, `it.skipIf(…)`, `describe.concurrent.only`…: every test runs, every time. */
const FOCUSED_OR_SKIPPED_TESTS = [
  {
    selector:
      'MemberExpression[property.name=/^(only|skip|todo|skipIf|runIf)$/]:matches([object.name=/^(it|test|describe|suite)$/], [object.object.name=/^(it|test|describe|suite)$/])',
    message: 'No focused, skipped or to-do tests: every test runs in CI (delete the test or make it pass).',
  },
];

/**
 * Type-aware rules (promises awaited, thenables, thrown errors) on the packages' sources only: one TypeScript
 * program from tsconfig.json. Extending them to the tests and scripts doubled the lint time (16 s → 31 s on the
 * shared 2-core machine) for rules that matter in shipped code.
 */
const TYPED_FILES = ['packages/*/src/**/*.ts'];

export default defineConfig(
  globalIgnores([
    '**/node_modules/**',
    '**/dist/**',
    'storybook-static/**',
    'coverage/**',
    '**/.cache/**',
    'docs/reference/**',
    // Declarations of .mjs modules: nothing to lint, and typescript-eslint would read them without a program.
    '**/*.d.mts',
  ]),
  {
    files: [CODE],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          // `type XMatchesSchema = Proof<Same<X, z.infer<typeof XSchema>>>` exists only to be type-checked.
          varsIgnorePattern: '^_|MatchesSchema$',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
      // The code base uses `!` where an index is known to exist (noUncheckedIndexedAccess); tsc checks the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `interface X extends Y {}` and `declare module … { namespace JSX … }` are how a tag's types merge into React's and Vue's.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    files: ['**/*.{cjs,cts}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Pages that run in a browser, and Node scripts that hand functions to one (`page.evaluate(() => document…)`).
    files: ['bench/**', 'examples/**', 'scripts/**', 'test/**', '.storybook/**', 'stories/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Written as a user of the packed packages writes it: the classes are imported as values to prove they are exported.
    files: ['test/packaging/consumer/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: TYPED_FILES,
    ignores: ['test/packaging/consumer/**'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    // The elements: Lit templates and their accessibility.
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
    rules: {
      // `<ul role="list">` is on purpose: WebKit drops a list's semantics when its CSS says `list-style: none`.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: LOCALE_FILES,
    rules: { 'no-restricted-syntax': ['error', ...LOCALE_BRANCH_SELECTORS] },
  },
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': ['error', ...FOCUSED_OR_SKIPPED_TESTS],
      // Tests poke at JSON of any shape, and the XSS corpus is made of `javascript:` URLs.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-script-url': 'off',
    },
  },
);

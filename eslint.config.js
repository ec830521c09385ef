// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, without type information
// (a type-aware run costs a full type check; `tsc --noEmit` in `npm test` does that job). Rules that
// would mean rewriting working code wholesale are off; correctness rules stay on.
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'bench/corpus/**', '.bench/**', '.dist-build-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
    // Stale `eslint-disable` comments for no-require-imports (off here) are left alone.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Lazy loading (`require('yaml') as typeof import('yaml')`) keeps start-up fast: a design choice.
      '@typescript-eslint/no-require-imports': 'off',
      // `import('…').Type` annotations are used to name a type without loading its module.
      '@typescript-eslint/consistent-type-imports': 'off',
      // A secret scanner matches and escapes control characters on purpose (terminal-injection guards).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-var-requires': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);

// Lint rules: ESLint's and typescript-eslint's recommended sets, and eslint-plugin-astro's for
// the .astro files. Formatting is Prettier's job (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench-results/', 'scripts/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring, callback positions).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The blocking scripts are written small by hand (see .prettierignore): short-circuit calls and
    // the empty catch around localStorage (which throws when storage is blocked) are deliberate.
    files: ['public/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
);

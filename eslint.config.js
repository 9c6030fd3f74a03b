// Lint rules: ESLint's and typescript-eslint's recommended sets (the type-checked set on the
// TypeScript files, so a promise nobody awaits or a promise handed to something that ignores it is
// caught), eslint-plugin-astro's for the .astro files, and three house rules below. Formatting is
// Prettier's job (.prettierrc.json), so no style rules here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every relative import names its file, extension included (`./paths.ts`, `../Base.astro`), the
// way Node's type stripping and Vite both need it; an import without one resolves in one and not
// the other. esquery regexes cannot hold a `/`, hence \x2F. A `?url`/`?raw` suffix is Vite's.
const EXTENSIONLESS = String.raw`/^\.\.?\x2F(?!.*\.(ts|astro|js|mjs|css|json)(\?[a-z]+)?$)/`;
const extensionless = (node) => ({
  selector: `${node}[source.value=${EXTENSIONLESS}]`,
  message: 'Write relative imports with the file extension (./module.ts), as every other import in the repo does.',
});

// Browser code and the search engine run in the browser (and the engine in node's tests, too):
// neither may reach Astro's runtime modules or Node's.
const PURE_IMPORTS = {
  patterns: [
    {
      group: ['astro:*'],
      message: 'Browser code and the search engine must not import Astro runtime modules (astro:content, astro:assets …).',
    },
    {
      group: ['node:*', ...builtinModules.flatMap((name) => [name, `${name}/*`])],
      message: 'Browser code and the search engine must not import Node modules.',
    },
  ],
};

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
      'no-restricted-syntax': [
        'error',
        extensionless('ImportDeclaration'),
        extensionless('ExportNamedDeclaration'),
        extensionless('ExportAllDeclaration'),
        extensionless('ImportExpression'),
      ],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Both are in recommendedTypeChecked; named here because they are the reason for the set.
      // node:test's test() and describe() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/browser/**', 'src/lib/search/**'],
    rules: { 'no-restricted-imports': ['error', PURE_IMPORTS] },
  },
  {
    // The blocking scripts are written small by hand (see .prettierignore): short-circuit calls and
    // the empty catch around localStorage (which throws when storage is blocked) are deliberate.
    files: ['public/*.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
);

// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = [
  'browser',
  'chrome',
  'window',
  'document',
  'location',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
].map((name) => ({ name, message: 'lib/ runs in Node too: take it as a parameter, or put the seam in lib/browser.' }));
const NO_EXTENSION_API = { name: '#imports', message: 'Extension APIs belong in lib/browser or entrypoints/.' };
const NO_DEXIE = { name: 'dexie', message: 'Only lib/store talks to Dexie: add a repository function there.' };
// The content script runs in every page: it may take the first look, never the whole extractor (injected on demand).
const NO_FULL_EXTRACTOR = {
  name: '@/lib/extract',
  allowTypeImports: true,
  message: 'In-page code imports lib/extract/first-look or a single module; the full extractor is injected only into articles.',
};
const NO_WXT = {
  group: ['wxt', 'wxt/*', '@wxt-dev/*', '@webext-core/*'],
  message: 'Extension APIs belong in lib/browser or entrypoints/.',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'playwright-report/', 'test-results/', 'bench/results/', 'stats.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [NO_DEXIE] }],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/browser/**', 'lib/store/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { paths: [NO_DEXIE, NO_EXTENSION_API], patterns: [NO_WXT] }],
    },
  },
  {
    files: ['lib/store/**'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { paths: [NO_EXTENSION_API], patterns: [NO_WXT] }],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.filter(({ name }) => name === 'browser' || name === 'chrome' || name === 'indexedDB'),
      ],
      'no-restricted-imports': ['error', { paths: [NO_DEXIE, NO_EXTENSION_API, NO_FULL_EXTRACTOR], patterns: [NO_WXT] }],
    },
  },
  {
    files: ['entrypoints/content/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DEXIE, NO_FULL_EXTRACTOR] }] },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, empty included.
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
);

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import * as astroParser from 'astro-eslint-parser';

/**
 * The one-way flow of the project (README, "Where things are"): each layer
 * imports only itself and the layers before it. eslint-plugin-boundaries
 * resolves every import of src/, scripts/, tools/ and test/ (`.astro`
 * frontmatter included) and `npm run lint`, part of `npm test`, fails on
 * any import against the flow.
 */
const FLOW = [
  ['common', ['src/lib/common/**']],
  ['contract', ['src/lib/contract/**']],
  ['formats', ['src/lib/formats/**']],
  ['ingest', ['src/lib/ingest/**']],
  ['derive', ['src/lib/derive/**']],
  ['i18n', ['src/i18n/**']],
  ['publish', ['src/lib/publish/**']],
  // The partners' guide and the export checker read exports as ingest does and describe them as publish does.
  ['guide', ['src/lib/guide/**', 'src/lib/checker/**']],
  ['editions', ['src/lib/editions/**']],
  ['pipeline', ['src/lib/pipeline/**']],
  ['site', ['src/lib/site/**']],
  ['charts', ['src/charts/**']],
  ['pageData', ['src/pageData/**']],
  ['components', ['src/components/**', 'src/layouts/**']],
  ['pages', ['src/pages/**', 'src/build/**']],
];
const layer = (name) => FLOW.findIndex(([n]) => n === name);
const upTo = (name) => FLOW.slice(0, layer(name) + 1).map(([n]) => n);

/** What may import what: every layer its predecessors; the rest by name. */
const ALLOWED = {
  ...Object.fromEntries(FLOW.map(([name]) => [name, upTo(name)])),
  // Components place what page data gives them: never ingest, derive, publish, editions, formats or the pipeline.
  components: ['common', 'contract', 'i18n', 'site', 'charts', 'pageData', 'components', 'client', 'styles'],
  pages: [...upTo('pages'), 'client', 'styles'],
  // Browser code: the checker runs ingest in a worker; never the site, charts or pages.
  client: ['common', 'contract', 'formats', 'ingest', 'derive', 'i18n', 'publish', 'guide', 'client'],
  styles: ['styles'],
  tools: [...upTo('pages'), 'tools'],
  scripts: [...upTo('pages'), 'tools', 'scripts'],
  test: [...upTo('pages'), 'client', 'tools', 'scripts', 'test'],
  types: ['types'],
};

const ELEMENTS = [
  ...FLOW.flatMap(([type, patterns]) => patterns.map((pattern) => ({ type, pattern, partialMatch: false }))),
  { type: 'client', pattern: 'src/client/**', partialMatch: false },
  { type: 'styles', pattern: 'src/styles/**', partialMatch: false },
  { type: 'tools', pattern: 'tools/**', partialMatch: false },
  { type: 'scripts', pattern: 'scripts/**', partialMatch: false },
  { type: 'test', pattern: 'test/**', partialMatch: false },
  // Ambient type declarations of untyped packages.
  { type: 'types', pattern: 'src/types/**', partialMatch: false },
];

/** Modules that read or write files: never in page data or components, which are pure. */
const FILE_SYSTEM = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path'];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'reports/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // .astro files: only their frontmatter is linted, for the import rules.
  {
    files: ['**/*.astro'],
    languageOptions: { parser: astroParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
    rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts', 'tools/**/*.ts', 'test/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**', 'scripts/**', 'tools/**', 'test/**'],
    },
    rules: {
      // A new folder under src/ takes its place in the flow before it is used.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'Import contre le flux (README, « Where things are ») : {{from.type}} ne peut pas importer {{to.type}}.',
          policies: Object.entries(ALLOWED).map(([from, to]) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } })),
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/pageData/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: FILE_SYSTEM.map((name) => ({ name, message: 'Page data and components are pure: no file reading or writing (the site stage reads, endpoints write).' })) }],
    },
  },
);

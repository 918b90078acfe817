// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * One-way imports (see docs/adr/0001-layout.md): lib and components know nothing
 * of the app; features use the shared layers but never each other; only app/
 * composes features. A rule catches the slip a review would miss.
 * @param {string} message
 * @param {string[]} regexes
 */
const restrict = (message, regexes) => ({
  'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }],
})

const FEATURES =
  'Features never import each other or app/; share through src/components, src/hooks, src/data or src/lib.'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-server',
      'dist-export',
      'dist-bench',
      'coverage',
      'test-results',
      'playwright-report',
      // Issue 17's measurement prototypes (their README says why).
      'bench/search-prototypes',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}', 'contract/**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: [
      'server/**',
      'build/**',
      'cli/**',
      'deploy/**',
      'bench/**',
      'tests/**',
      'pipeline/**',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // A rule of its own (the typescript-eslint twin of no-restricted-imports),
    // so the layer rules below, which set no-restricted-imports, cannot undo it.
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)pipeline(/|$)',
              message: 'pipeline/ runs at build time only; the app reads what it writes.',
            },
            {
              regex: '(^|/)(server|build|cli|bench)/',
              message:
                'The app runs in the browser: the server, the build, the commands and the benchmarks import it, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pipeline, page parser included, runs at build time and shares only
    // contract/ with the app; its tests check the index against the search
    // engine (contract/search-engine.ts) and may use src/lib.
    files: ['pipeline/**'],
    ignores: ['pipeline/**/*.test.ts'],
    rules: restrict('pipeline/ shares contract/ with the app, never src/.', ['(^|/)src(/|$)']),
  },
  {
    files: ['pipeline/**/*.test.ts'],
    rules: restrict('Pipeline tests may use src/lib, never UI code.', ['(^|/)src/(?!lib/)']),
  },
  {
    // The contract between the app, the pipeline, the server, the worker and
    // the build: schemas, ids, data file paths and route patterns, defined
    // once. It runs everywhere, so it imports only itself (and its libraries).
    files: ['contract/**'],
    // Its tests may use the app's fixtures and boundary.
    ignores: ['contract/**/*.test.ts'],
    rules: restrict('contract/ imports nothing of the project but itself.', ['^\\.\\./']),
  },
  {
    // The production server reads the contract and the built SSR bundle, never
    // the app's source: only the types of the bundle's entry, which the build
    // erases. Nor does it import the build, the commands or the benchmarks:
    // only build/ and cli/ wire modules to files and flags.
    files: ['server/**'],
    // Its tests use the helpers in tests/server/, which build a fixture dist/.
    ignores: ['server/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./src/entry-server\\.tsx$',
              allowTypeImports: true,
              message: 'The server imports only the types of the SSR entry: use import type.',
            },
            {
              regex: '^\\.\\./src/(?!entry-server\\.tsx$)',
              message: 'The server never imports the app (src/): share through contract/.',
            },
            {
              regex: '^\\.\\./(build|cli|bench|pipeline|tests)(/|$)',
              message: 'The server runs in production: it imports contract/ and itself only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: restrict('src/lib holds pure helpers: it imports only from src/lib and contract/.', [
      '^\\.\\./(?!\\.\\./contract/)',
    ]),
  },
  {
    files: ['src/components/**', 'src/hooks/**', 'src/data/**'],
    rules: restrict('Shared layers never import features or app code.', [
      '^\\.\\./(features|app)(/|$)',
    ]),
  },
  {
    // A feature's own folder: `../x` would be another feature.
    files: ['src/features/*/*'],
    rules: restrict(FEATURES, ['^\\.\\./(?!\\.\\./)', '^\\.\\./\\.\\./(features|app)(/|$)']),
  },
  {
    // One folder down (the film's sections, a feature's api/): `../` is still
    // the feature, `../../x` another one.
    files: ['src/features/*/*/*'],
    rules: restrict(FEATURES, [
      '^\\.\\./\\.\\./(?!\\.\\./)',
      '^\\.\\./\\.\\./\\.\\./(features|app)(/|$)',
    ]),
  },
  {
    // Two folders down would need rules of its own.
    files: ['src/features/*/*/*/**'],
    rules: restrict('A feature is at most two folders deep (features/film/cast/).', ['.']),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
)

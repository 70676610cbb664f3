// The rooms of ../shared/ARCHITECTURE.md, checked: who may import whom.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restricted = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

const noUi = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'recharts', '@digdir/*', '@tanstack/*'],
    message: 'Grensesnittet hører til renderer/.',
  },
];
const noElectron = [{ group: ['electron'], message: 'Bare electron/ snakker med Electron.' }];
const noDb = [
  {
    group: ['**/db', '**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
    message: 'Bare core/ åpner databasen; ansiktene går gjennom kontrakten.',
  },
];
const noFaces = [
  {
    group: ['**/cli/**', '**/electron/**', '**/renderer/**', '**/server/**'],
    message: 'core/ kjenner ikke ansiktene.',
  },
];

/**
 * What the renderer may take from core at run time: the label and code lists, and these named pure modules (no I/O,
 * no database, no Node), shared so that the screen and the report compute alike. Everything else only as types.
 */
const RENDERER_CORE_VALUES = [
  '[a-zA-Z]+/labels',
  'access',
  'audiences',
  'changeLog/events',
  'connection/upload',
  'names',
  'report/charts/svg',
  'report/charts/ticks',
  'report/model',
  'units/rules',
  'statistics/relationNotes',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'db/migrations/**',
      'drizzle/**',
      'bench/.cache/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The sanitisers (calendar text, file names) strip control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  { files: ['core/**/*.ts'], rules: restricted([...noUi, ...noElectron, ...noFaces]) },
  {
    files: ['db/**/*.ts'],
    rules: restricted([
      ...noUi,
      ...noElectron,
      ...noFaces,
      { group: ['**/core/**'], message: 'db/ kjenner ikke core/.' },
    ]),
  },
  { files: ['cli/**/*.ts', 'server/**/*.ts'], rules: restricted([...noUi, ...noElectron, ...noDb]) },
  { files: ['electron/**/*.ts'], rules: restricted([...noUi, ...noDb]) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restricted([
      ...noElectron,
      ...noDb,
      { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Renderer har ikke Node.' },
      {
        regex: `(^|/)core/(?!(${RENDERER_CORE_VALUES.join('|')})$)`,
        allowTypeImports: true,
        message: 'Renderer tar bare typer fra core/ (og de rene etikettlistene).',
      },
      { group: ['**/cli/**', '**/electron/**', '**/server/**'], message: 'Renderer kjenner bare kontrakten.' },
    ]),
  },
  { files: ['tests/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);

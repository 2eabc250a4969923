// ESLint: TypeScript + React hooks, and the layering rules of DESIGN.md (engine and machines stay pure).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureGlobals = [
  { name: 'window', message: 'The engine is pure: no DOM.' },
  { name: 'document', message: 'The engine is pure: no DOM.' },
  {
    name: 'setTimeout',
    message: 'Timers run on the virtual clock (engine queue), never wall time.',
  },
  {
    name: 'setInterval',
    message: 'Timers run on the virtual clock (engine queue), never wall time.',
  },
  { name: 'performance', message: 'No wall time in the engine.' },
];
const pureSyntax = [
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'Use the seeded PRNG (src/engine/rng.ts).',
  },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'No wall time in the engine.',
  },
  { selector: "NewExpression[callee.name='Date']", message: 'No wall time in the engine.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.ts', 'src/embed/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/machines/**/*.ts', 'src/scenarios/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-syntax': ['error', ...pureSyntax],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/viz/**', '**/store/**', 'react', 'react-dom', 'd3', 'd3-*'],
              message: 'engine/machines/scenarios must not depend on views, UI or the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/store/**', 'react', 'react-dom'],
              message: 'Renderers get data and a cursor; they never read the store or React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/ui/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/ui/**', '**/ui'], message: 'Nothing imports ui.' }] },
      ],
    },
  },
);

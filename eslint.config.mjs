// `npm run lint` (ESLint part): typescript-eslint's type-checked recommended rules over every
// workspace. Types come from each package's own tsconfig.json (projectService), so a file that
// no tsconfig includes is a finding, not a silent skip.
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/.data/', '**/.esbuild/', '**/.serverless/', '**/.build/', '**/coverage/', 'bench-results/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // No @ts-ignore, @ts-nocheck or @ts-check anywhere; @ts-expect-error only with a reason.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true, 'ts-nocheck': true, 'ts-check': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // The dashboard: React's rules of hooks (call order, effect dependencies).
    files: ['ui/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    // Plain JavaScript (scripts, the CommonJS preload of serverless offline): syntax-level rules
    // only, since no tsconfig types these files.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);

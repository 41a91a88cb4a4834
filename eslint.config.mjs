// Lint: zero warnings allowed (`eslint --max-warnings 0 .` in the test command).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.passerelles/**',
      '.nx/**',
      'libs/db/src/generated/**',
      'apps/web/src/graphql/generated/**',
      'apps/web-e2e/test-results/**',
      'apps/web-e2e/playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/libs/*/src/**', '../../libs/**'], message: 'Import workspace libraries by package name (@passerelles/…).' }] },
      ],
    },
  },
  {
    // Nest resolves constructor parameters from their runtime class: type-only imports would erase them.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/reference-data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@passerelles/*', '@nestjs/*', '@prisma/*', 'pg', 'ioredis', 'bullmq'], message: 'libs/domain and libs/reference-data are pure: no I/O, no framework, nothing of ours.' }] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['@passerelles/db/*', '@passerelles/platform/*', '@passerelles/jobs/*', '@nestjs/*', '@prisma/*'], message: 'The web app never imports server code.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

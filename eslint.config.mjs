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
    // The database is reached through Database's named entry points only (libs/db/src/database.ts): the
    // application never builds a pool or a Prisma client, never talks to pg, never sends unchecked raw SQL.
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: ['**/__tests__/**', 'apps/api/src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'pg', message: 'Use Database (libs/db): its named entry points are the only doors to the database.' },
            { name: '@prisma/adapter-pg', message: 'Use createDatabase (libs/db): one pool per process, built once.' },
            { name: '@passerelles/db/prisma-client', message: 'Use createDatabase (libs/db): one Prisma client per process, built once.' },
            { name: '@passerelles/db/pg-pool', message: 'Use createDatabase (libs/db): one pool per process, built once.' },
          ],
          patterns: [{ group: ['**/libs/*/src/**', '../../libs/**'], message: 'Import workspace libraries by package name (@passerelles/…).' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]", message: 'No raw SQL built from strings: a named statement of the read path, or a Prisma query.' },
        { selector: "MemberExpression[property.name='client'][object.property.name='database']", message: "Database's Prisma client is private: use its named entry points." },
        { selector: "MemberExpression[property.name='client'][object.name='database']", message: "Database's Prisma client is private: use its named entry points." },
      ],
    },
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

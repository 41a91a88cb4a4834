// Two projects: `unit` (pure code, no services) and `integration` (the booted Nest apps against the real
// PostgreSQL and Redis prepared by scripts/test.mjs). Both transform TypeScript with SWC.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2023',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  // Workspace libraries resolve to their TypeScript sources, as in the type-checker.
  testEnvironmentOptions: { customExportConditions: ['passerelles-source', 'node', 'require', 'default'] },
  transform: { '^.+\\.ts$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Generated Prisma code imports its TypeScript siblings with a .js extension (Node's ESM convention).
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.tools/', '<rootDir>/.passerelles/'],
};

module.exports = {
  // Real PostgreSQL, Redis and argon2 on a 2-core machine shared with other runs: Jest's 5 s default is too tight
  // for a beforeAll that signs up several collectivités (form, then the e-mailed link). Global: Jest reads it
  // only here, not per project.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/__tests__/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/', '/apps/web'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/{api,worker}/**/__tests__/**/*.int.spec.ts'],
      setupFiles: ['<rootDir>/scripts/jest/require-test-services.js'],
      // 30 s per test: booting the API and hashing passwords (argon2, 19 MiB) take seconds on a loaded 2-core machine.
      setupFilesAfterEnv: ['<rootDir>/scripts/jest/integration-timeout.js'],
      slowTestThreshold: 10,
    },
  ],
};

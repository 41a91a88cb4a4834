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
  // A global option (Jest ignores it per project). The integration tests use real services on a shared 2-core
  // machine: a busy PostgreSQL makes a sign-up in a hook take more than Jest's default 5 s without anything being
  // wrong. Slow tests are still reported from 10 s.
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

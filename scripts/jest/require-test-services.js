// Integration tests run against the PostgreSQL database and Redis prepared by `./passerelles test`
// (scripts/test.mjs). Run directly, they explain what is missing instead of failing obscurely.
for (const name of ['TEST_OWNER_DATABASE_URL', 'TEST_APP_DATABASE_URL', 'TEST_REDIS_URL', 'TEST_REDIS_PREFIX']) {
  if (!process.env[name]) {
    throw new Error(`${name} is not set: run the integration tests through "./passerelles test" (or "npm test").`);
  }
}

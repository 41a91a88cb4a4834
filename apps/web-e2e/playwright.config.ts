import { defineConfig } from '@playwright/test';

/**
 * Browser tests: Debian's Chromium (CHROME_PATH, found by scripts/test.mjs) against the real API, worker and
 * web app started by the global setup on the test database of the run. Screenshots are kept in
 * apps/web-e2e/screenshots and, per test, in test-results.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  // Generous: axe runs on every page and the machine also runs the API, the worker, PostgreSQL and Redis.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  globalSetup: require.resolve('./support/global-setup'),
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});

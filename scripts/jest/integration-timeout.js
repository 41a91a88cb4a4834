/* global jest */
// Jest reads testTimeout from the global configuration only; the integration project sets its own here.
jest.setTimeout(30_000);

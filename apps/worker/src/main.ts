import 'reflect-metadata';
import { ConfigError } from '@passerelles/platform/env-config';
import { createLogger } from '@passerelles/platform/logger';
import { loadWorkerConfig } from './config/worker-config';
import { createWorkerApp } from './worker-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Passerelles worker: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger('worker', config.logLevel);
  await createWorkerApp(config, logger);
  logger.info('worker started');
}

main().catch((error: unknown) => {
  console.error('Passerelles worker failed to start:', error);
  process.exit(1);
});

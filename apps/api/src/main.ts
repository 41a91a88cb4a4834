import 'reflect-metadata';
import { ConfigError } from '@passerelles/platform/env-config';
import { createLogger } from '@passerelles/platform/logger';
import { bootstrapApi } from './api-app';
import { loadApiConfig } from './config/api-config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadApiConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Passerelles API: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger('api', config.logLevel);
  await bootstrapApi(config, logger);
}

main().catch((error: unknown) => {
  console.error('Passerelles API failed to start:', error);
  process.exit(1);
});

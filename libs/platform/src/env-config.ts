import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the environment once, at boot, through a schema. A missing or malformed variable raises a ConfigError
 * naming every offending variable, so that the process stops before serving anything.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const present = typeof issue.path[0] === 'string' && env[issue.path[0]] !== undefined;
    return present ? `${name}: ${issue.message}` : `${name}: missing (${issue.message})`;
  });
  throw new ConfigError(problems);
}

/** Variables shared by the API and the worker. */
export const configFields = {
  nodeEnv: z.enum(['development', 'production', 'test']).default('development'),
  postgresUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL'),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'),
  redisPrefix: z
    .string()
    .regex(/^[a-zA-Z0-9:_-]{1,60}$/, 'letters, digits, ":", "_" or "-" (60 at most)')
    .default('passerelles'),
  httpUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  port: z.coerce.number().int().min(0).max(65535),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  flag: z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1'),
};

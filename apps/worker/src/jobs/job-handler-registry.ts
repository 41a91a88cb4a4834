import { Inject, Injectable } from '@nestjs/common';
import { JobName } from '@passerelles/jobs/job-names';
import { JOB_HANDLERS, type JobHandler } from './job-handler';

export class JobRegistryError extends Error {
  override name = 'JobRegistryError';
}

/** Checked at start-up: every JobName has exactly one handler, and no handler serves an unknown name. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers: ReadonlyMap<JobName, JobHandler>;

  constructor(@Inject(JOB_HANDLERS) handlers: JobHandler[]) {
    this.handlers = buildRegistry(handlers);
  }

  handlerFor(name: string): JobHandler {
    const handler = this.handlers.get(name as JobName);
    if (!handler) throw new JobRegistryError(`No handler for job "${name}"`);
    return handler;
  }
}

export function buildRegistry(handlers: readonly JobHandler[]): ReadonlyMap<JobName, JobHandler> {
  const known = new Set<string>(Object.values(JobName));
  const registry = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (!known.has(handler.jobName)) throw new JobRegistryError(`${handler.constructor.name} handles unknown job "${handler.jobName}"`);
    const existing = registry.get(handler.jobName);
    if (existing) {
      throw new JobRegistryError(`Job "${handler.jobName}" has two handlers: ${existing.constructor.name} and ${handler.constructor.name}`);
    }
    registry.set(handler.jobName, handler);
  }
  const missing = [...known].filter((name) => !registry.has(name as JobName));
  if (missing.length > 0) throw new JobRegistryError(`Jobs without a handler: ${missing.join(', ')}`);
  return registry;
}

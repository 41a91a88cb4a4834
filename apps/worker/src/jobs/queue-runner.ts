import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { runWithTenantContext } from '@passerelles/db/tenant-context';
import { JobName, QueueName } from '@passerelles/jobs/job-names';
import { JobProducer } from '@passerelles/jobs/job-producer';
import { WorkerConfig } from '../config/worker-config';
import { JobHandlerRegistry } from './job-handler-registry';

/** Runs one BullMQ worker per queue and hands each job to its handler, inside the job's tenant context. */
@Injectable()
export class QueueRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueRunner.name);
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(WorkerConfig) private readonly config: WorkerConfig,
    @Inject(Redis) private readonly connection: Redis,
    @Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry,
    @Inject(JobProducer) private readonly producer: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const queue of Object.values(QueueName)) {
      // A connection per worker: BullMQ blocks on it while waiting for jobs.
      const connection = this.connection.duplicate({ maxRetriesPerRequest: null });
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.process(job), {
        connection,
        prefix: this.config.redisPrefix,
        concurrency: this.config.concurrency,
      });
      worker.on('failed', (job, error) => this.logger.warn(`job ${job?.name}#${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
      worker.on('error', (error) => this.logger.error(`queue ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    await this.scheduleRepeatableJobs();
    this.logger.log(`listening on queues ${Object.values(QueueName).join(', ')} (prefix ${this.config.redisPrefix})`);
  }

  private async scheduleRepeatableJobs(): Promise<void> {
    // upsertJobScheduler is idempotent: every worker process may call it at boot.
    await this.producer
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(
        JobName.SweepEmailOutbox,
        { every: this.config.outboxSweepSeconds * 1000 },
        { name: JobName.SweepEmailOutbox, data: { olderThanSeconds: this.config.outboxSweepSeconds } },
      );
    await this.producer
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(JobName.PurgeAccountLinks, { every: 3600 * 1000 }, { name: JobName.PurgeAccountLinks, data: {} });
  }

  private async process(job: Job): Promise<void> {
    const handler = this.registry.handlerFor(job.name);
    const tenantId = (job.data as { tenantId?: unknown }).tenantId;
    if (typeof tenantId === 'string') {
      await runWithTenantContext({ tenantId, userId: null, role: null, requestId: `job:${job.id}` }, () => handler.handle(job.data, job));
    } else {
      await handler.handle(job.data, job);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    // close() lets running jobs finish; their rows stay consistent.
    await Promise.all(this.workers.map((worker) => worker.close()));
    // BullMQ leaves connections it was given open: they are ours to close.
    this.connections.forEach((connection) => connection.disconnect());
  }
}

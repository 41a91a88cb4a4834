import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobName, type QueueName } from './job-names';
import { QUEUE_OF_JOB, type JobPayload } from './job-payloads';

/** Retries with exponential backoff; failed jobs are kept so that people can see them. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

export interface EnqueueOptions {
  /**
   * Idempotency key derived from the business occurrence (e.g. "email:<deliveryId>"): BullMQ ignores a second
   * job with the same id while the first is kept. The database stays the final guard.
   */
  jobId: string;
  delayMs?: number;
}

/** Typed front of the BullMQ queues: a job name only accepts its own payload type. */
export class JobProducer {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions): Promise<void> {
    await this.queue(QUEUE_OF_JOB[name]).add(name, payload, {
      ...DEFAULT_JOB_OPTIONS,
      jobId: options.jobId.replaceAll(':', '.'),
      delay: options.delayMs,
    });
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}

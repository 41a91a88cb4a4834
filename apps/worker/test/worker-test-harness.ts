import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { completeSiren } from '@passerelles/domain/siren';
import { JobName, QueueName } from '@passerelles/jobs/job-names';
import { JobProducer } from '@passerelles/jobs/job-producer';
import { createLogger } from '@passerelles/platform/logger';
import { createRedisConnection } from '@passerelles/platform/redis-connection';
import { SmtpCapture } from '@passerelles/testing/smtp-capture';
import type { WorkerConfig } from '../src/config/worker-config';
import { createWorkerApp } from '../src/worker-app';

/**
 * The real worker process' application, on its own Redis prefix (so that it never takes the jobs of the API
 * tests running in parallel), a real SMTP server, and owner SQL to arrange outbox rows.
 */
export class WorkerTestHarness {
  private constructor(
    readonly app: INestApplicationContext,
    readonly smtp: SmtpCapture,
    readonly producer: JobProducer,
    private readonly events: QueueEvents,
    private readonly eventsConnection: ReturnType<typeof createRedisConnection>,
    private readonly redis: ReturnType<typeof createRedisConnection>,
    private readonly owner: Client,
  ) {}

  static async start(): Promise<WorkerTestHarness> {
    const smtp = await new SmtpCapture().start();
    const prefix = `${process.env.TEST_REDIS_PREFIX}-worker-${randomUUID().slice(0, 8)}`;
    const config: WorkerConfig = {
      environment: 'test',
      databaseUrl: process.env.TEST_APP_DATABASE_URL!,
      databasePoolSize: 4,
      redisUrl: process.env.TEST_REDIS_URL!,
      redisPrefix: prefix,
      smtpUrl: smtp.url,
      mailFrom: 'Passerelles <no-reply@passerelles.test>',
      concurrency: 4,
      outboxSweepSeconds: 3600,
      logLevel: 'silent',
    };
    const app = await createWorkerApp(config, createLogger('worker-test', 'silent'));
    const redis = createRedisConnection({ url: config.redisUrl, connectionName: 'worker-test' });
    const producer = new JobProducer(redis, prefix);
    const eventsConnection = redis.duplicate({ maxRetriesPerRequest: null });
    const events = new QueueEvents(QueueName.Email, { connection: eventsConnection, prefix });
    await events.waitUntilReady();
    const owner = new Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
    await owner.connect();
    return new WorkerTestHarness(app, smtp, producer, events, eventsConnection, redis, owner);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.events.close();
    this.eventsConnection.disconnect();
    await this.producer.close();
    this.redis.disconnect();
    await this.owner.end();
    await this.smtp.stop();
  }

  async createTenant(): Promise<string> {
    const id = randomUUID();
    const siren = completeSiren(String(Math.floor(Math.random() * 1e8)).padStart(8, '0'));
    await this.owner.query(
      `INSERT INTO tenants (id, name, kind, siren, region_code, slug, updated_at) VALUES ($1, 'Commune du worker', 'COMMUNE', $2, '53', $3, now())`,
      [id, siren, `worker-${id}`],
    );
    return id;
  }

  /** A null tenant makes an account e-mail (sign-up confirmation, password reset). */
  async createDelivery(tenantId: string | null, overrides: { recipient?: string; status?: string; createdSecondsAgo?: number; updatedSecondsAgo?: number } = {}): Promise<{ id: string; recipient: string }> {
    const id = randomUUID();
    const recipient = overrides.recipient ?? `destinataire.${id.slice(0, 8)}@example.test`;
    await this.owner.query(
      `INSERT INTO email_deliveries (id, tenant_id, idempotency_key, recipient, template, subject, html_body, text_body, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'test', 'Objet de test', '<p>Bonjour</p>', 'Bonjour', $5::email_delivery_status,
               now() - make_interval(secs => $6), now() - make_interval(secs => $7))`,
      [id, tenantId, `test:${id}`, recipient, overrides.status ?? 'PENDING', overrides.createdSecondsAgo ?? 0, overrides.updatedSecondsAgo ?? 0],
    );
    return { id, recipient };
  }

  async delivery(id: string): Promise<{ status: string; attempts: number; html_body: string | null; text_body: string | null; last_error: string | null; sent_at: Date | null }> {
    return (await this.owner.query('SELECT status, attempts, html_body, text_body, last_error, sent_at FROM email_deliveries WHERE id = $1', [id])).rows[0];
  }

  /** Enqueues a send and resolves when BullMQ reports the job finished (completed or failed for good). */
  async sendAndWait(tenantId: string | null, deliveryId: string, jobId = `email:${deliveryId}`): Promise<'completed' | 'failed'> {
    const finished = new Promise<'completed' | 'failed'>((resolve) => {
      const id = jobId.replaceAll(':', '.');
      const onCompleted = ({ jobId: done }: { jobId: string }) => done === id && (cleanup(), resolve('completed'));
      const onFailed = ({ jobId: done }: { jobId: string }) => done === id && (cleanup(), resolve('failed'));
      const cleanup = () => {
        this.events.off('completed', onCompleted);
        this.events.off('failed', onFailed);
      };
      this.events.on('completed', onCompleted);
      this.events.on('failed', onFailed);
    });
    if (tenantId === null) await this.producer.enqueue(JobName.SendAccountEmail, { deliveryId }, { jobId });
    else await this.producer.enqueue(JobName.SendEmail, { tenantId, deliveryId }, { jobId });
    return finished;
  }
}

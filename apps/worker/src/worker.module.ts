import { Module, type DynamicModule, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Database } from '@passerelles/db/database';
import { createDatabase } from '@passerelles/db/create-database';
import { JobProducer } from '@passerelles/jobs/job-producer';
import { createRedisConnection } from '@passerelles/platform/redis-connection';
import { WorkerConfig } from './config/worker-config';
import { PurgeAccountLinksHandler } from './accounts/purge-account-links.handler';
import { EmailDeliveryRepository } from './email/email-delivery.repository';
import { Mailer } from './email/mailer';
import { EmailDelivery, SendAccountEmailHandler, SendEmailHandler } from './email/send-email.handler';
import { SweepEmailOutboxHandler } from './email/sweep-email-outbox.handler';
import { JOB_HANDLERS, type JobHandler } from './jobs/job-handler';
import { JobHandlerRegistry } from './jobs/job-handler-registry';
import { QueueRunner } from './jobs/queue-runner';
import { TenantDirectory } from './jobs/tenant-directory';

/** Every job handler of the worker; the registry checks this list against the JobName enum at boot. */
const HANDLERS = [SendEmailHandler, SendAccountEmailHandler, SweepEmailOutboxHandler, PurgeAccountLinksHandler];

@Injectable()
class ConnectionsShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(Redis) private readonly redis: Redis,
    @Inject(JobProducer) private readonly producer: JobProducer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
    await this.database.disconnect();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: WorkerConfig, useValue: config },
        {
          provide: Database,
          useFactory: () =>
            createDatabase({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize, applicationName: 'passerelles-worker' }),
        },
        { provide: Redis, useFactory: () => createRedisConnection({ url: config.redisUrl, connectionName: 'passerelles-worker', forBlockingCommands: true }) },
        { provide: JobProducer, inject: [Redis], useFactory: (redis: Redis) => new JobProducer(redis, config.redisPrefix) },
        ...HANDLERS,
        { provide: JOB_HANDLERS, inject: HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers },
        JobHandlerRegistry,
        QueueRunner,
        TenantDirectory,
        EmailDeliveryRepository,
        EmailDelivery,
        Mailer,
        ConnectionsShutdown,
      ],
    };
  }
}

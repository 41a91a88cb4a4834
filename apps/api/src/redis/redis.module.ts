import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { JobProducer } from '@passerelles/jobs/job-producer';
import { createRedisConnection } from '@passerelles/platform/redis-connection';
import { ApiConfig } from '../config/api-config';

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(Redis) private readonly redis: Redis,
    @Inject(JobProducer) private readonly jobs: JobProducer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Redis,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => createRedisConnection({ url: config.redisUrl, connectionName: 'passerelles-api' }),
    },
    {
      provide: JobProducer,
      inject: [Redis, ApiConfig],
      useFactory: (redis: Redis, config: ApiConfig) => new JobProducer(redis, config.redisPrefix),
    },
    RedisShutdown,
  ],
  exports: [Redis, JobProducer],
})
export class RedisModule {}

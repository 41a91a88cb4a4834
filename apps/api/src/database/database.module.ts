import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { createPrismaClient } from '@passerelles/db/prisma-client';
import { ApiConfig } from '../config/api-config';
import { DatabaseRoleCheck } from './database-role.check';
import { QueryCounter } from './query-counter';

@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.client.$disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [ApiConfig, QueryCounter],
      useFactory: (config: ApiConfig, counter: QueryCounter) =>
        new Database(
          createPrismaClient({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize, applicationName: 'passerelles-api', onQuery: () => counter.increment() }),
        ),
    },
    QueryCounter,
    DatabaseShutdown,
    DatabaseRoleCheck,
  ],
  exports: [Database, QueryCounter],
})
export class DatabaseModule {}

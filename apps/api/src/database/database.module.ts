import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { createDatabase } from '@passerelles/db/create-database';
import { ApiConfig } from '../config/api-config';
import { DatabaseRoleCheck } from './database-role.check';
import { QueryCounter } from './query-counter';

@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [ApiConfig, QueryCounter],
      useFactory: (config: ApiConfig, counter: QueryCounter) =>
        createDatabase({
          connectionString: config.databaseUrl,
          poolSize: config.databasePoolSize,
          applicationName: 'passerelles-api',
          // Counting costs a Prisma query event per statement: only the tests count.
          onStatement: config.environment === 'test' ? () => counter.increment() : undefined,
        }),
    },
    QueryCounter,
    DatabaseShutdown,
    DatabaseRoleCheck,
  ],
  exports: [Database, QueryCounter],
})
export class DatabaseModule {}

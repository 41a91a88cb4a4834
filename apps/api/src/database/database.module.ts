import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { createPrismaClient } from '@passerelles/db/prisma-client';
import { ApiConfig } from '../config/api-config';
import { DatabaseRoleCheck } from './database-role.check';

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
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) =>
        new Database(createPrismaClient({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize, applicationName: 'passerelles-api' })),
    },
    DatabaseShutdown,
    DatabaseRoleCheck,
  ],
  exports: [Database],
})
export class DatabaseModule {}

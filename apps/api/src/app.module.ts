import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { Logger } from '@passerelles/platform/logger';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SessionService } from './auth/session.service';
import { ApiConfig } from './config/api-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { Database } from '@passerelles/db/database';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MembersModule } from './members/members.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { CooperationsModule } from './cooperations/cooperations.module';
import { TenantsModule } from './tenants/tenants.module';
import { ProjectsModule } from './projects/projects.module';
import { DeliberationsModule } from './deliberations/deliberations.module';
import { DocumentsModule } from './documents/documents.module';
import { RedisModule } from './redis/redis.module';

/** Feature modules of the API; configuration and logger come from the caller (main.ts or a test). */
export const FEATURE_MODULES = [
  AuthModule,
  AuditModule,
  MembersModule,
  InvitationsModule,
  HealthModule,
  TenantsModule,
  OrganisationsModule,
  CooperationsModule,
  ProjectsModule,
  DeliberationsModule,
  DocumentsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule],
          inject: [Database, SessionService],
          useFactory: (database: Database, sessions: SessionService) =>
            graphqlOptions(config, logger, database, (context) => sessions.hasSession(context)),
        }),
        ...FEATURE_MODULES,
      ],
    };
  }
}

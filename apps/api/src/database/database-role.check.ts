import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Database } from '@passerelles/db/database';

/**
 * Refuses to serve when the connection bypasses row-level security: a superuser or a BYPASSRLS role would
 * silently turn off the third lock of tenancy.
 */
@Injectable()
export class DatabaseRoleCheck implements OnApplicationBootstrap {
  constructor(private readonly database: Database) {}

  async onApplicationBootstrap(): Promise<void> {
    const role = await this.database.connectedRole();
    if (!role || role.superuser || role.bypassrls) {
      throw new Error(
        `APP_DATABASE_URL connects as "${role?.name}", a role that bypasses row-level security. Use the application role (passerelles_app).`,
      );
    }
  }
}

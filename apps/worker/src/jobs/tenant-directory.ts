import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';

/** The one cross-tenant read of the worker: collectivité ids, to fan system jobs out per tenant. */
@Injectable()
export class TenantDirectory {
  constructor(@Inject(Database) private readonly database: Database) {}

  async listTenantIds(): Promise<string[]> {
    const tenants = await this.database.systemTransaction('tenant-directory', () =>
      this.database.tx().tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } }),
    );
    return tenants.map((tenant) => tenant.id);
  }
}

import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { ServiceRevenuesValues, UpdateTenantValues } from '@passerelles/shared/schemas/tenant-settings.schemas';

const TENANT_FIELDS = { id: true, name: true, kind: true, siren: true, regionCode: true, slug: true } as const;

@Injectable()
export class TenantSettingsRepository {
  constructor(private readonly database: Database) {}

  findTenant(tenantId: string) {
    return this.database.tx().tenant.findUnique({ where: { id: tenantId }, select: TENANT_FIELDS });
  }

  updateTenant(tenantId: string, values: UpdateTenantValues) {
    return this.database.tx().tenant.update({ where: { id: tenantId }, data: values, select: TENANT_FIELDS });
  }

  listServiceRevenues() {
    return this.database.tx().serviceRevenue.findMany({ orderBy: { year: 'desc' } });
  }

  findServiceRevenues(tenantId: string, year: number) {
    return this.database.tx().serviceRevenue.findUnique({ where: { tenantId_year: { tenantId, year } } });
  }

  upsertServiceRevenues(tenantId: string, values: ServiceRevenuesValues) {
    const { year, ...amounts } = values;
    return this.database.tx().serviceRevenue.upsert({
      where: { tenantId_year: { tenantId, year } },
      create: { tenantId, year, ...amounts },
      update: amounts,
    });
  }

  /** Another collectivité by SIREN: only id, name and SIREN, under the explicit tenant-directory scope. */
  findCollectivityBySiren(siren: string) {
    return this.database.tx().tenant.findUnique({ where: { siren }, select: { id: true, name: true, siren: true } });
  }
}

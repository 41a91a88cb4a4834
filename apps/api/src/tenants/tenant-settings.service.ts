import { Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { currentTenantContext } from '@passerelles/db/tenant-context';
import type { ServiceRevenuesValues, UpdateTenantValues } from '@passerelles/shared/schemas/tenant-settings.schemas';
import { AuditTrail } from '../audit/audit-trail.service';
import { toAmount } from '../database/column-values';
import { NotFoundError } from '../errors/common.errors';
import type { ClientInfo } from '../graphql/client-info';
import { RATE_LIMITS, RateLimits } from '../rate-limits/rate-limits';
import type { CollectivityLookup, ServiceRevenue, TenantSettings } from './models/tenant-settings.model';
import type { Tenant } from './models/tenant.model';
import { TenantSettingsRepository } from './tenant-settings.repository';

type RevenueRow = Awaited<ReturnType<TenantSettingsRepository['listServiceRevenues']>>[number];

@Injectable()
export class TenantSettingsService {
  constructor(
    private readonly database: Database,
    private readonly settings: TenantSettingsRepository,
    private readonly audit: AuditTrail,
    private readonly limits: RateLimits,
  ) {}

  get(): Promise<TenantSettings> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const tenant = await this.settings.findTenant(tenantId);
      if (!tenant) throw new NotFoundError('Collectivité');
      return { tenant, serviceRevenues: (await this.settings.listServiceRevenues()).map(toServiceRevenue) };
    });
  }

  async updateTenant(values: UpdateTenantValues): Promise<Tenant> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.settings.findTenant(tenantId);
      const after = await this.settings.updateTenant(tenantId, values);
      await this.audit.record({ entity: 'Tenant', entityId: tenantId, action: 'UPDATE', before, after });
      return after;
    });
  }

  setServiceRevenues(values: ServiceRevenuesValues): Promise<ServiceRevenue> {
    const { tenantId } = currentTenantContext();
    return this.database.tenantTransaction(async () => {
      const before = await this.settings.findServiceRevenues(tenantId, values.year);
      const after = await this.settings.upsertServiceRevenues(tenantId, values);
      await this.audit.record({ entity: 'ServiceRevenue', entityId: String(values.year), action: before ? 'UPDATE' : 'CREATE', before, after });
      return toServiceRevenue(after);
    });
  }

  /**
   * Looks a collectivité up by SIREN, across tenants, exposing nothing but its name. Counted per person and per
   * client address (every alias of a request counts): enough to invite partners, not to list the customers.
   */
  async findCollectivity(siren: string, client: ClientInfo): Promise<CollectivityLookup | null> {
    const { userId, tenantId } = currentTenantContext();
    await this.limits.consumeAll([
      [RATE_LIMITS.collectivityLookupPerAccount, userId ?? tenantId],
      [RATE_LIMITS.collectivityLookupPerAddress, client.ip],
    ]);
    return this.database.systemTransaction('tenant-directory', () => this.settings.findCollectivityBySiren(siren));
  }
}

function toServiceRevenue(row: RevenueRow): ServiceRevenue {
  return {
    year: row.year,
    waterRevenue: toAmount(row.waterRevenue),
    sanitationRevenue: toAmount(row.sanitationRevenue),
    wasteRevenue: toAmount(row.wasteRevenue),
    energyRevenue: toAmount(row.energyRevenue),
  };
}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { TenantSettingsRepository } from './tenant-settings.repository';
import { TenantSettingsResolver } from './tenant-settings.resolver';
import { TenantSettingsService } from './tenant-settings.service';

@Module({
  imports: [AuditModule, RateLimitsModule],
  providers: [TenantSettingsRepository, TenantSettingsService, TenantSettingsResolver],
  exports: [TenantSettingsService],
})
export class TenantsModule {}

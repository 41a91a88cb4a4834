import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TenantSettingsRepository } from './tenant-settings.repository';
import { TenantSettingsResolver } from './tenant-settings.resolver';
import { TenantSettingsService } from './tenant-settings.service';

@Module({
  imports: [AuditModule],
  providers: [TenantSettingsRepository, TenantSettingsService, TenantSettingsResolver],
  exports: [TenantSettingsService],
})
export class TenantsModule {}

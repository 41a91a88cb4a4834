import { Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AuditTrail } from './audit-trail.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

@Module({
  providers: [AuditTrail, AuditRepository, AuditQueryService, AuditResolver],
  exports: [AuditTrail],
})
export class AuditModule {}

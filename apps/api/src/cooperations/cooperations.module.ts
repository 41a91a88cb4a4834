import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConventionResolver } from './convention.resolver';
import { CooperationRepository } from './cooperation.repository';
import { CooperationResolver } from './cooperation.resolver';
import { CooperationService } from './cooperation.service';

@Module({
  imports: [AuditModule],
  providers: [CooperationRepository, CooperationService, CooperationResolver, ConventionResolver],
  exports: [CooperationService],
})
export class CooperationsModule {}

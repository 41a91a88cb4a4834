import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  imports: [AuditModule],
  providers: [OrganisationRepository, OrganisationService, OrganisationResolver],
  exports: [OrganisationRepository],
})
export class OrganisationsModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeliberationRepository } from './deliberation.repository';
import { DeliberationResolver } from './deliberation.resolver';
import { DeliberationService } from './deliberation.service';

@Module({
  imports: [AuditModule],
  providers: [DeliberationRepository, DeliberationService, DeliberationResolver],
})
export class DeliberationsModule {}

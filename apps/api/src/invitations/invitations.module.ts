import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from '../outbox/outbox.module';
import { InvitationRepository } from './invitation.repository';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';

@Module({
  imports: [AuditModule, AuthModule, OutboxModule],
  providers: [InvitationRepository, InvitationService, InvitationResolver],
})
export class InvitationsModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MemberRepository } from './member.repository';
import { MemberResolver } from './member.resolver';
import { MemberService } from './member.service';

@Module({
  imports: [AuditModule],
  providers: [MemberRepository, MemberService, MemberResolver],
})
export class MembersModule {}

import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { DomainErrorFilter } from '../errors/domain-error.filter';
import { AccessGuard } from './access.guard';
import { AccountRepository } from './account.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TenantContextInterceptor } from './tenant-context.interceptor';

/** Sessions, sign-up and login; also installs the global deny-by-default guard, the tenant context and the error filter. */
@Module({
  imports: [AuditModule, RateLimitsModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantContextInterceptor },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    AccountRepository,
    SessionRepository,
    SessionService,
    PasswordHasher,
    LoginThrottle,
    AuthService,
    AuthResolver,
  ],
  exports: [AccountRepository, AuthService, SessionService, PasswordHasher, LoginThrottle],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { DomainErrorFilter } from '../errors/domain-error.filter';
import { HttpExceptionFilter } from '../errors/http-exception.filter';
import { AccessGuard } from './access.guard';
import { AccountRepository } from './account.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SignUpRequestRepository } from './sign-up-request.repository';
import { SignUpService } from './sign-up.service';
import { TenantContextInterceptor } from './tenant-context.interceptor';

/** Sessions, sign-up, login and password reset; also installs the global deny-by-default guard, the tenant context and the error filter. */
@Module({
  imports: [AuditModule, RateLimitsModule, OutboxModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantContextInterceptor },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
    AccountRepository,
    SessionRepository,
    SessionService,
    PasswordHasher,
    LoginThrottle,
    AuthService,
    AuthResolver,
    SignUpRequestRepository,
    SignUpService,
    PasswordResetRepository,
    PasswordResetService,
    PasswordResetResolver,
  ],
  exports: [AccountRepository, AuthService, SessionService, PasswordHasher, LoginThrottle],
})
export class AuthModule {}

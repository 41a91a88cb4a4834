import { Injectable } from '@nestjs/common';
import { RATE_LIMITS, RateLimits } from '../rate-limits/rate-limits';

/**
 * Failed logins, throttled in Redis per account (guessing one password) and per client address (spraying many
 * accounts). Every attempt is counted before the password is checked, atomically, so concurrent attempts are
 * throttled like sequential ones; a success gives its attempt back and clears the account's counter.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limits: RateLimits) {}

  /** Before checking a password: throws LOGIN_THROTTLED when this attempt is over either limit. */
  async countAttempt(email: string, ip: string): Promise<void> {
    await this.limits.consumeAll([
      [RATE_LIMITS.loginPerAccount, email],
      [RATE_LIMITS.loginPerAddress, ip],
    ]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await Promise.all([this.limits.forget(RATE_LIMITS.loginPerAccount, email), this.limits.refund(RATE_LIMITS.loginPerAddress, ip)]);
  }

  /** A password reset proves the person holds the mailbox: the account's lockout ends. */
  async unlockAccount(email: string): Promise<void> {
    await this.limits.forget(RATE_LIMITS.loginPerAccount, email);
  }
}

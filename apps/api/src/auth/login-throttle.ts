import { Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiConfig } from '../config/api-config';
import { TooManyRequestsError } from '../errors/common.errors';

const WINDOW_SECONDS = 15 * 60;
/** Consecutive failures allowed for one address before it is blocked for the window. */
export const FAILURES_PER_EMAIL = 5;
/** Failures allowed from one client address over all e-mails (password spraying). */
export const FAILURES_PER_IP = 50;

/**
 * Throttles failed logins in Redis, shared by every API process: per e-mail (guessing one account) and per
 * client address (spraying many). A success clears the e-mail's counter.
 */
@Injectable()
export class LoginThrottle {
  private readonly byEmail: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(redis: Redis, config: ApiConfig) {
    const common = { storeClient: redis, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS, rejectIfRedisNotReady: true };
    this.byEmail = new RateLimiterRedis({ ...common, keyPrefix: `${config.redisPrefix}:login-fail:email`, points: FAILURES_PER_EMAIL });
    this.byIp = new RateLimiterRedis({ ...common, keyPrefix: `${config.redisPrefix}:login-fail:ip`, points: FAILURES_PER_IP });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [emailState, ipState] = await Promise.all([this.byEmail.get(email), this.byIp.get(ip)]);
    const blocked = [emailState, ipState].filter((state, index): state is RateLimiterRes =>
      state !== null && state.consumedPoints >= (index === 0 ? FAILURES_PER_EMAIL : FAILURES_PER_IP),
    );
    if (blocked.length > 0) throw tooMany(Math.max(...blocked.map((state) => state.msBeforeNext)));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}

function tooMany(msBeforeNext: number): TooManyRequestsError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new TooManyRequestsError(
    `Trop de tentatives de connexion échouées. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    'LOGIN_THROTTLED',
  );
}

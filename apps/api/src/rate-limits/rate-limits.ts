import { Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiConfig } from '../config/api-config';
import { TooManyRequestsError } from '../errors/common.errors';

export interface RateLimitRule {
  /** Part of the Redis key: one counter per rule and subject (an account, an e-mail, a client address). */
  name: string;
  points: number;
  windowSeconds: number;
  /** Once over the limit, refused for this long (defaults to the rest of the window). */
  blockSeconds?: number;
  reason: string;
  /** French, with the waiting time in minutes. */
  message: (minutes: number) => string;
}

const inMinutes = (minutes: number): string => `${minutes} minute${minutes > 1 ? 's' : ''}`;
const loginMessage = (minutes: number) => `Trop de tentatives de connexion échouées. Réessayez dans ${inMinutes(minutes)}.`;

/**
 * Every limit of the API, in one place. Per-address limits count per client address (see TRUST_PROXY), per-account
 * limits per account or e-mail: one noisy address never blocks the others, and a blocked account is unblocked by a
 * password reset.
 */
export const RATE_LIMITS = {
  /** Guessing one account's password: 5 failures, then 15 minutes' wait. */
  loginPerAccount: { name: 'login:account', points: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60, reason: 'LOGIN_THROTTLED', message: loginMessage },
  /** Spraying many accounts from one address. */
  loginPerAddress: { name: 'login:address', points: 50, windowSeconds: 15 * 60, reason: 'LOGIN_THROTTLED', message: loginMessage },
  /** Sign-ups send e-mails: an address cannot flood mailboxes, nor one mailbox be flooded. */
  signUpPerAddress: {
    name: 'sign-up:address',
    points: 20,
    windowSeconds: 3600,
    reason: 'SIGN_UP_THROTTLED',
    message: (minutes) => `Trop d'inscriptions depuis cette adresse réseau. Réessayez dans ${inMinutes(minutes)}.`,
  },
  signUpPerEmail: {
    name: 'sign-up:email',
    points: 3,
    windowSeconds: 3600,
    reason: 'SIGN_UP_THROTTLED',
    message: (minutes) => `Plusieurs e-mails d'inscription sont déjà partis vers cette adresse : consultez votre boîte de réception, ou réessayez dans ${inMinutes(minutes)}.`,
  },
  passwordResetPerAddress: {
    name: 'password-reset:address',
    points: 20,
    windowSeconds: 3600,
    reason: 'PASSWORD_RESET_THROTTLED',
    message: (minutes) => `Trop de demandes de réinitialisation depuis cette adresse réseau. Réessayez dans ${inMinutes(minutes)}.`,
  },
  passwordResetPerEmail: {
    name: 'password-reset:email',
    points: 3,
    windowSeconds: 3600,
    reason: 'PASSWORD_RESET_THROTTLED',
    message: (minutes) => `Plusieurs e-mails de réinitialisation sont déjà partis vers cette adresse : consultez votre boîte de réception, ou réessayez dans ${inMinutes(minutes)}.`,
  },
  /**
   * Looking collectivités up by SIREN tells which ones use Passerelles: enough to invite partners (a few a
   * day), not to enumerate the customers.
   */
  collectivityLookupPerAccount: {
    name: 'find-collectivity:account',
    points: 30,
    windowSeconds: 3600,
    reason: 'LOOKUP_THROTTLED',
    message: (minutes) => `Trop de recherches de collectivités. Réessayez dans ${inMinutes(minutes)}.`,
  },
  collectivityLookupPerAddress: {
    name: 'find-collectivity:address',
    points: 100,
    windowSeconds: 3600,
    reason: 'LOOKUP_THROTTLED',
    message: (minutes) => `Trop de recherches de collectivités depuis cette adresse réseau. Réessayez dans ${inMinutes(minutes)}.`,
  },
} satisfies Record<string, RateLimitRule>;

/**
 * Counters in Redis, shared by every API process. `consume` counts first and checks after, in one Lua script
 * (rate-limiter-flexible's INCR + TTL): concurrent requests each get their own count, so 15 simultaneous
 * attempts cannot all slip under a limit of 5.
 */
@Injectable()
export class RateLimits {
  private readonly limiters = new Map<RateLimitRule, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly config: ApiConfig,
  ) {}

  /** Counts one use of `subject` under `rule`; throws TOO_MANY_REQUESTS when that use is over the limit. */
  async consume(rule: RateLimitRule, subject: string, points = 1): Promise<void> {
    try {
      await this.limiter(rule).consume(subject, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(rule, error.msBeforeNext);
      throw error;
    }
  }

  /** Counts one use under each rule (all are counted, even when the first refuses), then refuses if any is over. */
  async consumeAll(uses: readonly [RateLimitRule, string][]): Promise<void> {
    const results = await Promise.allSettled(uses.map(([rule, subject]) => this.consume(rule, subject)));
    const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (refused) throw refused.reason;
  }

  /** Gives back one use (a successful login is not an attempt against the address). */
  async refund(rule: RateLimitRule, subject: string): Promise<void> {
    await this.limiter(rule).reward(subject, 1);
  }

  /** Clears the counter and any block (a successful login, a password reset). */
  async forget(rule: RateLimitRule, subject: string): Promise<void> {
    await this.limiter(rule).delete(subject);
  }

  private limiter(rule: RateLimitRule): RateLimiterRedis {
    let limiter = this.limiters.get(rule);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.redisPrefix}:limit:${rule.name}`,
        points: rule.points,
        duration: rule.windowSeconds,
        blockDuration: rule.blockSeconds ?? 0,
        // Commands wait in ioredis' queue while it (re)connects, then fail after its retries: a request that
        // arrives as the API starts is counted, and with Redis down nothing passes unlimited.
        rejectIfRedisNotReady: false,
      });
      this.limiters.set(rule, limiter);
    }
    return limiter;
  }
}

function tooMany(rule: RateLimitRule, msBeforeNext: number): TooManyRequestsError {
  return new TooManyRequestsError(rule.message(Math.max(1, Math.ceil(msBeforeNext / 60_000))), rule.reason);
}

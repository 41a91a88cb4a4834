import { Injectable } from '@nestjs/common';
import { hash, verify, type Options } from '@node-rs/argon2';

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). `2` is Algorithm.Argon2id, a const enum. */
const ARGON2ID_OPTIONS: Options = { algorithm: 2 as Options['algorithm'], memoryCost: 19_456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher {
  /** Verified against when the e-mail is unknown, so that timing does not tell which addresses have accounts. */
  private decoyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID_OPTIONS);
  }

  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (!storedHash) {
      this.decoyHash ??= this.hash('passerelles-decoy-password');
      await verify(await this.decoyHash, password).catch(() => false);
      return false;
    }
    return verify(storedHash, password).catch(() => false);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { JobName } from '@passerelles/jobs/job-names';
import type { JobHandler } from '../jobs/job-handler';

/** Kept a day past expiry, so that a late click still reads "expired" rather than "unknown link". */
const PURGE_AFTER_EXPIRY_MS = 24 * 3600 * 1000;

/**
 * Deletes sign-up confirmation and password reset links a day past their expiry: a pending sign-up holds a
 * password hash that nobody will use. The account-maintenance scope sees only such rows (see the migration).
 */
@Injectable()
export class PurgeAccountLinksHandler implements JobHandler<JobName.PurgeAccountLinks> {
  readonly jobName = JobName.PurgeAccountLinks;
  private readonly logger = new Logger(PurgeAccountLinksHandler.name);

  constructor(@Inject(Database) private readonly database: Database) {}

  async handle(): Promise<void> {
    // Said here too, not only by the policies: a link still usable is never deleted.
    const expired = { expiresAt: { lt: new Date(Date.now() - PURGE_AFTER_EXPIRY_MS) } };
    const { signUps, resets } = await this.database.systemTransaction('account-maintenance', async () => ({
      signUps: await this.database.tx().signUpRequest.deleteMany({ where: expired }),
      resets: await this.database.tx().passwordReset.deleteMany({ where: expired }),
    }));
    if (signUps.count > 0 || resets.count > 0) this.logger.log(`${signUps.count} sign-up link(s) and ${resets.count} reset link(s) purged`);
  }
}

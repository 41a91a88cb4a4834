import { Inject, Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import { runWithTenantContext } from '@passerelles/db/tenant-context';
import { JobName } from '@passerelles/jobs/job-names';
import type { JobPayload } from '@passerelles/jobs/job-payloads';
import { JobProducer } from '@passerelles/jobs/job-producer';
import type { JobHandler } from '../jobs/job-handler';
import { TenantDirectory } from '../jobs/tenant-directory';
import { EmailDeliveryRepository } from './email-delivery.repository';

/** A message still SENDING after this long was interrupted by a crash; it is reported, never resent. */
const INTERRUPTED_AFTER_MS = 15 * 60 * 1000;

/**
 * Recovers outbox e-mails whose job never ran (Redis emptied, enqueue failed after the commit). Runs per
 * collectivité, inside its tenant context, like every other job touching tenant data, then over the account
 * e-mails (no collectivité) under the account-outbox scope.
 */
@Injectable()
export class SweepEmailOutboxHandler implements JobHandler<JobName.SweepEmailOutbox> {
  readonly jobName = JobName.SweepEmailOutbox;
  private readonly logger = new Logger(SweepEmailOutboxHandler.name);

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(TenantDirectory) private readonly tenants: TenantDirectory,
    @Inject(EmailDeliveryRepository) private readonly deliveries: EmailDeliveryRepository,
    @Inject(JobProducer) private readonly jobs: JobProducer,
  ) {}

  async handle(payload: JobPayload<JobName.SweepEmailOutbox>): Promise<void> {
    const pendingBefore = new Date(Date.now() - payload.olderThanSeconds * 1000);
    const interruptedBefore = new Date(Date.now() - INTERRUPTED_AFTER_MS);
    for (const tenantId of await this.tenants.listTenantIds()) {
      await runWithTenantContext({ tenantId, userId: null, role: null }, async () => {
        const { stale, interrupted } = await this.database.tenantTransaction(async () => ({
          stale: await this.deliveries.listPendingCreatedBefore(pendingBefore),
          interrupted: await this.deliveries.failInterruptedSince(interruptedBefore),
        }));
        for (const delivery of stale) {
          await this.jobs.enqueue(JobName.SendEmail, { tenantId, deliveryId: delivery.id }, { jobId: `email:${delivery.id}` });
        }
        if (stale.length > 0 || interrupted.count > 0) {
          this.logger.log(`tenant ${tenantId}: ${stale.length} e-mail(s) enqueued again, ${interrupted.count} interrupted`);
        }
      });
    }
    // E-mails of no collectivité (sign-up confirmation, password reset), under their own scope.
    const { stale, interrupted } = await this.database.systemTransaction('account-outbox', async () => ({
      stale: await this.deliveries.listPendingCreatedBefore(pendingBefore),
      interrupted: await this.deliveries.failInterruptedSince(interruptedBefore),
    }));
    for (const delivery of stale) {
      await this.jobs.enqueue(JobName.SendAccountEmail, { deliveryId: delivery.id }, { jobId: `email:${delivery.id}` });
    }
    if (stale.length > 0 || interrupted.count > 0) {
      this.logger.log(`account e-mails: ${stale.length} enqueued again, ${interrupted.count} interrupted`);
    }
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { Database } from '@passerelles/db/database';
import { JobName } from '@passerelles/jobs/job-names';
import type { JobPayload } from '@passerelles/jobs/job-payloads';
import type { JobHandler } from '../jobs/job-handler';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { Mailer, isPermanentSmtpFailure } from './mailer';

type InTransaction = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * Sends one outbox e-mail at most once: the row is claimed (PENDING → SENDING) in a committed transaction
 * before the SMTP conversation, so neither a retried job, a duplicate job nor a crashed worker sends it twice.
 * `inTransaction` opens the transactions that may see the row: the job's tenant, or the account-outbox scope.
 */
@Injectable()
export class EmailDelivery {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    @Inject(EmailDeliveryRepository) private readonly deliveries: EmailDeliveryRepository,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {}

  async deliver(deliveryId: string, job: Job, inTransaction: InTransaction): Promise<void> {
    const delivery = await inTransaction(() => this.deliveries.claim(deliveryId));
    if (!delivery) {
      this.logger.log(`e-mail ${deliveryId} already handled or unknown: nothing to send`);
      return;
    }
    try {
      await this.mailer.send({
        to: delivery.recipient,
        subject: delivery.subject,
        html: delivery.htmlBody ?? '',
        text: delivery.textBody ?? '',
        messageId: `<${delivery.id}@passerelles>`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (isPermanentSmtpFailure(error) || lastAttempt) {
        await inTransaction(() => this.deliveries.markFailed(delivery.id, message));
        throw new UnrecoverableError(`e-mail ${delivery.id} failed: ${message}`);
      }
      await inTransaction(() => this.deliveries.release(delivery.id, message));
      throw error;
    }
    await inTransaction(() => this.deliveries.markSent(delivery.id));
  }
}

/** An e-mail of a collectivité, inside the job's tenant context. */
@Injectable()
export class SendEmailHandler implements JobHandler<JobName.SendEmail> {
  readonly jobName = JobName.SendEmail;

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(EmailDelivery) private readonly delivery: EmailDelivery,
  ) {}

  handle(payload: JobPayload<JobName.SendEmail>, job: Job): Promise<void> {
    return this.delivery.deliver(payload.deliveryId, job, (work) => this.database.tenantTransaction(work));
  }
}

/** An e-mail of no collectivité (sign-up confirmation, password reset), under the account-outbox scope only. */
@Injectable()
export class SendAccountEmailHandler implements JobHandler<JobName.SendAccountEmail> {
  readonly jobName = JobName.SendAccountEmail;

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(EmailDelivery) private readonly delivery: EmailDelivery,
  ) {}

  handle(payload: JobPayload<JobName.SendAccountEmail>, job: Job): Promise<void> {
    return this.delivery.deliver(payload.deliveryId, job, (work) => this.database.systemTransaction('account-outbox', work));
  }
}

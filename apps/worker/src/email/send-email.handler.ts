import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { Database } from '@passerelles/db/database';
import { JobName } from '@passerelles/jobs/job-names';
import type { JobPayload } from '@passerelles/jobs/job-payloads';
import type { JobHandler } from '../jobs/job-handler';
import { EmailDeliveryRepository } from './email-delivery.repository';
import { Mailer, isPermanentSmtpFailure } from './mailer';

/**
 * Sends one outbox e-mail at most once: the row is claimed (PENDING → SENDING) in a committed transaction
 * before the SMTP conversation, so neither a retried job, a duplicate job nor a crashed worker sends it twice.
 */
@Injectable()
export class SendEmailHandler implements JobHandler<JobName.SendEmail> {
  readonly jobName = JobName.SendEmail;
  private readonly logger = new Logger(SendEmailHandler.name);

  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(EmailDeliveryRepository) private readonly deliveries: EmailDeliveryRepository,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {}

  async handle(payload: JobPayload<JobName.SendEmail>, job: Job): Promise<void> {
    const delivery = await this.database.tenantTransaction(() => this.deliveries.claim(payload.deliveryId));
    if (!delivery) {
      this.logger.log(`e-mail ${payload.deliveryId} already handled or unknown: nothing to send`);
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
        await this.database.tenantTransaction(() => this.deliveries.markFailed(delivery.id, message));
        throw new UnrecoverableError(`e-mail ${delivery.id} failed: ${message}`);
      }
      await this.database.tenantTransaction(() => this.deliveries.release(delivery.id, message));
      throw error;
    }
    await this.database.tenantTransaction(() => this.deliveries.markSent(delivery.id));
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Database } from '@passerelles/db/database';
import type { RenderedEmail } from '@passerelles/emails/rendered-email';
import { JobName } from '@passerelles/jobs/job-names';
import { JobProducer } from '@passerelles/jobs/job-producer';

export interface QueuedEmail {
  tenantId: string;
  deliveryId: string;
}

/** An e-mail of no collectivité: sign-up confirmation, "an account already exists", password reset. */
export interface QueuedAccountEmail {
  deliveryId: string;
}

/**
 * Transactional outbox for e-mails: the message is written with the change that causes it, and only after the
 * commit is a job enqueued. If Redis is down at that moment, the worker's sweep finds the row later.
 */
@Injectable()
export class EmailOutbox {
  private readonly logger = new Logger(EmailOutbox.name);

  constructor(
    private readonly database: Database,
    private readonly jobs: JobProducer,
  ) {}

  /** Inside the caller's tenant transaction. */
  async add(tenantId: string, idempotencyKey: string, recipient: string, template: string, email: RenderedEmail): Promise<QueuedEmail> {
    const delivery = await this.database.tx().emailDelivery.create({
      data: { tenantId, idempotencyKey, recipient, template, subject: email.subject, htmlBody: email.html, textBody: email.text },
      select: { id: true },
    });
    return { tenantId, deliveryId: delivery.id };
  }

  /**
   * Inside the caller's transaction, whose `authEmail` setting must be the recipient (the policy on tenant-less
   * rows says so). Inserted without RETURNING: the API may write these rows, never read them back.
   */
  async addAccountEmail(idempotencyKey: string, recipient: string, template: string, email: RenderedEmail): Promise<QueuedAccountEmail> {
    const id = randomUUID();
    await this.database.tx().emailDelivery.createMany({
      data: [{ id, tenantId: null, idempotencyKey, recipient, template, subject: email.subject, htmlBody: email.html, textBody: email.text }],
    });
    return { deliveryId: id };
  }

  /** After the commit. Never throws: a lost enqueue is recovered by the sweep. */
  async dispatch(queued: QueuedEmail | QueuedAccountEmail): Promise<void> {
    try {
      if ('tenantId' in queued) await this.jobs.enqueue(JobName.SendEmail, queued, { jobId: `email:${queued.deliveryId}` });
      else await this.jobs.enqueue(JobName.SendAccountEmail, queued, { jobId: `email:${queued.deliveryId}` });
    } catch (error) {
      this.logger.warn(`e-mail ${queued.deliveryId} not enqueued, the outbox sweep will retry: ${String(error)}`);
    }
  }
}

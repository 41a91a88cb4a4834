import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@passerelles/db/database';

@Injectable()
export class EmailDeliveryRepository {
  constructor(@Inject(Database) private readonly database: Database) {}

  /**
   * PENDING → SENDING, committed before the message leaves: if the worker dies while sending, the row stays
   * SENDING and is never sent again (at most once), and the sweep reports it as failed.
   */
  async claim(deliveryId: string) {
    const { count } = await this.database
      .tx()
      .emailDelivery.updateMany({ where: { id: deliveryId, status: 'PENDING' }, data: { status: 'SENDING', attempts: { increment: 1 } } });
    if (count === 0) return null;
    return this.database.tx().emailDelivery.findUnique({ where: { id: deliveryId } });
  }

  /** The bodies are erased once sent: an invitation's body holds its secret link. */
  async markSent(deliveryId: string): Promise<void> {
    await this.database
      .tx()
      .emailDelivery.update({ where: { id: deliveryId }, data: { status: 'SENT', sentAt: new Date(), htmlBody: null, textBody: null, lastError: null } });
  }

  /** The SMTP server refused for now: back to PENDING for the next attempt. */
  async release(deliveryId: string, error: string): Promise<void> {
    await this.database.tx().emailDelivery.update({ where: { id: deliveryId }, data: { status: 'PENDING', lastError: error.slice(0, 1000) } });
  }

  async markFailed(deliveryId: string, error: string): Promise<void> {
    await this.database
      .tx()
      .emailDelivery.update({ where: { id: deliveryId }, data: { status: 'FAILED', lastError: error.slice(0, 1000), htmlBody: null, textBody: null } });
  }

  listPendingCreatedBefore(before: Date) {
    return this.database.tx().emailDelivery.findMany({ where: { status: 'PENDING', createdAt: { lt: before } }, select: { id: true, tenantId: true }, take: 500 });
  }

  failInterruptedSince(before: Date) {
    return this.database.tx().emailDelivery.updateMany({
      where: { status: 'SENDING', updatedAt: { lt: before } },
      data: { status: 'FAILED', lastError: "Envoi interrompu (arrêt du worker pendant l'envoi) : non renvoyé pour éviter un doublon." },
    });
  }
}

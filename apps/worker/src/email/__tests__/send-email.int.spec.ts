import { SweepEmailOutboxHandler } from '../sweep-email-outbox.handler';
import { WorkerTestHarness } from '../../../test/worker-test-harness';

describe('e-mail delivery by the worker', () => {
  let harness: WorkerTestHarness;
  let tenantId: string;

  beforeAll(async () => {
    harness = await WorkerTestHarness.start();
    tenantId = await harness.createTenant();
  });
  afterAll(() => harness.stop());

  it('sends an outbox e-mail through SMTP, then erases its body', async () => {
    const delivery = await harness.createDelivery(tenantId);
    expect(await harness.sendAndWait(tenantId, delivery.id)).toBe('completed');
    const [email] = harness.smtp.sentTo(delivery.recipient);
    expect(email).toMatchObject({ subject: 'Objet de test', text: 'Bonjour' });
    expect(email.html).toContain('<p>Bonjour</p>');
    expect(await harness.delivery(delivery.id)).toMatchObject({ status: 'SENT', attempts: 1, html_body: null, text_body: null });
  });

  it('sends once even when the job is enqueued again under another id (retries, duplicates)', async () => {
    const delivery = await harness.createDelivery(tenantId);
    await harness.sendAndWait(tenantId, delivery.id);
    expect(await harness.sendAndWait(tenantId, delivery.id, `email:${delivery.id}:duplicate`)).toBe('completed');
    expect(harness.smtp.sentTo(delivery.recipient)).toHaveLength(1);
  });

  it('marks a permanently refused e-mail as failed without retrying', async () => {
    const delivery = await harness.createDelivery(tenantId, { recipient: 'inconnu@example.test' });
    harness.smtp.refuseRecipient('inconnu@example.test');
    expect(await harness.sendAndWait(tenantId, delivery.id)).toBe('failed');
    const row = await harness.delivery(delivery.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, html_body: null });
    expect(row.last_error).toContain('550');
  });

  it("never sends a collectivité's e-mail from a job naming another collectivité", async () => {
    const other = await harness.createTenant();
    const delivery = await harness.createDelivery(tenantId);
    expect(await harness.sendAndWait(other, delivery.id)).toBe('completed');
    expect(harness.smtp.sentTo(delivery.recipient)).toHaveLength(0);
    expect((await harness.delivery(delivery.id)).status).toBe('PENDING');
  });

  it('sends an account e-mail (no collectivité) under its own scope, and no tenant job reaches it', async () => {
    const delivery = await harness.createDelivery(null);
    expect(await harness.sendAndWait(tenantId, delivery.id, `email:${delivery.id}:as-tenant`)).toBe('completed');
    expect(harness.smtp.sentTo(delivery.recipient)).toHaveLength(0);
    expect((await harness.delivery(delivery.id)).status).toBe('PENDING');
    expect(await harness.sendAndWait(null, delivery.id)).toBe('completed');
    expect(harness.smtp.sentTo(delivery.recipient)).toHaveLength(1);
    expect(await harness.delivery(delivery.id)).toMatchObject({ status: 'SENT', html_body: null, text_body: null });
  });

  it('recovers lost account e-mails too', async () => {
    const lost = await harness.createDelivery(null, { createdSecondsAgo: 120 });
    await harness.app.get(SweepEmailOutboxHandler).handle({ olderThanSeconds: 60 });
    await harness.smtp.waitFor((email) => email.to.includes(lost.recipient));
  });

  it('recovers e-mails whose job was lost (Redis emptied), and reports interrupted sends without resending', async () => {
    const lost = await harness.createDelivery(tenantId, { createdSecondsAgo: 120 });
    const interrupted = await harness.createDelivery(tenantId, { status: 'SENDING', createdSecondsAgo: 3600, updatedSecondsAgo: 3600 });
    await harness.app.get(SweepEmailOutboxHandler).handle({ olderThanSeconds: 60 });
    await harness.smtp.waitFor((email) => email.to.includes(lost.recipient));
    expect((await harness.delivery(interrupted.id)).status).toBe('FAILED');
    expect(harness.smtp.sentTo(interrupted.recipient)).toHaveLength(0);
  });
});

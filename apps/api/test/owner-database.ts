import { Client } from 'pg';
import { testEnvironment } from './test-environment';

/**
 * Direct SQL as the owner, for what a test must see behind the API's back: the outbox row carrying an
 * invitation's link (the e-mail a person would receive), or rows the API must not have written.
 */
export async function withOwnerClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testEnvironment.ownerDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The secret link of an invitation, as written in the e-mail of the outbox (before the worker erases it). */
export async function invitationSecretFromOutbox(invitationId: string): Promise<string> {
  return withOwnerClient(async (client) => {
    const { rows } = await client.query<{ text_body: string }>(
      'SELECT text_body FROM email_deliveries WHERE idempotency_key = $1',
      [`invitation:${invitationId}`],
    );
    const match = /invitation#([A-Za-z0-9_-]{43})/.exec(rows[0]?.text_body ?? '');
    if (!match) throw new Error(`no invitation e-mail in the outbox for ${invitationId}`);
    return match[1];
  });
}

/**
 * The secret of the latest account e-mail (sign-up confirmation, password reset) sent to this address, as its
 * link carries it: `<path>#<secret>`. Account e-mails belong to no collectivité (tenant_id is null).
 */
export async function accountLinkSecretFromOutbox(recipient: string, linkPath: '/inscription/confirmation' | '/mot-de-passe/nouveau'): Promise<string> {
  return withOwnerClient(async (client) => {
    const { rows } = await client.query<{ text_body: string }>(
      'SELECT text_body FROM email_deliveries WHERE tenant_id IS NULL AND recipient = $1 AND text_body IS NOT NULL ORDER BY created_at DESC LIMIT 1',
      [recipient],
    );
    const match = new RegExp(`${linkPath}#([A-Za-z0-9_-]{43})`).exec(rows[0]?.text_body ?? '');
    if (!match) throw new Error(`no ${linkPath} link in the latest account e-mail to ${recipient}`);
    return match[1];
  });
}

/** Subjects of the account e-mails sent to this address, oldest first. */
export async function accountEmailsTo(recipient: string): Promise<{ template: string; subject: string; text: string | null }[]> {
  return withOwnerClient(async (client) =>
    (
      await client.query<{ template: string; subject: string; text: string | null }>(
        'SELECT template, subject, text_body AS text FROM email_deliveries WHERE tenant_id IS NULL AND recipient = $1 ORDER BY created_at, id',
        [recipient],
      )
    ).rows,
  );
}

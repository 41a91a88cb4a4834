import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  raw: ParsedMail;
}

type Waiter = { match: (email: CapturedEmail) => boolean; resolve: (email: CapturedEmail) => void };

/**
 * A real SMTP server on a free local port that keeps what it receives, for tests that must read the e-mails
 * the product sends. It can refuse recipients with a permanent error to exercise failure paths.
 */
export class SmtpCapture {
  readonly received: CapturedEmail[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly refused = new Set<string>();
  private server: SMTPServer | undefined;
  port = 0;

  /** With a spool folder, each message is also written there as JSON, for readers in other processes. */
  constructor(private readonly spoolDir?: string) {}

  async start(): Promise<this> {
    if (this.spoolDir) mkdirSync(this.spoolDir, { recursive: true });
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.record(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = ((this.server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  refuseRecipient(address: string): void {
    this.refused.add(address.toLowerCase());
  }

  /** Resolves with the first e-mail (already received or to come) matching; rejects after the timeout. */
  waitFor(match: (email: CapturedEmail) => boolean, timeoutMs = 15_000): Promise<CapturedEmail> {
    const existing = this.received.find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching e-mail received in time')), timeoutMs);
      this.waiters.push({ match, resolve: (email) => (clearTimeout(timer), resolve(email)) });
    });
  }

  sentTo(address: string): CapturedEmail[] {
    return this.received.filter((email) => email.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private record(mail: ParsedMail): void {
    const recipients = [mail.to].flat().flatMap((group) => group?.value ?? []).map((entry) => (entry.address ?? '').toLowerCase());
    const email: CapturedEmail = {
      to: recipients,
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      messageId: mail.messageId,
      raw: mail,
    };
    this.received.push(email);
    if (this.spoolDir) {
      const { raw: _raw, ...serialisable } = email;
      // Written aside then renamed: another process reading the spool never sees half a message.
      const file = path.join(this.spoolDir, `${Date.now()}-${this.received.length}.json`);
      writeFileSync(`${file}.partial`, JSON.stringify(serialisable));
      renameSync(`${file}.partial`, file);
    }
    for (const waiter of [...this.waiters]) {
      if (waiter.match(email)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(email);
      }
    }
  }
}

import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { WorkerConfig } from '../config/worker-config';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Same value on a retry of the same delivery: lets mail servers and people spot duplicates. */
  messageId: string;
}

/** SMTP through nodemailer, one pooled transport per worker process. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(WorkerConfig) private readonly config: WorkerConfig) {
    this.transport = createTransport(`${config.smtpUrl}${config.smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=3`);
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId: email.messageId,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** SMTP 5xx answers are final (unknown mailbox, refused): retrying would not help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

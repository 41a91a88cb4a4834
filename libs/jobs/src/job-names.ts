export enum QueueName {
  Email = 'email',
  Maintenance = 'maintenance',
}

export enum JobName {
  /** Send one e-mail of the outbox (email_deliveries). */
  SendEmail = 'send-email',
  /** Send one e-mail of the outbox that belongs to no collectivité (sign-up confirmation, password reset). */
  SendAccountEmail = 'send-account-email',
  /** Re-enqueue outbox e-mails whose job was lost (Redis emptied, enqueue failed after commit). */
  SweepEmailOutbox = 'sweep-email-outbox',
  /** Delete sign-up confirmation and password reset links a day past their expiry (and pending password hashes). */
  PurgeAccountLinks = 'purge-account-links',
}

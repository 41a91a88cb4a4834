import { JobName, QueueName } from './job-names';

/** Every job that touches tenant data names its collectivité; the worker runs it inside that tenant context. */
export interface TenantJobPayload {
  tenantId: string;
}

export interface JobPayloads {
  [JobName.SendEmail]: TenantJobPayload & { deliveryId: string };
  /** No tenant: the worker reaches these rows only under its account-outbox scope. */
  [JobName.SendAccountEmail]: { deliveryId: string };
  [JobName.SweepEmailOutbox]: { olderThanSeconds: number };
  [JobName.PurgeAccountLinks]: Record<string, never>;
}

export type JobPayload<N extends JobName> = JobPayloads[N];

/** Which queue carries which job: one place, checked by the type-checker for every JobName. */
export const QUEUE_OF_JOB: { readonly [N in JobName]: QueueName } = {
  [JobName.SendEmail]: QueueName.Email,
  [JobName.SendAccountEmail]: QueueName.Email,
  [JobName.SweepEmailOutbox]: QueueName.Maintenance,
  [JobName.PurgeAccountLinks]: QueueName.Maintenance,
};

export function jobsOfQueue(queue: QueueName): JobName[] {
  return (Object.keys(QUEUE_OF_JOB) as JobName[]).filter((job) => QUEUE_OF_JOB[job] === queue);
}

import type { Job } from 'bullmq';
import type { JobName } from '@passerelles/jobs/job-names';
import type { JobPayload } from '@passerelles/jobs/job-payloads';

/** One handler per job name; the registry refuses to start when one is missing or doubled. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayload<N>, job: Job<JobPayload<N>>): Promise<void>;
}

/** Multi-provider token under which every handler registers. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

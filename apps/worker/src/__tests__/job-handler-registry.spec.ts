import { JobName } from '@passerelles/jobs/job-names';
import type { JobHandler } from '../jobs/job-handler';
import { buildRegistry } from '../jobs/job-handler-registry';

const handler = (jobName: string): JobHandler => ({ jobName: jobName as JobName, handle: async () => undefined });
const all = Object.values(JobName).map(handler);

describe('buildRegistry', () => {
  it('maps every job name to its handler', () => {
    const registry = buildRegistry(all);
    expect([...registry.keys()].sort()).toEqual(Object.values(JobName).sort());
  });

  it('refuses a job without a handler', () => {
    expect(() => buildRegistry(all.slice(1))).toThrow(`Jobs without a handler: ${Object.values(JobName)[0]}`);
  });

  it('refuses two handlers for one job', () => {
    expect(() => buildRegistry([...all, handler(JobName.SendEmail)])).toThrow('has two handlers');
  });

  it('refuses a handler for an unknown job', () => {
    expect(() => buildRegistry([...all, handler('mine-bitcoins')])).toThrow('unknown job "mine-bitcoins"');
  });
});

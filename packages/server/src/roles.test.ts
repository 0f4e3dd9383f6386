import { describe, expect, it } from 'vitest';
import type { JobQueue } from './modules/jobs/job-queue.ts';
import { queueForRole, runsJobs, servesApi } from './roles.ts';

function fakeQueue() {
  const calls: string[] = [];
  const queue: JobQueue = {
    adapter: 'embedded',
    register: () => calls.push('register'),
    enqueue: () => Promise.resolve(String(calls.push('enqueue'))),
    start: () => Promise.resolve(void calls.push('start')),
    stop: () => Promise.resolve(void calls.push('stop')),
    onEvent: () => () => {},
    depth: () => Promise.resolve({}),
  };
  return { queue, calls };
}

describe('process roles', () => {
  it('runs jobs in the worker and both roles, and serves the API in the web and both roles', () => {
    expect([runsJobs('web'), runsJobs('worker'), runsJobs('both')]).toEqual([false, true, true]);
    expect([servesApi('web'), servesApi('worker'), servesApi('both')]).toEqual([true, false, true]);
  });

  it('never starts the queue in the web role, but still enqueues', async () => {
    const { queue, calls } = fakeQueue();
    const web = queueForRole(queue, 'web');
    await web.start();
    await web.enqueue('x', {});
    expect(calls).toEqual(['enqueue']);
    expect(web.running).toBe(false);
    expect(web.runsJobs).toBe(false);
  });

  it('knows when the queue runs in a role that runs jobs', async () => {
    const { queue, calls } = fakeQueue();
    const worker = queueForRole(queue, 'worker');
    expect(worker.running).toBe(false);
    await worker.start();
    expect(worker.running).toBe(true);
    await worker.stop();
    expect(worker.running).toBe(false);
    expect(calls).toEqual(['start', 'stop']);
  });
});

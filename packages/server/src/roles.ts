// Process roles. The same code starts as `web` (the API and the web app), `worker` (every background task, and
// only health and metrics over HTTP) or `both` (one process doing all of it: the embedded default). A web process
// still enqueues jobs, inside the transaction that makes them due, but never runs one: whichever worker polls
// next takes it.
import type { JobQueue } from './modules/jobs/job-queue.ts';

export const ROLES = ['web', 'worker', 'both'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a process of this role runs background jobs. */
export const runsJobs = (role: Role): boolean => role !== 'web';

/** Whether a process of this role serves the API and the web app (a worker serves health and metrics only). */
export const servesApi = (role: Role): boolean => role !== 'worker';

/** The job queue as a role sees it: it knows whether it is running, and does not start where jobs are not run. */
export interface RoleQueue extends JobQueue {
  /** True once start() has taken jobs in a role that runs them, until stop(). */
  readonly running: boolean;
  /** Whether this process is meant to run jobs at all (readiness asks for a running queue only then). */
  readonly runsJobs: boolean;
}

/**
 * Wraps the queue for a role. In the web role start() does nothing, so no entry point (the server, the CLI, a
 * test) can run a job there by mistake; enqueue() is unchanged.
 */
export function queueForRole(queue: JobQueue, role: Role): RoleQueue {
  let running = false;
  return {
    adapter: queue.adapter,
    runsJobs: runsJobs(role),
    get running() {
      return running;
    },
    register: (task) => queue.register(task),
    enqueue: (type, payload, options) => queue.enqueue(type, payload, options),
    async start() {
      if (!runsJobs(role)) return;
      await queue.start();
      running = true;
    },
    async stop() {
      running = false;
      await queue.stop();
    },
    onEvent: (listener) => queue.onEvent(listener),
    depth: () => queue.depth(),
  };
}

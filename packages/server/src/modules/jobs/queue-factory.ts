import type { DatabaseHandle } from '../../db/database.ts';
import { createEmbeddedQueue, defaultConcurrency } from './embedded.queue.ts';
import type { JobQueue } from './job-queue.ts';
import { createPgSignal } from '../events/pg-signal.ts';
import { createJobRepository, JOBS_CHANNEL } from './jobs.repository.ts';

export interface JobQueueChoice {
  adapter: 'embedded' | 'pg-boss';
  concurrency: number | undefined;
  database: DatabaseHandle;
  /** Required for pg-boss, which opens its own connections. */
  databaseUrl: string | undefined;
  log: (message: string, details?: object) => void;
}

/**
 * The embedded queue by default; pg-boss when configured and PostgreSQL is the database. pg-boss is loaded only
 * then: 4 MB of memory the embedded queue's deployments never use.
 */
export async function createJobQueue(choice: JobQueueChoice): Promise<JobQueue> {
  const concurrency = choice.concurrency ?? defaultConcurrency();
  if (choice.adapter === 'pg-boss') {
    if (choice.database.dialect !== 'postgres' || !choice.databaseUrl)
      throw new Error('QUEUE=pg-boss needs PostgreSQL: set DATABASE_URL to a postgres:// URL.');
    const { createPgBossQueue } = await import('./pg-boss.queue.ts');
    return createPgBossQueue({ connectionString: choice.databaseUrl, concurrency, log: choice.log });
  }
  const repository = createJobRepository(choice.database.db, choice.database.dialect);
  // On PostgreSQL an idle worker hears of a job enqueued by a web process at once, not at its next poll.
  const signal =
    choice.database.dialect === 'postgres' && choice.databaseUrl
      ? createPgSignal(choice.databaseUrl, choice.log, JOBS_CHANNEL)
      : undefined;
  return createEmbeddedQueue({
    repository,
    concurrency,
    log: choice.log,
    ...(signal ? { listen: (onEnqueued: () => void) => signal.listen(onEnqueued) } : {}),
  });
}

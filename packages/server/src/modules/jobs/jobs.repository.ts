import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from '../../db/database.ts';
import type { Database, JobStatus, JobsTable } from '../../db/schema.ts';

/** A job as the queue holds it; see JobsTable for what each field means. */
export interface Job {
  readonly id: string;
  readonly type: string;
  /** The task's payload as JSON text. */
  readonly payload: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly runAfter: string;
  readonly lockedUntil: string | null;
  readonly lockedBy: string | null;
  readonly idempotencyKey: string | null;
  readonly result: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** How an attempt ended, as the job keeps it. */
export type Settlement = Pick<Job, 'status' | 'result' | 'lastError' | 'finishedAt' | 'runAfter' | 'updatedAt'>;

const jobOf = (row: JobsTable): Job => ({
  ...{ id: row.id, type: row.type, payload: row.payload, status: row.status, attempts: row.attempts },
  ...{ maxAttempts: row.max_attempts, runAfter: row.run_after, lockedUntil: row.locked_until },
  ...{ lockedBy: row.locked_by, idempotencyKey: row.idempotency_key, result: row.result, lastError: row.last_error },
  ...{ createdAt: row.created_at, updatedAt: row.updated_at, finishedAt: row.finished_at },
});

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewJob {
  id: string;
  type: string;
  payload: string;
  maxAttempts: number;
  runAfter: string;
  idempotencyKey: string | null;
  now: string;
}

/** The PostgreSQL channel that tells idle workers a job was enqueued. */
export const JOBS_CHANNEL = 'rehearse_jobs';

/** Queued and due, or running with an expired lease (its process died). */
const claimableAt = (now: string) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
  ]);

export interface Claim {
  types: readonly string[];
  workerId: string;
  now: string;
  leaseUntil: string;
}

/** Typed queries over the `jobs` table. Every change to a claimed job is fenced by the claimant's worker id. */
export function createJobRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** Inserts the job unless its idempotency key is taken; returns the id of the job holding the key. */
    async insert(job: NewJob, executor: Executor = db): Promise<string> {
      await executor
        .insertInto('jobs')
        .values({
          id: job.id,
          type: job.type,
          payload: job.payload,
          status: 'queued',
          attempts: 0,
          max_attempts: job.maxAttempts,
          run_after: job.runAfter,
          idempotency_key: job.idempotencyKey,
          created_at: job.now,
          updated_at: job.now,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .execute();
      // Workers in other processes listen (queue-factory.ts); inside a transaction it is sent when that commits.
      if (dialect === 'postgres') await sql`select pg_notify(${JOBS_CHANNEL}, '')`.execute(executor);
      if (job.idempotencyKey === null) return job.id;
      const holder = await executor
        .selectFrom('jobs')
        .select('id')
        .where('idempotency_key', '=', job.idempotencyKey)
        .executeTakeFirstOrThrow();
      return holder.id;
    },

    /**
     * Atomically takes the next claimable job, oldest `run_after` first. The conditions are repeated on the update
     * itself, so that on PostgreSQL a concurrent claimer that lost the race re-checks the row after the winner's
     * commit and takes nothing; `skip locked` keeps claimers from queueing behind each other.
     */
    async claimNext(claim: Claim): Promise<Job | undefined> {
      if (claim.types.length === 0) return undefined;
      let candidate = db
        .selectFrom('jobs')
        .select('id')
        .where('type', 'in', claim.types)
        .where(claimableAt(claim.now))
        .orderBy('run_after')
        .orderBy('created_at')
        .limit(1);
      if (dialect === 'postgres') candidate = candidate.forUpdate().skipLocked();
      const claimed = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          locked_by: claim.workerId,
          locked_until: claim.leaseUntil,
          updated_at: claim.now,
        }))
        .where('id', '=', candidate)
        .where(claimableAt(claim.now))
        .returningAll()
        .executeTakeFirst();
      return claimed && jobOf(claimed);
    },

    /** Extends the lease of a job this worker still holds; false when the lease was lost. */
    async extendLease(id: string, workerId: string, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ locked_until: leaseUntil })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Settles a held job; false (nothing changed) when another worker took it over meanwhile. */
    async settle(id: string, workerId: string, settled: Settlement): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({
          ...{ status: settled.status, result: settled.result, last_error: settled.lastError },
          ...{ finished_at: settled.finishedAt, run_after: settled.runAfter, updated_at: settled.updatedAt },
          ...{ locked_by: null, locked_until: null },
        })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Running jobs whose worker id matches a LIKE pattern (this host's workers). */
    async heldBy(pattern: string): Promise<{ id: string; lockedBy: string | null }[]> {
      const rows = await db
        .selectFrom('jobs')
        .select(['id', 'locked_by'])
        .where('status', '=', 'running')
        .where('locked_by', 'like', pattern)
        .execute();
      return rows.map((row) => ({ id: row.id, lockedBy: row.locked_by }));
    },

    /** Ends the lease of a job still held by that worker, so any worker may claim it now. */
    async releaseLease(id: string, workerId: string, expired: string): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ locked_until: expired })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .execute();
    },

    /** Jobs waiting to run, due or not, by type (what a scraper shows as the queue's depth). */
    async countQueued(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('jobs')
        .select((eb) => ['type', eb.fn.countAll<string | number>().as('n')])
        .where('status', '=', 'queued')
        .groupBy('type')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.type, Number(row.n)]));
    },

    async find(id: string): Promise<Job | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && jobOf(row);
    },
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;

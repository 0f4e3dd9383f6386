// The scaled job queue: pg-boss 12 on PostgreSQL, for deployments with several API and worker processes
// (QUEUE=pg-boss). Same port as the embedded queue; pg-boss owns leases (expireInSeconds), retries and backoff.
import { createHash } from 'node:crypto';
import { CompiledQuery, type Transaction } from 'kysely';
import { PgBoss, type Db, type Job } from 'pg-boss';
import type { Database } from '../../db/schema.ts';
import {
  createJobEvents,
  createTaskRegistry,
  DEFAULT_BACKOFF,
  DEFAULT_MAX_ATTEMPTS,
  errorMessage,
  type EnqueueOptions,
  type JobQueue,
  type Task,
} from './job-queue.ts';

export interface PgBossQueueOptions {
  connectionString: string;
  /** Jobs of each task run at once by this process. */
  concurrency: number;
  /** pg-boss's own schema (default `pgboss`). */
  schema?: string;
  log?: (message: string, details?: object) => void;
}

/** pg-boss ids are UUIDs: an idempotency key maps to a fixed one, and a second insert of it does nothing. */
export function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(`rehearse-job:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Lets pg-boss write its job row through a Kysely transaction, so the job commits (or not) with it. */
const transactionDb = (trx: Transaction<Database>): Db => ({
  executeSql: async (text, values = []) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows }),
});

function queueOptionsOf(task: Task) {
  const backoff = task.backoff ?? DEFAULT_BACKOFF;
  const retryDelay = Math.round(backoff.initialMs / 1000);
  return {
    retryLimit: (task.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) - 1,
    retryDelay,
    retryBackoff: retryDelay > 0,
    ...(retryDelay > 0 ? { retryDelayMax: Math.max(retryDelay, Math.round(backoff.maxMs / 1000)) } : {}),
    notify: true,
  };
}

const deadLetterOf = (task: Task) => `${task.type}__dead`;
const DEAD_JOB =
  'The job failed for good: its last attempt failed, or every attempt was abandoned by a process that died.';

export function createPgBossQueue(options: PgBossQueueOptions): JobQueue {
  const log = options.log ?? (() => {});
  const schema = options.schema ?? 'pgboss';
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    useListenNotify: true,
  });
  boss.on('error', (error) => log('pg-boss error', { error: errorMessage(error) }));
  const registry = createTaskRegistry();
  const events = createJobEvents((error) => log('job event listener failed', { error: errorMessage(error) }));
  const queuesCreated = new Map<string, Promise<void>>();
  let connected: Promise<unknown> | undefined;
  let working = false;

  const connect = () => (connected ??= boss.start());
  const ensureQueue = async (task: Task) => {
    await connect();
    let created = queuesCreated.get(task.type);
    if (!created) queuesCreated.set(task.type, (created = createQueues(task)));
    await created;
  };

  /**
   * A task that wants to hear of its dead jobs gets a dead-letter queue: pg-boss copies a job there once it fails
   * for good, whether its last attempt threw or every attempt expired because the process running it died.
   */
  async function createQueues(task: Task) {
    if (!task.onFailed) return boss.createQueue(task.type, queueOptionsOf(task));
    await boss.createQueue(deadLetterOf(task), { retryLimit: 2, retryDelay: 1 });
    await boss.createQueue(task.type, { ...queueOptionsOf(task), deadLetter: deadLetterOf(task) });
    // A queue made before dead letters existed gets one too.
    await boss.updateQueue(task.type, { deadLetter: deadLetterOf(task) });
  }

  async function handle(task: Task, job: Job<unknown>): Promise<unknown> {
    const attempt = job.retryCount + 1;
    const maxAttempts = task.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    events.emit({ jobId: job.id, type: task.type, status: 'running', attempt });
    try {
      const payload = task.payload.parse(job.data);
      const result = await task.perform(payload, { jobId: job.id, attempt, signal: job.signal });
      events.emit({ jobId: job.id, type: task.type, status: 'succeeded', attempt, result });
      return result;
    } catch (error) {
      const status = attempt < maxAttempts ? 'retrying' : 'failed';
      events.emit({ jobId: job.id, type: task.type, status, attempt, error: errorMessage(error) });
      throw error;
    }
  }

  async function work(task: Task) {
    await ensureQueue(task);
    const onFailed = task.onFailed?.bind(task);
    if (onFailed)
      await boss.work<unknown>(deadLetterOf(task), { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        const parsed = job ? task.payload.safeParse(job.data) : undefined;
        if (parsed?.success) await onFailed(parsed.data, DEAD_JOB);
      });
    await boss.work<unknown>(
      task.type,
      // Retries are not announced by NOTIFY, so the backstop poll bounds their pick-up delay.
      {
        batchSize: 1,
        localConcurrency: options.concurrency,
        pollingIntervalSeconds: 1,
        notifyPollingIntervalSeconds: 1,
      },
      async ([job]) => (job ? handle(task, job) : undefined),
    );
  }

  return {
    adapter: 'pg-boss',

    register(task) {
      registry.add(task);
      if (working)
        work(task as Task).catch((error: unknown) => log('pg-boss work failed', { error: errorMessage(error) }));
    },

    async enqueue(type, payload, enqueueOptions: EnqueueOptions = {}) {
      const task = registry.get(type);
      const data = task.payload.parse(payload) as object;
      await ensureQueue(task);
      const id = enqueueOptions.idempotencyKey ? uuidFromKey(enqueueOptions.idempotencyKey) : undefined;
      const sent = await boss.send(type, data, {
        ...(id ? { id } : {}),
        ...(enqueueOptions.runAt ? { startAfter: enqueueOptions.runAt } : {}),
        ...(enqueueOptions.trx ? { db: transactionDb(enqueueOptions.trx) } : {}),
      });
      const jobId = sent ?? id;
      if (!jobId) throw new Error(`pg-boss did not accept the job of type "${type}".`);
      return jobId;
    },

    async start() {
      if (working) return;
      working = true;
      await connect();
      for (const task of registry.all()) await work(task);
    },

    async stop() {
      if (!connected) return;
      working = false;
      await boss.stop({ graceful: true, timeout: 8_000 });
      connected = undefined;
      queuesCreated.clear();
    },

    onEvent: (listener) => events.subscribe(listener),

    /**
     * Jobs of each registered task not yet taken (retries waiting included), counted now: pg-boss's own queue
     * counts are refreshed by its monitor every few seconds, too late for a scrape that follows an enqueue. Its
     * state enum orders created and retry before active.
     */
    async depth() {
      await connect();
      const types = registry.types();
      const { rows } = await boss
        .getDb()
        .executeSql(
          `select name, count(*)::int as waiting from ${schema}.job where name = any($1) and state < 'active' group by name`,
          [types],
        );
      const counted = new Map((rows as { name: string; waiting: number }[]).map((row) => [row.name, row.waiting]));
      return Object.fromEntries(types.map((type) => [type, counted.get(type) ?? 0]));
    },
  };
}

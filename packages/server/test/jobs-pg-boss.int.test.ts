import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { defineTask, type JobEvent, type JobQueue } from '../src/modules/jobs/job-queue.ts';
import { createPgBossQueue, uuidFromKey } from '../src/modules/jobs/pg-boss.queue.ts';
import { createJobQueue } from '../src/modules/jobs/queue-factory.ts';
import { loadConfig } from '../src/config.ts';
import { availableDialects, createScratchPostgres } from './helper.ts';

const hasPostgres = (await availableDialects()).includes('postgres');

async function eventually(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!hasPostgres)('pg-boss job queue', () => {
  let database: DatabaseHandle;
  let url: string;
  let drop: () => Promise<void>;
  let queue: JobQueue;
  let events: JobEvent[];
  const calls: string[] = [];
  const dead: string[] = [];

  const flaky = defineTask({
    type: 'flaky',
    payload: z.object({ key: z.string(), failures: z.number().int() }),
    maxAttempts: 3,
    backoff: { initialMs: 0, maxMs: 0 },
    perform({ key, failures }, { attempt }) {
      calls.push(`${key}#${attempt}`);
      if (attempt <= failures) return Promise.reject(new Error(`${key} failed on attempt ${attempt}`));
      return Promise.resolve({ key, attempt });
    },
    onFailed: ({ key }, error) => Promise.resolve(void dead.push(`${key}: ${error}`)),
  });

  beforeEach(async () => {
    ({ url, drop } = await createScratchPostgres());
    database = openDatabase({ databaseUrl: url, dataDir: '/nonexistent' });
    await migrateToLatest(database.db);
    queue = createPgBossQueue({ connectionString: url, concurrency: 1 });
    queue.register(flaky);
    events = [];
    calls.length = 0;
    dead.length = 0;
    queue.onEvent((event) => events.push(event));
  });

  afterEach(async () => {
    await queue.stop();
    await database.close();
    await drop();
  });

  it('counts the jobs waiting, by task, before a worker takes them', async () => {
    await queue.enqueue('flaky', { key: 'a', failures: 0 });
    await queue.enqueue('flaky', { key: 'b', failures: 0 });
    expect(await queue.depth()).toEqual({ flaky: 2 });
    await queue.start();
    await eventually(() => calls.length === 2);
    await eventually(() => events.filter((event) => event.status === 'succeeded').length === 2);
    expect(await queue.depth()).toEqual({ flaky: 0 });
  });

  it('is the adapter the composition root picks for QUEUE=pg-boss on PostgreSQL', async () => {
    const chosen = await createJobQueue({
      adapter: 'pg-boss',
      concurrency: 1,
      database,
      databaseUrl: url,
      log: () => {},
    });
    expect(chosen.adapter).toBe('pg-boss');
    await chosen.stop();
    expect(() => loadConfig({ QUEUE: 'pg-boss' })).toThrow(/pg-boss needs PostgreSQL/);
    const embedded = await createJobQueue({
      adapter: 'embedded',
      concurrency: 1,
      database,
      databaseUrl: url,
      log: () => {},
    });
    expect(embedded.adapter).toBe('embedded');
  });

  it('retries until success and reports each step', async () => {
    const id = await queue.enqueue('flaky', { key: 'a', failures: 1 });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'succeeded'));
    expect(events.map((event) => event.status)).toEqual(['running', 'retrying', 'running', 'succeeded']);
    expect(events.at(-1)).toMatchObject({ jobId: id, result: { key: 'a', attempt: 2 } });
  });

  it('fails a job for good after its last attempt', async () => {
    await queue.enqueue('flaky', { key: 'b', failures: 5 });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'failed'));
    expect(calls).toEqual(['b#1', 'b#2', 'b#3']);
    expect(events.at(-1)).toMatchObject({ status: 'failed', attempt: 3, error: 'b failed on attempt 3' });
    // The task hears of it once, through the dead-letter queue.
    await eventually(() => dead.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dead).toEqual([expect.stringMatching(/^b: The job failed for good/)]);
  });

  it('honours idempotency keys and enqueues inside a Kysely transaction', async () => {
    const first = await queue.enqueue('flaky', { key: 'c', failures: 0 }, { idempotencyKey: 'k1' });
    expect(await queue.enqueue('flaky', { key: 'c', failures: 0 }, { idempotencyKey: 'k1' })).toBe(first);
    expect(first).toBe(uuidFromKey('k1'));
    await database.db
      .transaction()
      .execute(async (trx) => {
        await queue.enqueue('flaky', { key: 'rolled-back', failures: 0 }, { trx });
        throw new Error('roll back');
      })
      .catch(() => {});
    await database.db.transaction().execute((trx) => queue.enqueue('flaky', { key: 'd', failures: 0 }, { trx }));
    await queue.start();
    await eventually(() => events.filter((event) => event.status === 'succeeded').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.sort()).toEqual(['c#1', 'd#1']);
  });
});

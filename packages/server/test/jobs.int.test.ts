import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { migrateToLatest, openDatabase, type DatabaseHandle, type DialectName } from '../src/db/database.ts';
import { createEmbeddedQueue, type EmbeddedQueueOptions } from '../src/modules/jobs/embedded.queue.ts';
import { defineTask, type JobEvent, type JobQueue, type Task } from '../src/modules/jobs/job-queue.ts';
import { createJobRepository, type JobRepository } from '../src/modules/jobs/jobs.repository.ts';
import { availableDialects, createScratchPostgres } from './helper.ts';

const dialects = await availableDialects();

/** Resolves when `predicate` holds, polling; fails the test after `timeoutMs`. */
async function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const fastBackoff = { initialMs: 5, maxMs: 20 };

describe.each(dialects)('embedded job queue on %s', (dialect: DialectName) => {
  let database: DatabaseHandle;
  let dropDatabase: () => Promise<void>;
  let repository: JobRepository;
  const queues: JobQueue[] = [];

  beforeEach(async () => {
    const scratch = dialect === 'postgres' ? await createScratchPostgres() : undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-jobs-'));
    database = openDatabase({ databaseUrl: scratch?.url, dataDir });
    dropDatabase = scratch?.drop ?? (() => Promise.resolve());
    await migrateToLatest(database.db);
    repository = createJobRepository(database.db, database.dialect);
  });

  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop();
    await database.close();
    await dropDatabase();
  });

  function newQueue(tasks: Task[], options: Partial<EmbeddedQueueOptions> = {}) {
    const queue = createEmbeddedQueue({ repository, pollIntervalMs: 20, concurrency: 1, ...options });
    for (const task of tasks) queue.register(task);
    queues.push(queue);
    const events: JobEvent[] = [];
    queue.onEvent((event) => events.push(event));
    return { queue, events };
  }

  /** A task whose effect is a row keyed by the payload, written idempotently, and counted per call. */
  function recordingTask(type = 'record', behaviour: (attempt: number) => Promise<void> = () => Promise.resolve()) {
    const calls: string[] = [];
    const task = defineTask({
      type,
      payload: z.object({ key: z.string() }),
      maxAttempts: 3,
      backoff: fastBackoff,
      async perform({ key }, { attempt }) {
        calls.push(key);
        await behaviour(attempt);
        await database.db
          .insertInto('app_state')
          .values({ key: `effect:${key}`, value: String(attempt) })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        return { key, attempt };
      },
    });
    return { task, calls };
  }

  const effects = async () =>
    (await database.db.selectFrom('app_state').select('key').where('key', 'like', 'effect:%').execute()).length;

  it('retries a failing job with backoff until it succeeds', async () => {
    const { task } = recordingTask('flaky', (attempt) =>
      attempt < 3 ? Promise.reject(new Error(`boom ${attempt}`)) : Promise.resolve(),
    );
    const { queue, events } = newQueue([task]);
    const id = await queue.enqueue('flaky', { key: 'a' });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'succeeded'));
    expect(events.map((event) => event.status)).toEqual([
      'running',
      'retrying',
      'running',
      'retrying',
      'running',
      'succeeded',
    ]);
    expect(events[1]).toMatchObject({ jobId: id, type: 'flaky', error: 'boom 1', attempt: 1 });
    expect(events.at(-1)).toMatchObject({ jobId: id, result: { key: 'a', attempt: 3 } });
    const row = await repository.find(id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 3, lockedBy: null });
    expect(JSON.parse(row!.result!)).toEqual({ key: 'a', attempt: 3 });
    expect(await effects()).toBe(1);
  });

  it('marks a job dead after its last attempt and keeps the error', async () => {
    const { task, calls } = recordingTask('doomed', (attempt) => Promise.reject(new Error(`still broken ${attempt}`)));
    const { queue, events } = newQueue([task]);
    const id = await queue.enqueue('doomed', { key: 'b' });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'failed'));
    expect(calls).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ jobId: id, status: 'failed', attempt: 3, error: 'still broken 3' });
    expect(await repository.find(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'still broken 3' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toHaveLength(3);
  });

  it('returns the existing job for a repeated idempotency key, and enqueues inside a transaction', async () => {
    const { task, calls } = recordingTask();
    const { queue, events } = newQueue([task]);
    const first = await queue.enqueue('record', { key: 'c' }, { idempotencyKey: 'answer-1' });
    const again = await queue.enqueue('record', { key: 'c' }, { idempotencyKey: 'answer-1' });
    expect(again).toBe(first);

    await database.db
      .transaction()
      .execute(async (trx) => {
        await queue.enqueue('record', { key: 'rolled-back' }, { trx, idempotencyKey: 'answer-2' });
        throw new Error('roll back');
      })
      .catch(() => {});
    const committed = await database.db
      .transaction()
      .execute((trx) => queue.enqueue('record', { key: 'd' }, { trx, idempotencyKey: 'answer-2' }));

    await queue.start();
    await eventually(() => events.filter((event) => event.status === 'succeeded').length === 2);
    expect((await database.db.selectFrom('jobs').select('id').execute()).map((row) => row.id).sort()).toEqual(
      [first, committed].sort(),
    );
    expect(calls.sort()).toEqual(['c', 'd']);
  });

  it('rejects a payload that does not match the task schema, and an unknown task', async () => {
    const { task } = recordingTask();
    const { queue } = newQueue([task]);
    await expect(queue.enqueue('record', { key: 42 })).rejects.toThrow();
    await expect(queue.enqueue('nope', {})).rejects.toThrow(/No task of type "nope"/);
  });

  it('claims a job again once the lease of a crashed process expires, and its effect happens once', async () => {
    const { task, calls } = recordingTask();
    const { queue: enqueuer } = newQueue([task]);
    const id = await enqueuer.enqueue('record', { key: 'e' });
    const start = new Date();
    // A process claims the job, then dies: nothing renews or settles its claim.
    const crashed = await repository.claimNext({
      types: ['record'],
      workerId: 'crashed-process',
      now: start.toISOString(),
      leaseUntil: new Date(start.getTime() + 60_000).toISOString(),
    });
    expect(crashed?.id).toBe(id);

    // Within the lease, nobody takes it.
    const { queue: early, events: earlyEvents } = newQueue([task], { now: () => new Date(start.getTime() + 30_000) });
    await early.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(earlyEvents).toEqual([]);
    await early.stop();

    // After the lease, another process takes it over and runs it once.
    const { queue: survivor, events } = newQueue([task], { now: () => new Date(start.getTime() + 61_000) });
    await survivor.start();
    await eventually(() => events.some((event) => event.status === 'succeeded'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).toEqual(['e']);
    expect(await effects()).toBe(1);
    expect(await repository.find(id)).toMatchObject({ status: 'succeeded', attempts: 2 });

    // Should the crashed process come back and try to settle, it is fenced out.
    const late = await repository.settle(id, 'crashed-process', {
      status: 'failed',
      result: null,
      lastError: 'late',
      finishedAt: null,
      runAfter: start.toISOString(),
      updatedAt: start.toISOString(),
    });
    expect(late).toBe(false);
    expect(await repository.find(id)).toMatchObject({ status: 'succeeded', lastError: null });
  });

  it('gives up on a job whose every attempt crashed its process', async () => {
    const { task, calls } = recordingTask();
    const { queue: enqueuer } = newQueue([task]);
    const id = await enqueuer.enqueue('record', { key: 'poison' });
    let clock = Date.now();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claim = { types: ['record'], workerId: `crash-${attempt}`, now: new Date(clock).toISOString() };
      expect(await repository.claimNext({ ...claim, leaseUntil: new Date(clock + 1000).toISOString() })).toBeTruthy();
      clock += 2000;
    }
    const { queue, events } = newQueue([task], { now: () => new Date(clock) });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'failed'));
    expect(calls).toEqual([]);
    expect(await repository.find(id)).toMatchObject({ status: 'failed' });
  });

  it('tells the task once its job is dead, whether its attempts failed or all crashed the process', async () => {
    const heard: string[] = [];
    const failing = defineTask({
      type: 'doomed',
      payload: z.object({ key: z.string() }),
      maxAttempts: 2,
      backoff: fastBackoff,
      perform: () => Promise.reject(new Error('cannot decode this recording')),
      onFailed: ({ key }, error) => Promise.resolve(void heard.push(`${key}: ${error}`)),
    });
    const { queue, events } = newQueue([failing]);
    await queue.enqueue('doomed', { key: 'failed' });
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'failed'));
    await eventually(() => heard.length === 1);
    expect(heard).toEqual(['failed: cannot decode this recording']);
    await queue.stop();

    // Every attempt crashed: the worker that finds the job dead tells the task too.
    const id = await queue.enqueue('doomed', { key: 'crashed' });
    let clock = Date.now();
    for (let attempt = 1; attempt <= 2; attempt++) {
      const claim = { types: ['doomed'], workerId: `crash-${attempt}`, now: new Date(clock).toISOString() };
      expect(await repository.claimNext({ ...claim, leaseUntil: new Date(clock + 1000).toISOString() })).toBeTruthy();
      clock += 2000;
    }
    const { queue: later } = newQueue([failing], { now: () => new Date(clock) });
    await later.start();
    await eventually(() => heard.length === 2);
    expect(heard[1]).toMatch(/^crashed: Every attempt was abandoned/);
    expect(await repository.find(id)).toMatchObject({ status: 'failed' });
  });

  it('resumes at once the jobs a dead process of this host held, without waiting for their lease', async () => {
    const { task } = recordingTask();
    const { queue: enqueuer } = newQueue([task]);
    const id = await enqueuer.enqueue('record', { key: 'orphan' });
    const now = new Date();
    // A process of this host (a pid that cannot exist) claimed it with a long lease, then died.
    const deadWorker = `embedded:${hostname()}:99999999:gone`;
    await repository.claimNext({
      types: ['record'],
      workerId: deadWorker,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 60 * 60_000).toISOString(),
    });
    const { queue, events } = newQueue([task]);
    await queue.start();
    await eventually(() => events.some((event) => event.status === 'succeeded'), 3_000);
    expect(await repository.find(id)).toMatchObject({ status: 'succeeded' });
  });

  it('runs due jobs in run_after order and holds future ones back', async () => {
    const { task, calls } = recordingTask();
    const { queue } = newQueue([task]);
    const now = Date.now();
    await queue.enqueue('record', { key: 'third' }, { runAt: new Date(now - 1_000) });
    await queue.enqueue('record', { key: 'first' }, { runAt: new Date(now - 3_000) });
    await queue.enqueue('record', { key: 'later' }, { runAt: new Date(now + 3_600_000) });
    await queue.enqueue('record', { key: 'second' }, { runAt: new Date(now - 2_000) });
    await queue.start();
    await eventually(() => calls.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toEqual(['first', 'second', 'third']);
  });

  it('never gives one job to two queues polling the same table at once', async () => {
    const { task, calls } = recordingTask('shared', () => new Promise((resolve) => setTimeout(resolve, 5)));
    const workers = [1, 2, 3].map(() => newQueue([task], { concurrency: 2, pollIntervalMs: 5 }));
    const keys = Array.from({ length: 30 }, (_, index) => `job-${index}`);
    for (const key of keys) await workers[0]!.queue.enqueue('shared', { key });
    await Promise.all(workers.map(({ queue }) => queue.start()));
    await eventually(() => calls.length >= keys.length, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.sort()).toEqual(keys.sort());
    const ran = workers.map(({ events }) => events.filter((event) => event.status === 'succeeded').length);
    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(keys.length);
  });

  it('runs at most `concurrency` jobs at once, and stop() waits for the running ones', async () => {
    let inFlight = 0;
    let most = 0;
    const { task, calls } = recordingTask('slow', async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 60));
      inFlight--;
    });
    const { queue, events } = newQueue([task], { concurrency: 2 });
    for (const key of ['1', '2', '3', '4', '5']) await queue.enqueue('slow', { key });
    await queue.start();
    await eventually(() => calls.length >= 3);
    await queue.stop();
    expect(inFlight).toBe(0);
    expect(most).toBe(2);
    const succeeded = events.filter((event) => event.status === 'succeeded').length;
    expect(succeeded).toBe(calls.length);
  });
});

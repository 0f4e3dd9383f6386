// The embedded job queue: jobs live in our own `jobs` table (SQLite or PostgreSQL) and a poller in this process
// claims them atomically with a lease. A process that dies mid-job leaves a lease that expires, and the job is
// claimed again by whichever process polls next; settling is fenced by the claimant's id, so a late finisher
// cannot overwrite the outcome of the attempt that replaced it.
import { randomUUID } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  backoffDelay,
  createJobEvents,
  createTaskRegistry,
  DEFAULT_BACKOFF,
  DEFAULT_MAX_ATTEMPTS,
  errorMessage,
  type EnqueueOptions,
  type JobQueue,
  type Task,
} from './job-queue.ts';
import type { Job, JobRepository } from './jobs.repository.ts';

export interface EmbeddedQueueOptions {
  repository: JobRepository;
  /** Jobs run at once by this process (default: one per core but one, at least 1). */
  concurrency?: number;
  /** How often to look for due jobs when idle (default 500 ms); a local enqueue wakes the poller at once. */
  pollIntervalMs?: number;
  /** How long a claim holds before the job is presumed abandoned (default 60 s); renewed while running. */
  leaseMs?: number;
  /**
   * How long stop() waits before aborting the running jobs' signals and handing them back (default 8 s): their
   * leases are released, so another process claims them at once. It still waits after, for jobs that stop early.
   */
  stopGraceMs?: number;
  now?: () => Date;
  workerId?: string;
  log?: (message: string, details?: object) => void;
  /** Calls back when another process enqueued a job (PostgreSQL's NOTIFY); without it, the poll finds it. */
  listen?: (onEnqueued: () => void) => Promise<() => Promise<void>>;
}

function parsePayload(task: Task, text: string): { success: true; data: unknown } | { success: false; error: string } {
  try {
    const parsed = task.payload.safeParse(JSON.parse(text));
    return parsed.success ? parsed : { success: false, error: parsed.error.message };
  } catch (error) {
    return { success: false, error: errorMessage(error) };
  }
}

type Outcome =
  | { status: 'succeeded'; result: unknown }
  | { status: 'retrying'; error: string; runAfter: string }
  | { status: 'failed'; error: string };

const ABANDONED = 'Every attempt was abandoned: the process running it stopped without finishing it.';

function pidOf(lockedBy: string | null): number {
  return Number(lockedBy?.split(':')[2] ?? NaN);
}

function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const defaultConcurrency = () => Math.max(1, availableParallelism() - 1);

export function createEmbeddedQueue(options: EmbeddedQueueOptions): JobQueue {
  const { repository } = options;
  const concurrency = options.concurrency ?? defaultConcurrency();
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const leaseMs = options.leaseMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  const hostPrefix = `embedded:${hostname()}:`;
  const workerId = options.workerId ?? `${hostPrefix}${process.pid}:${randomUUID()}`;
  const log = options.log ?? (() => {});
  const registry = createTaskRegistry();
  const events = createJobEvents((error) => log('job event listener failed', { error: errorMessage(error) }));
  const running = new Set<Promise<void>>();
  /** The rows of the running jobs, to hand back on a stop that runs out of patience. */
  const held = new Map<string, Job>();
  let stopping = new AbortController();
  let started = false;
  let woken = false;
  let wakeUp: AbortController | undefined;

  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();
  const wake = () => {
    woken = true;
    wakeUp?.abort();
  };

  /** Records how an attempt ended, unless another worker took the job over meanwhile; then tells listeners. */
  async function settle(row: Job, outcome: Outcome) {
    const at = iso();
    const succeeded = outcome.status === 'succeeded';
    const retrying = outcome.status === 'retrying';
    const settled = await repository.settle(row.id, workerId, {
      status: retrying ? 'queued' : outcome.status,
      result: succeeded ? JSON.stringify(outcome.result ?? null) : null,
      lastError: succeeded ? null : outcome.error,
      finishedAt: retrying ? null : at,
      runAfter: retrying ? outcome.runAfter : row.runAfter,
      updatedAt: at,
    });
    if (!settled) {
      log('job lease was lost; its outcome is left to the worker that took it over', { jobId: row.id });
      return;
    }
    const detail = succeeded ? { result: outcome.result } : { error: outcome.error };
    events.emit({ jobId: row.id, type: row.type, status: outcome.status, attempt: row.attempts, ...detail });
    if (outcome.status === 'failed') await tellTaskItFailed(row, outcome.error);
  }

  /** The dead job's task hears of it, with the payload as stored when it no longer parses. */
  async function tellTaskItFailed(row: Job, error: string) {
    const task = registry.get(row.type);
    if (!task.onFailed) return;
    const parsed = parsePayload(task, row.payload);
    if (!parsed.success) return;
    await task.onFailed(parsed.data, error).catch((hookError: unknown) => {
      log('job failure hook failed', { jobId: row.id, error: errorMessage(hookError) });
    });
  }

  /**
   * Jobs a process of this host held when it died resume at once rather than when their lease runs out: their
   * worker ids name the host and the process, and a process that no longer exists holds nothing.
   */
  async function releaseJobsOfDeadProcesses() {
    const held = await repository.heldBy(`${hostPrefix}%`);
    const dead = held.filter((job) => !processIsAlive(pidOf(job.lockedBy)));
    for (const job of dead) await repository.releaseLease(job.id, job.lockedBy ?? '', iso(-1));
    if (dead.length) log('jobs of a process that died resume now', { count: dead.length });
  }

  /** Renews the lease while the job runs, so a long job is not mistaken for an abandoned one. */
  function keepLease(row: Job): () => void {
    const timer = setInterval(() => {
      repository.extendLease(row.id, workerId, iso(leaseMs)).catch((error: unknown) => {
        log('could not extend a job lease', { jobId: row.id, error: errorMessage(error) });
      });
    }, leaseMs / 3);
    timer.unref();
    return () => clearInterval(timer);
  }

  async function perform(row: Job): Promise<void> {
    const task = registry.get(row.type);
    if (row.attempts > row.maxAttempts) return settle(row, { status: 'failed', error: ABANDONED });
    const parsed = parsePayload(task, row.payload);
    if (!parsed.success) return settle(row, { status: 'failed', error: `Invalid payload: ${parsed.error}` });
    events.emit({ jobId: row.id, type: row.type, status: 'running', attempt: row.attempts });
    const releaseLease = keepLease(row);
    try {
      const result = await task.perform(parsed.data, { jobId: row.id, attempt: row.attempts, signal: stopping.signal });
      releaseLease();
      await settle(row, { status: 'succeeded', result });
    } catch (error) {
      releaseLease();
      const message = errorMessage(error);
      if (row.attempts >= row.maxAttempts) return settle(row, { status: 'failed', error: message });
      const runAfter = iso(backoffDelay(task.backoff ?? DEFAULT_BACKOFF, row.attempts));
      await settle(row, { status: 'retrying', error: message, runAfter });
    }
  }

  function track(row: Job) {
    const job = perform(row)
      .catch((error: unknown) => log('job could not be settled', { jobId: row.id, error: errorMessage(error) }))
      .finally(() => {
        running.delete(job);
        held.delete(row.id);
        wake();
      });
    running.add(job);
    held.set(row.id, row);
  }

  /**
   * Jobs still running when the grace period ends are handed back: their leases expire now, so the next poll of
   * any process claims them, rather than a minute later. Should one still finish here, its settle is fenced.
   */
  async function handBack() {
    const rows = [...held.values()];
    for (const row of rows) await repository.releaseLease(row.id, workerId, iso(-1));
    if (rows.length) log('jobs still running at shutdown were handed back', { count: rows.length });
  }

  /** Claims due jobs until the concurrency limit is reached or none is due. */
  async function fillSlots() {
    while (started && running.size < concurrency) {
      const row = await repository.claimNext({
        types: registry.types(),
        workerId,
        now: iso(),
        leaseUntil: iso(leaseMs),
      });
      if (!row) return;
      track(row);
    }
  }

  async function pollLoop() {
    while (started) {
      woken = false;
      try {
        await fillSlots();
      } catch (error) {
        log('job poll failed', { error: errorMessage(error) });
      }
      if (woken) continue;
      wakeUp = new AbortController();
      await sleep(pollIntervalMs, undefined, { signal: wakeUp.signal }).catch(() => {});
    }
  }

  let loop: Promise<void> | undefined;
  let stopListening: (() => Promise<void>) | undefined;

  return {
    adapter: 'embedded',

    register(task) {
      registry.add(task);
      wake();
    },

    async enqueue(type, payload, enqueueOptions: EnqueueOptions = {}) {
      const task = registry.get(type);
      const valid = task.payload.parse(payload);
      const at = iso();
      const id = await repository.insert(
        {
          id: randomUUID(),
          type,
          payload: JSON.stringify(valid),
          maxAttempts: task.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          runAfter: enqueueOptions.runAt ? enqueueOptions.runAt.toISOString() : at,
          idempotencyKey: enqueueOptions.idempotencyKey ?? null,
          now: at,
        },
        enqueueOptions.trx,
      );
      wake();
      // Inside a transaction the job is invisible until the commit, which has usually happened a moment later.
      if (enqueueOptions.trx) setTimeout(wake, 25).unref();
      return id;
    },

    async start() {
      if (started) return;
      started = true;
      stopping = new AbortController();
      await releaseJobsOfDeadProcesses().catch((error: unknown) => {
        log('could not release the jobs of dead processes', { error: errorMessage(error) });
      });
      loop = pollLoop();
      stopListening = await options.listen?.(wake).catch((error: unknown) => {
        log('not told of new jobs: polling only', { error: errorMessage(error) });
        return undefined;
      });
    },

    async stop() {
      if (!started) return;
      started = false;
      wake();
      await stopListening?.();
      await loop;
      const abortLate = setTimeout(() => {
        stopping.abort();
        handBack().catch((error: unknown) => log('could not hand jobs back', { error: errorMessage(error) }));
      }, options.stopGraceMs ?? 8_000);
      await Promise.allSettled([...running]);
      clearTimeout(abortLate);
    },

    onEvent: (listener) => events.subscribe(listener),
    depth: () => repository.countQueued(),
  };
}

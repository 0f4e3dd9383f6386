// The job queue as the rest of the server sees it: typed tasks, an enqueue that can join a transaction, and
// events. Two adapters implement it: embedded.queue.ts (a poller over our own `jobs` table, the default) and
// pg-boss.queue.ts (PostgreSQL deployments with QUEUE=pg-boss).
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';

export interface Backoff {
  /** Delay before the second attempt; each later one doubles it. */
  initialMs: number;
  /** The longest delay between two attempts. */
  maxMs: number;
}

export interface TaskContext {
  jobId: string;
  /** 1 on the first attempt. */
  attempt: number;
  /** Aborted when the queue is stopping and the job should give up early if it can. */
  signal: AbortSignal;
}

/**
 * A kind of background work. `perform` must be idempotent: after a crash the job runs again, and a retry must
 * change nothing twice (write with upserts, key side effects on the job's payload).
 */
export interface Task<Payload = unknown, Result = unknown> {
  type: string;
  payload: z.ZodType<Payload>;
  /** Attempts before the job is dead, counting the first (default 3). */
  maxAttempts?: number;
  backoff?: Backoff;
  perform(payload: Payload, context: TaskContext): Promise<Result>;
  /**
   * Called once when the job is dead: its last attempt failed, every attempt was abandoned by a process that
   * died (a recording that crashes it each time), or its payload is invalid. Lets the task leave its work in a
   * state the user can see and act on instead of waiting for ever. Must be idempotent too.
   */
  onFailed?(payload: Payload, error: string): Promise<void>;
}

/** Declares a task with its payload type inferred from the schema. */
export const defineTask = <Payload, Result>(task: Task<Payload, Result>): Task<Payload, Result> => task;

export interface EnqueueOptions {
  /** A second enqueue with the same key returns the first job's id and adds nothing. */
  idempotencyKey?: string;
  /** Not before this time (default: now). */
  runAt?: Date;
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  trx?: Transaction<Database>;
}

export type JobEventStatus = 'running' | 'succeeded' | 'failed' | 'retrying';

export interface JobEvent {
  jobId: string;
  type: string;
  status: JobEventStatus;
  attempt: number;
  /** What `perform` returned, on `succeeded`. */
  result?: unknown;
  /** The error message, on `failed` (dead: no attempts left) and `retrying`. */
  error?: string;
}

export type JobListener = (event: JobEvent) => void;

export interface JobQueue {
  readonly adapter: 'embedded' | 'pg-boss';
  /** Makes a task runnable by this process and enqueueable by its type. */
  register<Payload, Result>(task: Task<Payload, Result>): void;
  /** Validates the payload against the task's schema and stores the job; returns its id. */
  enqueue(type: string, payload: unknown, options?: EnqueueOptions): Promise<string>;
  /** Starts running jobs of the registered tasks. */
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
  /** Subscribes to job events; returns the unsubscribe function. */
  onEvent(listener: JobListener): () => void;
  /** Jobs waiting to run across every process, by type (the metrics' queue depth). */
  depth(): Promise<Record<string, number>>;
}

export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 5 * 60_000 };

/** Exponential backoff: the delay after the `attempt`-th failed attempt (1-based), capped. */
export function backoffDelay(backoff: Backoff, attempt: number): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.max(0, attempt - 1));
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);

export class UnknownTaskError extends Error {
  constructor(type: string) {
    super(`No task of type "${type}" is registered with the job queue.`);
    this.name = 'UnknownTaskError';
  }
}

/** Tracks listeners and calls them safely: a throwing listener must not fail the job it observes. */
export function createJobEvents(onListenerError: (error: unknown) => void = () => {}) {
  const listeners = new Set<JobListener>();
  return {
    subscribe(listener: JobListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(event: JobEvent) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}

/** Registered tasks by type; enqueue validates payloads through it. */
export function createTaskRegistry() {
  const tasks = new Map<string, Task>();
  return {
    add(task: Task) {
      if (tasks.has(task.type)) throw new Error(`A task of type "${task.type}" is already registered.`);
      tasks.set(task.type, task);
    },
    get(type: string): Task {
      const task = tasks.get(type);
      if (!task) throw new UnknownTaskError(type);
      return task;
    },
    types: () => [...tasks.keys()],
    all: () => [...tasks.values()],
  };
}

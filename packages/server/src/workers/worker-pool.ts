// A small pool of worker threads for CPU-heavy pure work (answer analysis), so that it never blocks the event
// loop serving requests. Threads start on first use, take one call at a time, and are replaced if one dies.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerFunctions } from './worker-functions.ts';
import type { ShareMessage, WorkRequest, WorkResponse } from './worker-thread.ts';

type FunctionTable = Record<string, (...args: never[]) => unknown>;

export interface WorkerPoolOptions {
  /** Threads at most (default: one per core but one, at least 1). */
  size?: number;
  /** The module whose `workerFunctions` export the threads run (default: ./worker-functions.ts). */
  moduleUrl?: URL;
}

export interface WorkerPool<Functions extends FunctionTable = WorkerFunctions> {
  runInWorker<Name extends keyof Functions & string>(
    name: Name,
    ...args: Parameters<Functions[Name]>
  ): Promise<Awaited<ReturnType<Functions[Name]>>>;
  /**
   * Hands a value to every thread, running or started later, once: its functions read it with `sharedValue(key)`.
   * For large inputs many calls share (the question bank), which would otherwise be copied with every call.
   */
  share(key: string, value: unknown): void;
  /** Waits for nothing: pending calls are rejected and the threads terminated. */
  close(): Promise<void>;
}

interface PendingCall {
  request: WorkRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface PoolThread {
  worker: Worker;
  current: PendingCall | undefined;
}

export class WorkerCallError extends Error {
  constructor(functionName: string, cause: { name: string; message: string }) {
    super(`Worker function "${functionName}" failed: ${cause.message}`);
    this.name = 'WorkerCallError';
  }
}

const THREAD_ENTRY = new URL('./worker-thread.ts', import.meta.url);
const DEFAULT_FUNCTIONS = new URL('./worker-functions.ts', import.meta.url);

export function createWorkerPool<Functions extends FunctionTable = WorkerFunctions>(
  options: WorkerPoolOptions = {},
): WorkerPool<Functions> {
  const size = options.size ?? Math.max(1, availableParallelism() - 1);
  const moduleUrl = (options.moduleUrl ?? DEFAULT_FUNCTIONS).href;
  const threads: PoolThread[] = [];
  const waiting: PendingCall[] = [];
  const shared = new Map<string, unknown>();
  let nextId = 1;
  let closed = false;

  function dispatch() {
    while (waiting.length > 0) {
      const thread = threads.find((candidate) => !candidate.current) ?? (threads.length < size ? spawn() : undefined);
      if (!thread) return;
      const call = waiting.shift()!;
      thread.current = call;
      thread.worker.postMessage(call.request);
    }
  }

  function settle(thread: PoolThread, response: WorkResponse) {
    const call = thread.current;
    thread.current = undefined;
    if (call?.request.id !== response.id) return;
    if (response.ok) call.resolve(response.value);
    else call.reject(new WorkerCallError(call.request.name, response.error));
    dispatch();
  }

  /** A thread that dies takes its current call with it; the pool forgets it and starts another when needed. */
  function retire(thread: PoolThread, reason: Error) {
    const index = threads.indexOf(thread);
    if (index >= 0) threads.splice(index, 1);
    thread.current?.reject(reason);
    thread.current = undefined;
    if (!closed) dispatch();
  }

  function spawn(): PoolThread {
    const worker = new Worker(THREAD_ENTRY, { workerData: { moduleUrl } });
    const thread: PoolThread = { worker, current: undefined };
    // Before any call: a thread's messages arrive in order.
    for (const [key, value] of shared) worker.postMessage({ share: key, value } satisfies ShareMessage);
    worker.on('message', (response: WorkResponse) => settle(thread, response));
    worker.on('error', (error: Error) => retire(thread, error));
    worker.on('exit', (code) => retire(thread, new Error(`A worker thread exited (code ${code}).`)));
    threads.push(thread);
    return thread;
  }

  return {
    runInWorker(name, ...args) {
      if (closed) return Promise.reject(new Error('The worker pool is closed.'));
      return new Promise((resolve, reject) => {
        const request: WorkRequest = { id: nextId++, name, args };
        waiting.push({ request, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },

    share(key, value) {
      shared.set(key, value);
      for (const thread of threads) thread.worker.postMessage({ share: key, value } satisfies ShareMessage);
    },

    async close() {
      closed = true;
      for (const call of waiting.splice(0)) call.reject(new Error('The worker pool closed.'));
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}

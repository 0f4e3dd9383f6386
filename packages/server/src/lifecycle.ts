// Shutting a process down on SIGTERM or SIGINT: stop taking requests (Fastify answers 503 to new ones and lets
// those in flight finish), stop the job queue (running jobs finish within its grace period; a job still running
// after it is handed back: another process claims it again, see jobs/), then close the worker threads, the pool
// and the database. A second signal, or the hard limit, exits at once: the queue's leases make that safe too.
import type { FastifyInstance } from 'fastify';
import type { Dependencies } from './composition.ts';

export interface ShutdownOptions {
  app: FastifyInstance;
  deps: Pick<Dependencies, 'close'>;
  log: (message: string, details?: object) => void;
  /** Past this, exit even if closing has not finished (default 10 s: the queues' 8-s grace, and some). */
  hardLimitMs?: number;
  exit?: (code: number) => void;
}

/** Installs the signal handlers; returns the shutdown itself, for callers that end the process another way. */
export function shutDownOnSignals(options: ShutdownOptions): (signal: string) => Promise<void> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      options.log('second signal: exiting now', { signal });
      return exit(1);
    }
    closing = true;
    options.log('shutting down', { signal });
    const force = setTimeout(() => {
      options.log('shutdown took too long: exiting; unfinished jobs are claimed again by another process');
      exit(1);
    }, options.hardLimitMs ?? 10_000);
    force.unref();
    try {
      await options.app.close();
      await options.deps.close();
      options.log('shut down');
      exit(0);
    } catch (error) {
      options.log('shutdown failed', { error: String(error) });
      exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (name) => void shutdown(name));
  return shutdown;
}

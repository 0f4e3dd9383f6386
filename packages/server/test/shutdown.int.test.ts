// Graceful shutdown of a real worker process: SIGTERM arrives while it runs a job (a code check that loops until
// the sandbox stops it). The process stops taking jobs, lets the running one finish within the grace period or
// hands it back, closes its database and exits 0; the job is then finished, here or by the next worker: never lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitCodeRun } from './code-attempts.ts';
import { createAppStorage, startListeningApp, type AppStorage, type ListeningApp } from './listening-app.ts';

const WORKER = join(import.meta.dirname, '..', 'src', 'worker.ts');
const LOOPING = 'export class LRUCache { constructor() {} get() { for (;;) {} } put() { for (;;) {} } }';

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startWorker(storage: AppStorage): Promise<Worker> {
  const child = spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      DATA_DIR: storage.dataDir,
      WEB_DIST_DIR: join(storage.dataDir, 'no-web'),
      PORT: '0',
      LOG_LEVEL: 'info',
      JOB_CONCURRENCY: '1',
      ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('worker started')) {
        clearInterval(timer);
        resolve({ child, output: () => output, exited });
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the worker exited before it started:\n${output}`));
    });
  });
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a worker process told to stop mid-job', () => {
  let storage: AppStorage;
  let web: ListeningApp;
  const workers: Worker[] = [];

  beforeAll(async () => {
    storage = await createAppStorage('sqlite');
    web = await startListeningApp(storage, { env: { ROLE: 'web' } });
  });
  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await web.stop();
    await storage.drop();
  });

  it('finishes the job or hands it back, and exits cleanly', { timeout: 120_000 }, async () => {
    const attempt = await submitCodeRun(web.app, LOOPING);
    const db = web.deps.database.db;
    const job = () => db.selectFrom('jobs').selectAll().where('type', '=', 'check-code').executeTakeFirstOrThrow();

    const first = await startWorker(storage);
    workers.push(first);
    await until(async () => ((await job()).status === 'running' ? true : undefined));
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/shutting down/);
    expect(first.output()).toMatch(/"msg":"shut down"/);

    const afterStop = await job();
    if (afterStop.status !== 'succeeded') {
      // Handed back: the next worker claims it at once and finishes it.
      expect(first.output()).toMatch(/handed back/);
      workers.push(await startWorker(storage));
    }
    const finished = await until(async () => {
      const row = await job();
      return row.status === 'succeeded' ? row : undefined;
    }, 60_000);
    expect(finished.attempts).toBeLessThanOrEqual(2);
    expect(await attempt.status()).not.toBe('queued');
  });
});

// Process roles on both databases: a web process enqueues but never runs a job, and is ready without a queue; a
// worker on the same database takes the job, serves health only, and is ready once its queue runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitCodeRun } from './code-attempts.ts';
import { availableDialects } from './helper.ts';
import { createAppStorage, startListeningApp, type AppStorage, type ListeningApp } from './listening-app.ts';

const dialects = await availableDialects();
const SOLUTION = 'export class LRUCache { constructor() {} get() { return -1; } put() {} }';

describe.each(dialects)('process roles on %s', (dialect) => {
  let storage: AppStorage;
  let web: ListeningApp;
  let worker: ListeningApp | undefined;

  beforeAll(async () => {
    storage = await createAppStorage(dialect);
    web = await startListeningApp(storage, { env: { ROLE: 'web' } });
  });
  afterAll(async () => {
    await worker?.stop();
    await web.stop();
    await storage.drop();
  });

  it('leaves jobs to a worker on the same database, and each is ready in its own way', async () => {
    await web.deps.queue.start();
    expect(web.deps.queue.running).toBe(false);
    const webReady = await web.app.inject({ url: '/api/v1/health/ready' });
    expect(webReady.statusCode).toBe(200);
    expect(webReady.json()).toMatchObject({ status: 'ready', db: 'ok', queue: 'not-run-here' });

    const { status } = await submitCodeRun(web.app, SOLUTION);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await status()).toBe('queued');

    worker = await startListeningApp(storage, { env: { ROLE: 'worker' } });
    const before = await worker.app.inject({ url: '/api/v1/health/ready' });
    expect(before.statusCode).toBe(503);
    expect(before.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(before.json()).toMatchObject({ status: 503, code: 'not-ready' });

    await worker.deps.queue.start();
    const after = await worker.app.inject({ url: '/api/v1/health/ready' });
    expect(after.json()).toMatchObject({ status: 'ready', queue: 'running' });
    let seen = 'queued';
    for (let i = 0; i < 200 && seen === 'queued'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await status();
    }
    expect(seen).not.toBe('queued');
  });

  it('serves only health on a worker, and liveness everywhere', async () => {
    worker ??= await startListeningApp(storage, { env: { ROLE: 'worker' } });
    expect((await worker.app.inject({ url: '/api/v1/health/live' })).json()).toMatchObject({ status: 'live' });
    expect((await web.app.inject({ url: '/api/v1/health/live' })).statusCode).toBe(200);
    const api = await worker.app.inject({ url: '/api/v1/questions' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await worker.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(404);
  });
});

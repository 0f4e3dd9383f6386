// The scrape endpoint on both databases: requests by route, the queue's depth and job durations, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitCodeRun } from './code-attempts.ts';
import { availableDialects } from './helper.ts';
import { createAppStorage, startListeningApp, type AppStorage, type ListeningApp } from './listening-app.ts';

const dialects = await availableDialects();
const SOLUTION = 'export class LRUCache { constructor() {} get() { return -1; } put() {} }';
const TOKEN = 'a-scraper-token-of-some-length';

/** The value of one series in the text format, or undefined when the scrape has no such line. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const scrape = async (app: ListeningApp['app']) => {
  const response = await app.inject({ url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
};

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 15 s');
}

describe.each(dialects)('metrics on %s', (dialect) => {
  let storage: AppStorage;
  let web: ListeningApp;

  beforeAll(async () => {
    storage = await createAppStorage(dialect);
    web = await startListeningApp(storage, { env: { ROLE: 'web' } });
  });
  afterAll(async () => {
    await web.stop();
    await storage.drop();
  });

  it('counts requests by route template and status class, and times them', async () => {
    for (let i = 0; i < 3; i++) await web.app.inject({ url: '/api/v1/health/live' });
    await web.app.inject({ url: '/api/v1/interviews/not-a-real-id' });
    const text = await scrape(web.app);
    const live = 'rehearse_http_request_duration_seconds_count{method="GET",route="/api/v1/health/live",status="2xx"}';
    expect(sample(text, live)).toBe(3);
    expect(text).toContain('route="/api/v1/interviews/:id",status="4xx"');
    expect(text).not.toContain('not-a-real-id');
    expect(text).toMatch(/rehearse_process_resident_memory_bytes \d+/);
  });

  it('shows jobs waiting in the shared queue, then how long the worker that ran them took', async () => {
    const { status } = await submitCodeRun(web.app, SOLUTION);
    expect(await status()).toBe('queued');
    expect(sample(await scrape(web.app), 'rehearse_jobs_waiting{type="check-code"}')).toBe(1);

    const worker = await startListeningApp(storage, { env: { ROLE: 'worker' } });
    try {
      await worker.deps.queue.start();
      const done = 'rehearse_job_duration_seconds_count{type="check-code",outcome="succeeded"}';
      await waitFor(async () => sample(await scrape(worker.app), done) === 1);
      expect(await status()).toBe('done');
      expect(sample(await scrape(worker.app), 'rehearse_jobs_waiting{type="check-code"}') ?? 0).toBe(0);
    } finally {
      await worker.stop();
    }
  });

  it('answers a scrape through a proxy with 403, and over the network only with the token', async () => {
    const proxied = await web.app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.statusCode).toBe(403);
    expect(proxied.json()).toMatchObject({ code: 'metrics-forbidden' });

    const guarded = await startListeningApp(storage, { env: { ROLE: 'web', METRICS_TOKEN: TOKEN } });
    try {
      const remote = { remoteAddress: '198.51.100.7' };
      expect((await guarded.app.inject({ url: '/metrics', ...remote })).statusCode).toBe(403);
      const wrong = { authorization: `Bearer ${TOKEN.slice(1)}x` };
      expect((await guarded.app.inject({ url: '/metrics', headers: wrong, ...remote })).statusCode).toBe(403);
      const right = { authorization: `Bearer ${TOKEN}` };
      const ok = await guarded.app.inject({ url: '/metrics', headers: right, ...remote });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('rehearse_http_request_duration_seconds');
    } finally {
      await guarded.stop();
    }
  });
});

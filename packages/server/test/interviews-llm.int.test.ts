// With an LLM configured, the interviewer asks its generated follow-up and keeps its narrative beside the
// deterministic analysis, whose scores it never changes; when the LLM fails, the bank's probe is asked instead.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { indexingQuestion } from './fixtures/questions.ts';

const GENERATED = 'You explained lookups; what does each extra index cost your inserts?';
const ANSWER =
  'Alpha is the heart of it, because it keeps the lookup cheap: the database walks a small sorted structure ' +
  'instead of scanning every row. For example, in an orders table an index on the customer id means fetching ' +
  "one customer's orders touches a few pages, not millions of rows. The trade-off is that every insert has to " +
  'do extra work, so I would measure before adding more.';

interface View {
  state: { phase: string; version: number };
  current: { turnId: string; kind: string; prompt: string } | null;
  turns: { analysis: { scores: { overall: number }; llm: { narrative: string } | null } | null }[];
}

let llmServer: Server;
let llmUp = true;
let t: TestApp;

beforeAll(async () => {
  llmServer = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!llmUp) {
        res.writeHead(503).end();
        return;
      }
      const content = JSON.stringify({ narrative: 'You covered lookups well.', followUpQuestions: [GENERATED] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { content } }] }));
    });
  });
  await new Promise<void>((resolve) => llmServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(llmServer.address() as AddressInfo).port}`;
  t = await buildTestApp('sqlite', { skipContent: true }, { LLM_BASE_URL: url, LLM_MODEL: 'fake' });
  await t.deps.questions.syncBank([indexingQuestion], { retireMissing: true });
  await t.deps.queue.start();
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => llmServer.close(() => resolve()));
});

async function answerFirstQuestion(): Promise<View> {
  const { cookie } = await signUp(t.app);
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) =>
    (await t.app.inject({ method, url, headers: { ...ORIGIN, cookie }, ...(payload ? { payload } : {}) })).json<
      View & { id: string }
    >();
  const { id } = await call('POST', '/api/v1/interviews', {
    round: 'concepts',
    level: 'mid',
    categories: ['databases'],
  });
  await call('POST', `/api/v1/interviews/${id}/events`, { event: 'start', expectedVersion: 0 });
  await call('POST', `/api/v1/interviews/${id}/events`, { event: 'begin-answer', expectedVersion: 1 });
  await call('POST', `/api/v1/interviews/${id}/answers`, {
    turnId: '0.0',
    mode: 'typed',
    text: ANSWER,
    expectedVersion: 2,
  });
  for (let i = 0; i < 200; i++) {
    const view = await call('GET', `/api/v1/interviews/${id}`);
    if (view.state.phase !== 'reviewing') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the answer was never analysed');
}

describe('interviewer with an LLM configured', () => {
  it("asks the model's follow-up and keeps its narrative, with the same scores", async () => {
    const view = await answerFirstQuestion();
    expect(view.current).toMatchObject({ turnId: '0.1', kind: 'follow-up', prompt: GENERATED });
    expect(view.turns[0]!.analysis!.llm).toMatchObject({ narrative: 'You covered lookups well.' });
    llmUp = false;
    const without = await answerFirstQuestion();
    expect(without.turns[0]!.analysis!.scores.overall).toBe(view.turns[0]!.analysis!.scores.overall);
  });

  it("falls back to the bank's probe when the LLM fails", async () => {
    llmUp = false;
    const view = await answerFirstQuestion();
    expect(view.current).toMatchObject({ kind: 'follow-up', prompt: 'What about the second point?' });
    expect(view.turns[0]!.analysis!.llm).toBeNull();
  });
});

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion, makeQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();
const extra = [1, 2, 3].map((n) =>
  makeQuestion({
    id: `database-extra-${n}`,
    prompt: `Extra database question number ${n} about replicas and backups?`,
  }),
);

interface View {
  id: string;
  secondsInPhase: number;
  state: { phase: string; version: number; turn: { id: string; kind: string } | null };
  current: { turnId: string; prompt: string; kind: string } | null;
  turns: {
    turnId: string;
    questionId: string;
    status: string;
    recordingId: string | null;
    analysis: { scores: { overall: number } } | null;
  }[];
}

describe.each(dialects)('mock interviews on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion, ...extra], {
      retireMissing: true,
    });
    await t.deps.queue.start();
  });
  afterAll(async () => t.close());

  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...ORIGIN, cookie },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json<View & { code?: string }>() };
  };
  /** A mid-level concepts interview on databases, started: its first question is being asked (version 1). */
  const startedInterview = async (cookie: string) => ({ id: await startInterview(t.app, cookie) });

  async function until(cookie: string, id: string, done: (view: View) => boolean) {
    for (let i = 0; i < 200; i++) {
      const { body } = await call(cookie, 'GET', `/api/v1/interviews/${id}`);
      if (done(body)) return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('interview did not reach the expected state');
  }

  /** Answers the first question of a started interview in a few words and waits for its analysis. */
  async function answerFirstBriefly(cookie: string, id: string) {
    const answer = { turnId: '0.0', mode: 'typed', text: 'A short answer.', expectedVersion: 1 };
    await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, answer);
    return until(cookie, id, (view) => view.state.phase !== 'reviewing');
  }

  /** A stored recording (a small file, not real audio) of an answer, as a finished upload leaves it. */
  async function storeRecording(userId: string, answerId: string) {
    const id = randomUUID();
    const path = `recordings/${id}.webm`;
    await mkdir(join(t.deps.config.dataDir, 'recordings'), { recursive: true });
    await writeFile(join(t.deps.config.dataDir, path), 'webm bytes');
    const at = new Date().toISOString();
    await t.deps.recordings.add({
      ...{ id, userId: userId, answerId: answerId, path, mime: 'audio/webm', bytes: 10 },
      ...{ sha256: '0'.repeat(64), durationSec: 1, createdAt: at },
    });
    return { id, file: join(t.deps.config.dataDir, path) };
  }

  it('analyses again, on request, an answer whose analysis failed, and only such an answer', async () => {
    const { cookie } = await signUp(t.app);
    const { id } = await startedInterview(cookie);
    await answerFirstBriefly(cookie, id);
    const refused = await call(cookie, 'POST', `/api/v1/interviews/${id}/turns/0.0/retry`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('turn-not-failed');
    // As the job queue leaves it when every attempt failed.
    await t.deps.database.db
      .updateTable('interview_turns')
      .set({ status: 'failed', error: 'the recording could not be decoded' })
      .where('id', '=', `${id}:0.0`)
      .execute();
    const retried = await call(cookie, 'POST', `/api/v1/interviews/${id}/turns/0.0/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.turns[0]).toMatchObject({ turnId: '0.0', status: 'queued' });
    const done = await until(cookie, id, (view) => view.turns[0]?.status === 'analysed');
    expect(done.turns[0]!.analysis).not.toBeNull();
    const stranger = await signUp(t.app);
    expect((await call(stranger.cookie, 'POST', `/api/v1/interviews/${id}/turns/0.0/retry`)).status).toBe(404);
  });

  it('plans, asks, analyses a typed answer in the background, follows up, and summarises', async () => {
    const { cookie } = await signUp(t.app);
    const created = await call(cookie, 'POST', '/api/v1/interviews', {
      round: 'concepts',
      level: 'mid',
      categories: ['databases'],
      minutes: 15,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.state.phase).toBe('intro');

    const started = await call(cookie, 'POST', `/api/v1/interviews/${id}/events`, {
      event: 'start',
      expectedVersion: 0,
    });
    expect(started.body.current).toMatchObject({ turnId: '0.0', kind: 'question' });
    const answering = await call(cookie, 'POST', `/api/v1/interviews/${id}/events`, {
      event: 'begin-answer',
      expectedVersion: 1,
    });
    expect(answering.body.state.phase).toBe('answering');

    const submitted = await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, {
      turnId: '0.0',
      mode: 'typed',
      // Covers the first key point only (the fixtures' points share their other phrases), so two stay missed.
      text:
        'Alpha is the heart of it, because it keeps the lookup cheap: the database walks a small sorted structure ' +
        'instead of scanning every row. For example, in an orders table an index on the customer id means fetching ' +
        "one customer's orders touches a few pages, not millions of rows. The trade-off is that every insert has to " +
        'do extra work, so I would measure before adding more.',
      expectedVersion: 2,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state.phase).toBe('reviewing');

    const reviewed = await until(cookie, id, (view) => view.state.phase !== 'reviewing');
    expect(reviewed.turns[0]).toMatchObject({ turnId: '0.0', status: 'analysed' });
    expect(reviewed.turns[0]!.analysis!.scores.overall).toBeGreaterThanOrEqual(0);
    // The answer missed key points, so the interviewer follows up on one of them.
    expect(reviewed.current).toMatchObject({ turnId: '0.1', kind: 'follow-up' });

    const finished = await call(cookie, 'POST', `/api/v1/interviews/${id}/events`, {
      event: 'finish',
      expectedVersion: reviewed.state.version,
    });
    expect(finished.body.state.phase).toBe('wrap-up');
    const completed = await call(cookie, 'POST', `/api/v1/interviews/${id}/events`, {
      event: 'complete',
      expectedVersion: finished.body.state.version,
    });
    expect(completed.body.state.phase).toBe('completed');
    const summary = await t.app.inject({ url: `/api/v1/interviews/${id}/summary`, headers: { cookie } });
    expect(summary.statusCode).toBe(200);
    const report = summary.json<{ questions: { questionId: string; overall: number | null }[] }>();
    expect(report.questions[0]).toMatchObject({ questionId: reviewed.turns[0]!.questionId });
    expect(report.questions[0]!.overall).toBe(reviewed.turns[0]!.analysis!.scores.overall);
  });

  it('refuses a stale or repeated request and changes nothing', async () => {
    const { cookie } = await signUp(t.app);
    const body = await startedInterview(cookie);
    const repeated = await call(cookie, 'POST', `/api/v1/interviews/${body.id}/events`, {
      event: 'start',
      expectedVersion: 0,
    });
    expect(repeated.status).toBe(409);
    expect(repeated.body.code).toBe('interview-moved-on');
    const wrongTurn = await call(cookie, 'POST', `/api/v1/interviews/${body.id}/answers`, {
      turnId: '5.0',
      mode: 'typed',
      text: 'x',
      expectedVersion: 1,
    });
    expect(wrongTurn.status).toBe(409);
    const after = await call(cookie, 'GET', `/api/v1/interviews/${body.id}`);
    expect(after.body.state.version).toBe(1);
    expect(after.body.turns).toEqual([]);
  });

  it('analyses a turn once even when the job runs twice (a retry after a crash)', async () => {
    const { cookie } = await signUp(t.app);
    const body = await startedInterview(cookie);
    const first = await answerFirstBriefly(cookie, body.id);
    await t.deps.answers.analyse(`${body.id}:0.0`);
    const second = await call(cookie, 'GET', `/api/v1/interviews/${body.id}`);
    expect(second.body.state.version).toBe(first.state.version);
    expect(second.body.turns).toHaveLength(1);
  });

  it('attaches a recording whose upload finished before its answer was submitted', async () => {
    const { cookie, user } = await signUp(t.app);
    const userId = user.id;
    const body = await startedInterview(cookie);
    const answerId = `${body.id}:0.0`;
    const recordingId = randomUUID();
    // The upload finishes first: its hook runs before the answer exists, and changes nothing.
    const at = new Date().toISOString();
    await t.deps.recordings.add({
      ...{ id: recordingId, userId: userId, answerId: answerId, path: `recordings/${recordingId}.webm` },
      ...{ mime: 'audio/webm', bytes: 1, sha256: '0'.repeat(64), durationSec: 1, createdAt: at },
    });
    expect(await t.deps.answers.recordingReady({ userId, answerId })).toBe(false);
    const submitted = await call(cookie, 'POST', `/api/v1/interviews/${body.id}/answers`, {
      turnId: '0.0',
      mode: 'audio',
      expectedVersion: 1,
    });
    expect(submitted.status).toBe(200);
    const turn = (await call(cookie, 'GET', `/api/v1/interviews/${body.id}`)).body.turns[0]!;
    expect(turn).toMatchObject({ recordingId });
    expect(turn.status).not.toBe('recording');
    // The hook heard again (a retried finalisation) changes nothing: the answer was attached once.
    expect(await t.deps.answers.recordingReady({ userId, answerId })).toBe(false);
  });

  it('keeps interviews private to their owner', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const { body } = await call(owner.cookie, 'POST', '/api/v1/interviews', {
      round: 'concepts',
      level: 'mid',
      categories: [],
    });
    expect((await call(other.cookie, 'GET', `/api/v1/interviews/${body.id}`)).status).toBe(404);
    expect(
      (await call(other.cookie, 'POST', `/api/v1/interviews/${body.id}/events`, { event: 'start', expectedVersion: 0 }))
        .status,
    ).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/interviews/${body.id}` })).statusCode).toBe(401);
  });

  it('retakes an interview with the same questions, and its summary compares with the first attempt', async () => {
    const { cookie } = await signUp(t.app);
    const first = await startedInterview(cookie);
    await answerFirstBriefly(cookie, first.id);
    const original = (await call(cookie, 'GET', `/api/v1/interviews/${first.id}`)).body as View & {
      plan: { questionId: string }[];
    };

    const retake = await call(cookie, 'POST', `/api/v1/interviews/${first.id}/retake`);
    expect(retake.status).toBe(201);
    const again = retake.body as View & { plan: { questionId: string }[]; retakeOf: string | null };
    expect(again.id).not.toBe(first.id);
    expect(again.retakeOf).toBe(first.id);
    expect(again.plan.map((q) => q.questionId)).toEqual(original.plan.map((q) => q.questionId));
    expect(again.state.phase).toBe('intro');
    expect(again.turns).toEqual([]);

    const summary = await t.app.inject({ url: `/api/v1/interviews/${again.id}/summary`, headers: { cookie } });
    const report = summary.json<{
      overall: number | null;
      previousAttempt: { interviewId: string; overall: number };
    }>();
    expect(report.overall).toBeNull();
    expect(report.previousAttempt.interviewId).toBe(first.id);
    expect(report.previousAttempt.overall).toBe(original.turns[0]!.analysis!.scores.overall);
    const firstSummary = await t.app.inject({ url: `/api/v1/interviews/${first.id}/summary`, headers: { cookie } });
    expect(firstSummary.json<{ previousAttempt: unknown }>().previousAttempt).toBeNull();

    const other = await signUp(t.app);
    expect((await call(other.cookie, 'POST', `/api/v1/interviews/${first.id}/retake`)).status).toBe(404);
  });

  it('deletes an interview with its recordings, files included, and nothing of another interview', async () => {
    const { cookie, user } = await signUp(t.app);
    const userId = user.id;
    const doomed = await startedInterview(cookie);
    const kept = await startedInterview(cookie);
    const gone = await storeRecording(userId, `${doomed.id}:0.0`);
    const stays = await storeRecording(userId, `${kept.id}:0.0`);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/interviews/${doomed.id}`,
      headers: { ...ORIGIN, cookie },
    });
    expect(deleted.statusCode).toBe(204);
    expect(await t.deps.recordings.locate(gone.id)).toBeUndefined();
    expect(existsSync(gone.file)).toBe(false);
    expect(await t.deps.recordings.locate(stays.id)).toBeDefined();
    expect(existsSync(stays.file)).toBe(true);
    expect((await call(cookie, 'GET', `/api/v1/interviews/${doomed.id}`)).status).toBe(404);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/interviews/${doomed.id}`,
      headers: { ...ORIGIN, cookie },
    });
    expect(again.statusCode).toBe(404);
  });

  it('shows an answer without its recording once the owner deleted the recording', async () => {
    const { cookie, user } = await signUp(t.app);
    const { id } = await startedInterview(cookie);
    const recording = await storeRecording(user.id, `${id}:0.0`);
    const answer = { turnId: '0.0', mode: 'audio', expectedVersion: 1 };
    const submitted = await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, answer);
    expect(submitted.body.turns[0]).toMatchObject({ recordingId: recording.id });
    const url = `/api/v1/recordings/${recording.id}`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: { ...ORIGIN, cookie } })).statusCode).toBe(204);
    const after = await call(cookie, 'GET', `/api/v1/interviews/${id}`);
    expect(after.body.turns[0]).toMatchObject({ turnId: '0.0', recordingId: null });
    expect(existsSync(recording.file)).toBe(false);
  });

  it("tells how long the interview has been in its phase, so a reload keeps the page's timers", async () => {
    const { cookie } = await signUp(t.app);
    const { id } = await startedInterview(cookie);
    expect((await call(cookie, 'GET', `/api/v1/interviews/${id}`)).body.secondsInPhase).toBeLessThan(5);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 42_000);
      const later = await call(cookie, 'GET', `/api/v1/interviews/${id}`);
      expect(later.body.secondsInPhase).toBeGreaterThanOrEqual(42);
      expect(later.body.secondsInPhase).toBeLessThan(47);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects settings that match no question, naming the problem', async () => {
    const { cookie } = await signUp(t.app);
    const none = await call(cookie, 'POST', '/api/v1/interviews', {
      round: 'behavioral',
      level: 'mid',
      categories: ['devops'],
    });
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('no-questions-match');
    const invalid = await call(cookie, 'POST', '/api/v1/interviews', { round: 'poetry', minutes: 1000 });
    expect(invalid.status).toBe(400);
  });
});

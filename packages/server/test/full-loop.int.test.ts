// A full loop long enough holds a coding round and a review round after the conversation: the interview plans
// them at the candidate's level, attempts and reviews join it only when it plans them, and the interview shows
// the best result of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

interface HandsOn {
  kind: 'coding' | 'review';
  id: string;
  minutes: number;
  result: { id: string; overall: number } | null;
}

describe.each(dialects)('the full loop on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let stranger: string;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    await t.deps.queue.start();
    cookie = (await signUp(t.app)).cookie;
    stranger = (await signUp(t.app)).cookie;
  });
  afterAll(async () => t.close());

  const post = (url: string, payload: object, as = cookie) =>
    t.app.inject({ method: 'POST', url, headers: { ...ORIGIN, cookie: as }, payload });
  const create = async (minutes: number) =>
    (await post('/api/v1/interviews', { round: 'mixed', level: 'mid', categories: [], minutes })).json<{
      id: string;
      handsOn: HandsOn[];
    }>();

  it('plans a coding problem and a review at the level in a long full loop, none in a short one', async () => {
    const long = await create(90);
    expect(long.handsOn.map((h) => h.kind)).toEqual(['coding', 'review']);
    expect(long.handsOn.every((h) => h.result === null)).toBe(true);
    expect((await create(30)).handsOn).toEqual([]);
  });

  it("shows the best result of each round, and refuses what the loop does not plan or isn't yours", async () => {
    const loop = await create(90);
    const coding = loop.handsOn.find((h) => h.kind === 'coding')!;
    const review = loop.handsOn.find((h) => h.kind === 'review')!;
    const problem = (await t.app.inject({ url: `/api/v1/problems/${coding.id}`, headers: { cookie } })).json<{
      starter: { javascript: string };
    }>();
    const attempt = await post(`/api/v1/problems/${coding.id}/attempts`, {
      interviewId: loop.id,
      language: 'javascript',
      source: problem.starter.javascript,
    });
    expect(attempt.statusCode).toBe(202);
    const submitted = await post(`/api/v1/review-exercises/${review.id}/submissions`, {
      interviewId: loop.id,
      comments: [],
      summary: 'Looks fine to me.',
      verdict: 'approve',
    });
    expect(submitted.statusCode).toBe(201);

    let handsOn: HandsOn[] = [];
    for (let i = 0; i < 200 && !(handsOn.length && handsOn.every((h) => h.result)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      handsOn = (await t.app.inject({ url: `/api/v1/interviews/${loop.id}`, headers: { cookie } })).json<{
        handsOn: HandsOn[];
      }>().handsOn;
    }
    expect(handsOn.find((h) => h.kind === 'coding')?.result?.id).toBe(attempt.json<{ id: string }>().id);
    expect(handsOn.find((h) => h.kind === 'review')?.result?.id).toBe(submitted.json<{ id: string }>().id);

    const otherProblem = (await t.app.inject({ url: '/api/v1/problems', headers: { cookie } }))
      .json<{ items: Array<{ id: string }> }>()
      .items.find((p) => p.id !== coding.id)!;
    const notPlanned = await post(`/api/v1/problems/${otherProblem.id}/attempts`, {
      interviewId: loop.id,
      language: 'javascript',
      source: 'x',
    });
    expect(notPlanned.statusCode).toBe(422);
    const notYours = await post(
      `/api/v1/review-exercises/${review.id}/submissions`,
      { interviewId: loop.id, comments: [], verdict: 'comment' },
      stranger,
    );
    expect(notYours.statusCode).toBe(404);
  });
});

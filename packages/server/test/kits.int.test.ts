// Interview kits through the API on both databases: a kit of bank and own questions with its scales and plan,
// suggestions, the print view escaped, scorecards checked against the kit, calibration and comparison, and a
// practice link a candidate opens an interview with; bad input refused and nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

interface KitView {
  id: string;
  questions: Array<{
    key: string;
    source: string;
    keyPoints: Array<{ id: string }>;
    scale: Array<{ description: string }>;
  }>;
  plan: { totalSeconds: number; questionSeconds: number; discussionSeconds: number };
}

const OWN = {
  kind: 'own',
  competency: 'databases',
  prompt: 'Tell us how you would <script>alert(1)</script> find a slow query.',
  sampleAnswer: 'The slow query log, then EXPLAIN.',
  keyPoints: ['Slow query log', 'EXPLAIN the plan'],
  redFlags: ['Indexes every column'],
  targetSeconds: 240,
};

describe.each(dialects)('interview kits on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let candidateCookie: string;
  let kit: KitView;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    cookie = (await signUp(t.app)).cookie;
    candidateCookie = (await signUp(t.app)).cookie;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, as = cookie) =>
    t.app.inject({ method, url, headers: { ...ORIGIN, cookie: as }, ...(payload ? { payload } : {}) });
  const kitBody = {
    role: 'Backend engineer',
    level: 'mid',
    competencies: ['databases'],
    questions: [{ kind: 'bank', questionId: indexingQuestion.id }, OWN],
    discussionMinutes: 10,
  };

  it('suggests bank questions by competency and level', async () => {
    const response = await call('GET', '/api/v1/kit-suggestions?level=mid&competencies=databases');
    expect(response.statusCode).toBe(200);
    const ids = response.json<{ items: Array<{ id: string }> }>().items.map((q) => q.id);
    expect(ids).toContain(indexingQuestion.id);
    expect(ids).not.toContain(cachingQuestion.id);
    expect((await call('GET', '/api/v1/kit-suggestions?level=mid&competencies=cooking')).statusCode).toBe(400);
  });

  it('builds a kit with each question resolved, its scale and plan', async () => {
    const response = await call('POST', '/api/v1/kits', kitBody);
    expect(response.statusCode).toBe(201);
    kit = response.json<KitView>();
    expect(kit.questions.map((q) => q.source)).toEqual(['bank', 'own']);
    expect(kit.questions[0]!.key).toBe(indexingQuestion.id);
    expect(kit.questions[0]!.keyPoints.map((p) => p.id)).toEqual(indexingQuestion.keyPoints.map((p) => p.id));
    expect(kit.questions[0]!.scale).toHaveLength(4);
    expect(kit.questions[1]!.scale[0]!.description).toContain('Indexes every column');
    expect(kit.plan).toMatchObject({ questionSeconds: indexingQuestion.targetSeconds + 240, discussionSeconds: 600 });
    const listed = (await call('GET', '/api/v1/kits')).json<{ items: Array<{ id: string }> }>().items;
    expect(listed.map((k) => k.id)).toEqual([kit.id]);
  });

  it('keeps own questions by key when the kit is reordered', async () => {
    const own = { ...OWN, key: kit.questions[1]!.key };
    const response = await call('PUT', `/api/v1/kits/${kit.id}`, {
      ...kitBody,
      questions: [own, { kind: 'bank', questionId: indexingQuestion.id }],
    });
    expect(response.statusCode).toBe(200);
    kit = response.json<KitView>();
    expect(kit.questions.map((q) => q.key)).toEqual([own.key, indexingQuestion.id]);
  });

  it('refuses a kit with an unknown question, changing nothing', async () => {
    const bad = { ...kitBody, questions: [{ kind: 'bank', questionId: 'no-such-question' }] };
    expect((await call('PUT', `/api/v1/kits/${kit.id}`, bad)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/kits/${kit.id}`)).json<KitView>().questions).toHaveLength(2);
  });

  it('prints the kit as an escaped HTML page', async () => {
    const response = await call('GET', `/api/v1/kits/${kit.id}/print`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('Slow query log');
  });

  it('scores candidates, calibrates interviewers and compares candidates', async () => {
    const [own, bank] = kit.questions as [KitView['questions'][0], KitView['questions'][0]];
    const card = (candidate: string, interviewer: string, r1: number, r2: number, recommendation: string) => ({
      candidate,
      interviewer,
      entries: [
        { questionKey: own.key, keyPointsHeard: ['p1'], rating: r1, notes: 'Named the log.' },
        { questionKey: bank.key, keyPointsHeard: [bank.keyPoints[0]!.id], rating: r2 },
      ],
      recommendation,
      submitted: true,
    });
    const first = await call('POST', `/api/v1/kits/${kit.id}/scorecards`, card('Ann', 'Bo', 3, 1, 'no'));
    expect(first.statusCode).toBe(201);
    expect(
      (await call('POST', `/api/v1/kits/${kit.id}/scorecards`, card('Ann', 'Cy', 3, 4, 'strong-yes'))).statusCode,
    ).toBe(201);
    expect((await call('POST', `/api/v1/kits/${kit.id}/scorecards`, card('Dee', 'Bo', 2, 2, 'no'))).statusCode).toBe(
      201,
    );
    const updated = await call(
      'PUT',
      `/api/v1/kits/${kit.id}/scorecards/${first.json<{ id: string }>().id}`,
      card('Ann', 'Bo', 3, 1, 'yes'),
    );
    expect(updated.json()).toMatchObject({ interviewer: 'Bo', recommendation: 'yes' });

    const calibration = (await call('GET', `/api/v1/kits/${kit.id}/calibration?candidate=Ann`)).json<{
      interviewers: number;
      questions: Array<{ agreement: string; spread: number }>;
      recommendationAgreement: string;
    }>();
    expect(calibration.interviewers).toBe(2);
    expect(calibration.questions.map((q) => [q.agreement, q.spread])).toEqual([
      ['agree', 0],
      ['split', 3],
    ]);
    expect(calibration.recommendationAgreement).toBe('same-side');

    const comparison = (await call('GET', `/api/v1/kits/${kit.id}/comparison`)).json<{
      candidates: Array<{ candidate: string; overallMean: number }>;
    }>();
    expect(comparison.candidates.map((c) => [c.candidate, c.overallMean])).toEqual([
      ['Ann', 2.8],
      ['Dee', 2],
    ]);
    const anns = (await call('GET', `/api/v1/kits/${kit.id}/scorecards?candidate=Ann`)).json<{ items: unknown[] }>();
    expect(anns.items).toHaveLength(2);
  });

  it('refuses a rating off the scale or an unknown key point, changing nothing', async () => {
    const before = (await call('GET', `/api/v1/kits/${kit.id}/scorecards`)).json<{ items: unknown[] }>().items.length;
    const off = { candidate: 'Eve', entries: [{ questionKey: kit.questions[0]!.key, rating: 5 }] };
    expect((await call('POST', `/api/v1/kits/${kit.id}/scorecards`, off)).statusCode).toBe(400);
    const unknown = {
      candidate: 'Eve',
      entries: [{ questionKey: kit.questions[0]!.key, keyPointsHeard: ['zz'], rating: 2 }],
    };
    const refused = await call('POST', `/api/v1/kits/${kit.id}/scorecards`, unknown);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'scorecard-unknown-key-point' });
    expect((await call('GET', `/api/v1/kits/${kit.id}/scorecards`)).json<{ items: unknown[] }>().items).toHaveLength(
      before,
    );
  });

  it("lets a signed-in candidate practise the kit's bank questions by its link", async () => {
    const link = await call('POST', `/api/v1/kits/${kit.id}/practice-link`);
    expect(link.statusCode).toBe(201);
    const { token, url } = link.json<{ token: string; url: string }>();
    expect(url).toBe(`http://localhost:3000/kit-practice/${token}`);
    const offer = await call('GET', `/api/v1/kit-practice/${token}`, undefined, candidateCookie);
    expect(offer.json()).toMatchObject({ role: 'Backend engineer', questions: [{ id: indexingQuestion.id }] });
    expect(offer.body).not.toContain(indexingQuestion.modelAnswer.slice(0, 40));
    const started = await call('POST', `/api/v1/kit-practice/${token}/interviews`, undefined, candidateCookie);
    expect(started.statusCode).toBe(201);
    const interview = started.json<{ id: string }>();
    const mine = await call('GET', `/api/v1/interviews/${interview.id}`, undefined, candidateCookie);
    expect(mine.statusCode).toBe(200);
    expect(JSON.stringify(mine.json())).toContain(indexingQuestion.id);
    expect((await call('GET', `/api/v1/kit-practice/${'x'.repeat(32)}`, undefined, candidateCookie)).statusCode).toBe(
      404,
    );
  });

  it('refuses an expired practice link', async () => {
    const { token } = (await call('POST', `/api/v1/kits/${kit.id}/practice-link`)).json<{ token: string }>();
    await t.deps.database.db
      .updateTable('kit_practice_links')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .execute();
    const response = await call('POST', `/api/v1/kit-practice/${token}/interviews`, undefined, candidateCookie);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'practice-link-expired' });
  });

  it('deletes a kit with its scorecards', async () => {
    expect((await call('DELETE', `/api/v1/kits/${kit.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/kits/${kit.id}`)).statusCode).toBe(404);
    const left = await t.deps.database.db
      .selectFrom('kit_scorecards')
      .select('id')
      .where('kit_id', '=', kit.id)
      .execute();
    expect(left).toEqual([]);
  });
});

// Study mode through the API on both databases: the queue and its limits, grading that persists the card and its
// review log (once per showing), practice answers that grade their card once, the checklist, and all of it
// owner-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, startInterview, type TestApp } from './helper.ts';
import { cachingQuestion, indexingQuestion, lockingQuestion, makeQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

interface Queue {
  counts: { new: number; learning: number; review: number };
  heldBack: { new: number; review: number };
  nextDue: string | null;
  cards: { questionId: string; kind: string; reps: number; prompt: string; next: { good: { minutes: number } } }[];
}
interface Graded {
  card: { questionId: string; state: string; reps: number; due: string; stability: number };
  review: { grade: string; source: string; stateBefore: string };
}
interface CardHistory {
  card: { state: string; reps: number };
  reviews: { grade: string; source: string; coverage: number | null }[];
}
interface Checklist {
  categories: { category: string; total: number; notStarted: number; practised: number; confident: number }[];
  items: { questionId: string; state: string; answers: number }[];
}

/** An answer making the fixture questions' three key points in full sentences (see fixtures/questions.ts). */
const FULL_ANSWER =
  'The first phrase matters most here, because alpha is what makes the lookup fast for every query. ' +
  'The second phrase comes next, since beta keeps the writes honest when the table grows. ' +
  'Finally the third phrase, with gamma, explains the trade-off that a careful team measures before shipping it.';

describe.each(dialects)('study mode on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
    await t.deps.queue.start();
  });
  afterAll(async () => t.close());

  const call = async <T>(cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({
      method,
      url,
      headers: { ...ORIGIN, cookie },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json<T & { code?: string }>() };
  };
  const queue = async (cookie: string, query = '') =>
    (await call<Queue>(cookie, 'GET', `/api/v1/study/queue${query}`)).body;
  const grade = (cookie: string, questionId: string, body: object) =>
    call<Graded>(cookie, 'POST', `/api/v1/study/cards/${questionId}/reviews`, body);
  const rows = (table: 'study_cards' | 'study_reviews', userId: string) =>
    t.deps.database.db.selectFrom(table).selectAll().where('user_id', '=', userId).execute();

  it('queues new cards the easier levels first, within the daily new-card limit the user sets', async () => {
    const { cookie } = await signUp(t.app);
    const first = await queue(cookie);
    expect(first.counts).toEqual({ new: 3, learning: 0, review: 0 });
    // junior (caching), then mid (indexes), then senior (locking)
    expect(first.cards.map((c) => c.questionId)).toEqual([
      'cache-invalidation-test',
      'database-indexes',
      'optimistic-locking-test',
    ]);
    expect(first.cards[0]).toMatchObject({ kind: 'new', reps: 0, prompt: cachingQuestion.prompt });
    expect(first.cards[0]!.next.good.minutes).toBe(10);

    expect((await call(cookie, 'GET', '/api/v1/study/settings')).body).toEqual({ newPerDay: 20, reviewsPerDay: 200 });
    const set = await call(cookie, 'PUT', '/api/v1/study/settings', { newPerDay: 1, reviewsPerDay: 50 });
    expect(set).toMatchObject({ status: 200, body: { newPerDay: 1, reviewsPerDay: 50 } });
    const limited = await queue(cookie, '?category=databases');
    expect(limited.counts.new).toBe(1);
    expect(limited.heldBack.new).toBe(1);
    expect(limited.cards.map((c) => c.questionId)).toEqual(['database-indexes']);
    const refused = await call(cookie, 'PUT', '/api/v1/study/settings', { newPerDay: -1, reviewsPerDay: 50 });
    expect(refused.status).toBe(400);
    expect((await call(cookie, 'GET', '/api/v1/study/settings')).body).toEqual({ newPerDay: 1, reviewsPerDay: 50 });
  });

  it('persists the card and its review log on a grade, and refuses a second grade of the same showing', async () => {
    const { cookie, user } = await signUp(t.app);
    const graded = await grade(cookie, 'database-indexes', { grade: 'good', expectedReps: 0 });
    expect(graded.status).toBe(201);
    expect(graded.body.card).toMatchObject({ questionId: 'database-indexes', state: 'learning', reps: 1 });
    expect(graded.body.review).toMatchObject({ grade: 'good', source: 'study', stateBefore: 'new' });

    const again = await grade(cookie, 'database-indexes', { grade: 'easy', expectedReps: 0 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('card-changed');

    const cards = await rows('study_cards', user.id);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ question_id: 'database-indexes', state: 'learning', reps: 1 });
    // FSRS's memory state is fractional, and kept exactly (double precision on PostgreSQL too).
    expect(Number.isInteger(Number(cards[0]!.stability))).toBe(false);
    expect(Number(cards[0]!.stability)).toBe(graded.body.card.stability);
    const reviews = await rows('study_reviews', user.id);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ grade: 'good', source: 'study', state_before: 'new', answer_id: null });

    // The learning card is due in ten minutes: with nothing else due in its category, it is shown early.
    const next = await queue(cookie, '?category=databases&level=mid');
    expect(next.counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(next.cards[0]).toMatchObject({ questionId: 'database-indexes', kind: 'learning', reps: 1 });
    const graduated = await grade(cookie, 'database-indexes', { grade: 'good', expectedReps: 1 });
    expect(graduated.body.card).toMatchObject({ state: 'review', reps: 2 });
    expect(Date.parse(graduated.body.card.due) - Date.now()).toBeGreaterThan(86_400_000);

    const history = (await call<CardHistory>(cookie, 'GET', '/api/v1/study/cards/database-indexes')).body;
    expect(history.reviews.map((r) => r.grade)).toEqual(['good', 'good']);
    expect(await rows('study_reviews', user.id)).toHaveLength(2);
    const empty = await queue(cookie, '?category=databases&level=mid');
    expect(empty.cards).toEqual([]);
    expect(empty.nextDue).toBe(graduated.body.card.due);
  });

  it('grades a card once when two grades of the same showing race', async () => {
    const { cookie, user } = await signUp(t.app);
    const [a, b] = await Promise.all([
      grade(cookie, 'cache-invalidation-test', { grade: 'good', expectedReps: 0 }),
      grade(cookie, 'cache-invalidation-test', { grade: 'again', expectedReps: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await rows('study_reviews', user.id)).toHaveLength(1);
    expect((await rows('study_cards', user.id))[0]).toMatchObject({ reps: 1 });
  });

  it('lets a typed answer grade its card from its key-point coverage, once', async () => {
    const { cookie, user } = await signUp(t.app);
    const analysed = await call<{ id: string }>(cookie, 'POST', '/api/v1/analyses', {
      questionId: 'optimistic-locking-test',
      answer: FULL_ANSWER,
    });
    expect(analysed.status).toBe(201);
    const history = (await call<CardHistory>(cookie, 'GET', '/api/v1/study/cards/optimistic-locking-test')).body;
    expect(history.reviews).toHaveLength(1);
    // Every key point made firmly: Easy, and the card goes to review days away.
    expect(history.reviews[0]).toMatchObject({ source: 'practice', grade: 'easy' });
    expect(history.reviews[0]!.coverage).toBeGreaterThanOrEqual(0.85);
    expect(history.card.reps).toBe(1);

    // The same answer delivered again (a retried job, a second hook) changes nothing.
    const analysis = (await t.deps.analyses.get(analysed.body.id, user)).analysis;
    const answer = {
      answerId: `analysis:${analysed.body.id}`,
      userId: user.id,
      questionId: 'optimistic-locking-test',
      analysis,
    };
    expect(await t.deps.study.gradeFromPractice(answer)).toBe('already');
    const reviews = await rows('study_reviews', user.id);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.answer_id).toBe(`analysis:${analysed.body.id}`);
    // The checklist counts the answer, and the card a week or more away makes the question a confident one.
    const checklist = (await call<Checklist>(cookie, 'GET', '/api/v1/study/checklist?level=senior')).body;
    expect(checklist.items).toEqual([
      expect.objectContaining({ questionId: 'optimistic-locking-test', state: 'confident', answers: 1 }),
    ]);
    // A practice grade uses none of the queue's daily allowance.
    expect((await queue(cookie)).counts.new).toBe(2);
  });

  it("lets an interview answer grade its question's card once, however often it is analysed", async () => {
    const { cookie, user } = await signUp(t.app);
    const id = await startInterview(t.app, cookie);
    const view = (await call<{ current: { questionId: string } }>(cookie, 'GET', `/api/v1/interviews/${id}`)).body;
    const questionId = view.current.questionId;
    await call(cookie, 'POST', `/api/v1/interviews/${id}/answers`, {
      turnId: '0.0',
      mode: 'typed',
      text: FULL_ANSWER,
      expectedVersion: 1,
    });
    let reviews: Awaited<ReturnType<typeof rows>> = [];
    for (let i = 0; i < 200 && reviews.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reviews = await rows('study_reviews', user.id);
    }
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ question_id: questionId, source: 'practice', answer_id: `turn:${id}:0.0` });
    await t.deps.answers.analyse(`${id}:0.0`);
    const turn = await t.deps.database.db
      .selectFrom('interview_turns')
      .select('analysis')
      .where('id', '=', `${id}:0.0`)
      .executeTakeFirstOrThrow();
    const outcome = await t.deps.study.gradeFromPractice({
      answerId: `turn:${id}:0.0`,
      userId: user.id,
      questionId,
      analysis: JSON.parse(turn.analysis!) as never,
    });
    expect(outcome).toBe('already');
    expect(await rows('study_reviews', user.id)).toHaveLength(1);
  });

  it('shows each user only their own cards, questions and checklist', async () => {
    const owner = await signUp(t.app);
    const stranger = await signUp(t.app);
    const own = makeQuestion({ id: 'ignored', prompt: 'My own question about database replicas and lag?' });
    const { id: _id, ...body } = own;
    const created = await call<{ id: string }>(owner.cookie, 'POST', '/api/v1/questions', body);
    const ownId = created.body.id;
    expect((await grade(owner.cookie, ownId, { grade: 'easy' })).status).toBe(201);
    expect((await grade(owner.cookie, 'database-indexes', { grade: 'easy' })).status).toBe(201);

    expect((await grade(stranger.cookie, ownId, { grade: 'good' })).status).toBe(404);
    expect((await call(stranger.cookie, 'GET', `/api/v1/study/cards/${ownId}`)).status).toBe(404);
    const theirs = await call<CardHistory>(stranger.cookie, 'GET', '/api/v1/study/cards/database-indexes');
    expect(theirs.body).toMatchObject({ card: { state: 'new', reps: 0 }, reviews: [] });
    const strangerList = (await call<Checklist>(stranger.cookie, 'GET', '/api/v1/study/checklist')).body;
    expect(strangerList.items.map((i) => i.questionId)).not.toContain(ownId);
    expect(strangerList.items.every((i) => i.state === 'not-started')).toBe(true);
    expect((await queue(stranger.cookie)).counts.new).toBe(3);

    const ownerList = (await call<Checklist>(owner.cookie, 'GET', '/api/v1/study/checklist?category=databases')).body;
    expect(ownerList.categories).toEqual([
      { category: 'databases', total: 3, notStarted: 1, practised: 0, confident: 2 },
    ]);
    expect(ownerList.items.find((i) => i.questionId === ownId)).toMatchObject({ state: 'confident' });
    const confident = await call<Checklist>(owner.cookie, 'GET', '/api/v1/study/checklist?state=confident');
    expect(confident.body.items.map((i) => i.questionId).sort()).toEqual(['database-indexes', ownId].sort());
    expect((await call(owner.cookie, 'GET', '/api/v1/study/checklist?level=expert')).status).toBe(400);
  });
});

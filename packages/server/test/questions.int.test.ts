import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, buildTestApp, ORIGIN, signUp, type TestApp } from './helper.ts';
import type { Question } from '@rehearse/core';
import { cachingQuestion, indexingQuestion, lockingQuestion, makeQuestion } from './fixtures/questions.ts';

const dialects = await availableDialects();

describe.each(dialects)('question bank on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { skipContent: true });
    await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], { retireMissing: true });
  });
  afterAll(async () => t.close());

  /** Creates one of the caller's own questions and returns its id. */
  const createOwnQuestion = async (cookie: string, fields: Partial<Question>) => {
    const { id: _id, ...body } = makeQuestion({ id: 'ignored', ...fields });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions',
      headers: { ...ORIGIN, cookie },
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json<{ id: string }>().id;
  };

  const list = async (query = '', headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ url: `/api/v1/questions${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: { id: string; source: string }[]; nextCursor: string | null }>();
  };

  it('syncs the bank idempotently: a second load changes nothing', async () => {
    const again = await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], {
      retireMissing: true,
    });
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 3, retired: 0 });
  });

  it('updates an edited question and retires a removed one, which stays readable by id', async () => {
    const edited = {
      ...indexingQuestion,
      prompt: 'How does an index make reads faster, and what does it cost on writes?',
    };
    const counts = await t.deps.questions.syncBank([edited, lockingQuestion], { retireMissing: true });
    expect(counts).toEqual({ added: 0, updated: 1, unchanged: 1, retired: 1 });
    expect((await list()).items.map((q) => q.id)).toEqual(['database-indexes', 'optimistic-locking-test']);
    const retired = await t.app.inject({ url: '/api/v1/questions/cache-invalidation-test' });
    expect(retired.json()).toMatchObject({ id: 'cache-invalidation-test', retired: true });
    const detail = await t.app.inject({ url: '/api/v1/questions/database-indexes' });
    expect(detail.json()).toMatchObject({ prompt: edited.prompt });
    // Restore the original state for the other tests; a returning file un-retires its question.
    const restored = await t.deps.questions.syncBank([indexingQuestion, lockingQuestion, cachingQuestion], {
      retireMissing: true,
    });
    expect(restored).toEqual({ added: 0, updated: 2, unchanged: 1, retired: 0 });
  });

  it('filters by category, level and round', async () => {
    expect((await list('?category=system-design')).items.map((q) => q.id)).toEqual(['cache-invalidation-test']);
    expect((await list('?level=senior')).items.map((q) => q.id)).toEqual(['optimistic-locking-test']);
    expect((await list('?round=design')).items).toEqual([]);
  });

  it('rejects an unknown filter value with a problem naming the field', async () => {
    const response = await t.app.inject({ url: '/api/v1/questions?level=expert' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.level');
  });

  it('ranks search results by relevance, matching paraphrases', async () => {
    expect((await list('?q=' + encodeURIComponent('stop lost updates when two people edit a row'))).items[0]!.id).toBe(
      'optimistic-locking-test',
    );
    expect((await list('?q=' + encodeURIComponent('why are lookups faster'))).items[0]!.id).toBe('database-indexes');
  });

  it('paginates with an opaque cursor and rejects a forged one', async () => {
    const first = await list('?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((q) => q.id)).toEqual(['optimistic-locking-test']);
    expect(second.nextCursor).toBeNull();
    const forged = await t.app.inject({ url: '/api/v1/questions?cursor=not-a-cursor' });
    expect(forged.statusCode).toBe(422);
    expect(forged.json()).toMatchObject({ code: 'invalid-cursor' });
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await t.app.inject({ url: '/api/v1/questions' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const second = await t.app.inject({ url: '/api/v1/questions', headers: { 'if-none-match': etag } });
    expect(second.statusCode).toBe(304);
  });

  it('gives everyone without questions of their own the same page, and an owner theirs at once', async () => {
    const owner = await signUp(t.app);
    const reader = await signUp(t.app);
    const before = await t.app.inject({ url: '/api/v1/questions?q=index' });
    const again = await t.app.inject({ url: '/api/v1/questions?q=index', headers: { cookie: reader.cookie } });
    expect(again.body).toBe(before.body);
    expect(again.headers.etag).toBe(before.headers.etag);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    const ownId = await createOwnQuestion(owner.cookie, { prompt: 'How would you index a ledger by account?' });
    const mine = await list('?q=index', { cookie: owner.cookie });
    expect(mine.items.map((q) => q.id)).toContain(ownId);
    const theirs = await t.app.inject({ url: '/api/v1/questions?q=index', headers: { cookie: reader.cookie } });
    expect(theirs.body).toBe(before.body);
    // One question reads the same until it changes, and its new text at once after.
    const detail = () => t.app.inject({ url: `/api/v1/questions/${ownId}`, headers: { cookie: owner.cookie } });
    const first = await detail();
    expect((await detail()).headers.etag).toBe(first.headers.etag);
    const {
      id: _id,
      source: _source,
      retired: _retired,
      ...fields
    } = first.json<Question & { source: string; retired: boolean }>();
    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/questions/${ownId}`,
      headers: { ...ORIGIN, cookie: owner.cookie },
      payload: { ...fields, prompt: 'How would you index a ledger by account and by day?' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await detail()).json()).toMatchObject({ prompt: 'How would you index a ledger by account and by day?' });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/questions/${ownId}`,
      headers: { ...ORIGIN, cookie: owner.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect((await list('?q=index', { cookie: owner.cookie })).items.map((q) => q.id)).not.toContain(ownId);
  });

  it("never names another user's private question as what an answer seems to address", async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const topic = 'zebra stripe ledger reconciliation with quokka batches';
    const ownId = await createOwnQuestion(owner.cookie, {
      prompt: `How would you run ${topic} every night?`,
      aliases: [`Explain ${topic}.`],
      tags: ['zebra', 'quokka'],
    });
    const answer = `For ${topic} I split the zebra stripe ledger into quokka batches, reconcile each batch, and retry the quokka batches that fail. The zebra stripe ledger reconciliation runs nightly.`;
    const analysed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { ...ORIGIN, cookie: other.cookie },
      payload: { questionId: 'database-indexes', answer },
    });
    expect(analysed.statusCode, analysed.body).toBe(201);
    expect(analysed.body).not.toContain(ownId);
    expect(analysed.body).not.toContain('quokka batches every night');
  });

  it('keeps own questions private to their owner and the bank read-only', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const { id: _id, ...body } = makeQuestion({ id: 'ignored', prompt: 'My private question about sharding keys?' });
    const ownId = await createOwnQuestion(owner.cookie, body);

    expect((await list('?source=own', { cookie: owner.cookie })).items.map((q) => q.id)).toEqual([ownId]);
    expect((await list('', { cookie: other.cookie })).items.map((q) => q.id)).not.toContain(ownId);
    expect(
      (await t.app.inject({ url: `/api/v1/questions/${ownId}`, headers: { cookie: other.cookie } })).statusCode,
    ).toBe(404);
    const stolen = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/questions/${ownId}`,
      headers: { ...ORIGIN, cookie: other.cookie },
    });
    expect(stolen.statusCode).toBe(404);

    const bankEdit = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/questions/database-indexes',
      headers: { ...ORIGIN, cookie: owner.cookie },
      payload: body,
    });
    expect(bankEdit.statusCode).toBe(403);

    const edited = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/questions/${ownId}`,
      headers: { ...ORIGIN, cookie: owner.cookie },
      payload: { ...body, prompt: 'My edited private question about sharding keys?' },
    });
    expect(edited.json()).toMatchObject({ prompt: 'My edited private question about sharding keys?' });

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/questions/${ownId}`,
      headers: { ...ORIGIN, cookie: owner.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect((await list('?source=own', { cookie: owner.cookie })).items).toEqual([]);
  });

  it('rejects an invalid own question, naming the fields, and stores nothing', async () => {
    const user = await signUp(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions',
      headers: { ...ORIGIN, cookie: user.cookie },
      payload: { prompt: 'short', category: 'cooking' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.prompt', 'body.category']));
    expect((await list('?source=own', { cookie: user.cookie })).items).toEqual([]);
  });

  it('imports all or nothing, naming each bad entry, and exports what it imported', async () => {
    const user = await signUp(t.app);
    const headers = { ...ORIGIN, cookie: user.cookie };
    const good = makeQuestion({ id: 'import-good', prompt: 'An imported question about read replicas?' });
    const bad = { ...makeQuestion({ id: 'import-bad' }), keyPoints: [] };
    const rejected = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions/import',
      headers,
      payload: { questions: [good, bad] },
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json()).toMatchObject({ code: 'import-invalid', entries: [{ entry: 1, id: 'import-bad' }] });
    expect((await list('?source=own', { cookie: user.cookie })).items).toEqual([]);

    const taken = makeQuestion({ id: 'database-indexes', prompt: 'A question whose id the bank already uses?' });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions/import',
      headers,
      payload: { questions: [good, taken] },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const result = accepted.json<{ created: number; renamed: { from: string; to: string }[] }>();
    expect(result.created).toBe(2);
    expect(result.renamed.map((r) => r.from)).toEqual(['database-indexes']);

    const exported = await t.app.inject({ url: '/api/v1/questions/export', headers: { cookie: user.cookie } });
    const ids = exported.json<{ questions: { id: string }[] }>().questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['import-good', result.renamed[0]!.to]));

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/questions/import',
      headers,
      payload: { questions: [good] },
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('analyses a typed answer, stores it for its owner only', async () => {
    const user = await signUp(t.app);
    const other = await signUp(t.app);
    const answer =
      'I would add a version column and do optimistic locking: the update says where version equals the one I read, and if no row changed I reload and retry.';
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { ...ORIGIN, cookie: user.cookie },
      payload: { questionId: 'optimistic-locking-test', answer },
    });
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json<{ id: string; analysis: { scores: { overall: number } } }>();
    expect(record.analysis.scores.overall).toBeGreaterThanOrEqual(0);
    const mine = await t.app.inject({ url: '/api/v1/analyses', headers: { cookie: user.cookie } });
    expect(mine.json<{ items: { id: string }[] }>().items.map((a) => a.id)).toEqual([record.id]);
    const theirs = await t.app.inject({ url: `/api/v1/analyses/${record.id}`, headers: { cookie: other.cookie } });
    expect(theirs.statusCode).toBe(404);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { ...ORIGIN, cookie: user.cookie },
      payload: { questionId: 'no-such-question', answer },
    });
    expect(missing.statusCode).toBe(404);
  });
});

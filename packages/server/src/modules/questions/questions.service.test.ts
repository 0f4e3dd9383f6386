import { describe, expect, it } from 'vitest';
import type { Question } from '@rehearse/core';
import { cachingQuestion, indexingQuestion, lockingQuestion } from '../../../test/fixtures/questions.ts';
import { toStored, type QuestionRepository, type QuestionRow } from './questions.repository.ts';
import { createQuestionService } from './questions.service.ts';

/** The repository over a map of rows, counting the reads the service makes. */
function fakeRepository(initial: QuestionRow[]) {
  const rows = new Map(initial.map((row) => [row.id, row]));
  const reads = { listActive: 0, findById: 0 };
  const repository: QuestionRepository = {
    syncBank: () => Promise.reject(new Error('not used')),
    bankSource: () => Promise.resolve(undefined),
    listActive: () => {
      reads.listActive++;
      return Promise.resolve([...rows.values()].filter((row) => row.retired_at === null).map(toStored));
    },
    findById: (id) => {
      reads.findById++;
      const row = rows.get(id);
      return Promise.resolve(row && toStored(row));
    },
    idsTaken: (ids) => Promise.resolve(new Set(ids.filter((id) => rows.has(id)))),
    insertMany: (inserted) => Promise.resolve(void inserted.forEach((row) => rows.set(row.id, row))),
    saveOwnMany: (inserts, updates) => {
      for (const row of [...inserts, ...updates]) rows.set(row.id, row);
      return Promise.resolve();
    },
    retireOwn: (id, _owner, at) => {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, retired_at: at });
      return Promise.resolve(Boolean(row));
    },
  };
  return { repository, reads };
}

const row = (question: Question, retired = false): QuestionRow => ({
  id: question.id,
  owner_id: null,
  category: question.category,
  level: question.level,
  round: question.round,
  prompt: question.prompt,
  body: JSON.stringify(question),
  content_hash: question.id,
  retired_at: retired ? '2026-01-01T00:00:00.000Z' : null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
});

function setUp() {
  const fake = fakeRepository([row(indexingQuestion), row(lockingQuestion), row(cachingQuestion, true)]);
  const deferred: (() => void)[] = [];
  const service = createQuestionService({ repository: fake.repository, defer: (task) => deferred.push(task) });
  const runDeferred = () => deferred.splice(0).forEach((task) => task());
  return { ...fake, service, deferred, runDeferred };
}

const own = (prompt: string) => {
  const { id: _id, ...fields } = indexingQuestion;
  return { ...fields, prompt, aliases: [], tags: ['mine'] };
};
const ids = (found: { question: Question }[]) => found.map(({ question }) => question.id);

describe('question service', () => {
  it('serves active questions from memory and looks up only retired ones', async () => {
    const t = setUp();
    expect((await t.service.get('database-indexes', null)).retired).toBe(false);
    expect((await t.service.get('optimistic-locking-test', null)).retired).toBe(false);
    expect(t.reads).toEqual({ listActive: 1, findById: 0 });
    expect(await t.service.get('cache-invalidation-test', null)).toMatchObject({ retired: true });
    expect(t.reads.findById).toBe(1);
  });

  it('keeps the bank and its version when someone writes a question of their own', async () => {
    const t = setUp();
    const before = await t.service.bank();
    await t.service.create(own('How would you shard a ledger table across regions?'), { id: 'u1' });
    expect(await t.service.bank()).toBe(before);
    expect(t.reads.listActive).toBe(1);
  });

  it('lets the owner find a new question at once; others search the previous index until it is rebuilt', async () => {
    const t = setUp();
    expect(ids(await t.service.list({ q: 'index' }, null))).toContain('database-indexes');
    const created = await t.service.create(own('How would you shard a ledger table across regions?'), { id: 'u1' });
    expect(t.deferred).toHaveLength(1);
    expect(ids(await t.service.list({ q: 'shard ledger regions' }, { id: 'u1' }))).toEqual([created.id]);
    // Another user never sees it, before or after the rebuild; the owner still finds it after.
    expect(ids(await t.service.list({ q: 'shard ledger regions' }, { id: 'u2' }))).not.toContain(created.id);
    t.runDeferred();
    expect(ids(await t.service.list({ q: 'shard ledger regions' }, { id: 'u1' }))).toEqual([created.id]);
    expect(ids(await t.service.list({}, { id: 'u2' }))).not.toContain(created.id);
  });

  it('drops a removed question from lists and search at once', async () => {
    const t = setUp();
    const created = await t.service.create(own('How would you shard a ledger table across regions?'), { id: 'u1' });
    await t.service.remove(created.id, { id: 'u1' });
    expect(ids(await t.service.list({ q: 'shard ledger regions' }, { id: 'u1' }))).not.toContain(created.id);
    expect(ids(await t.service.list({}, { id: 'u1' }))).toEqual(['database-indexes', 'optimistic-locking-test']);
    expect(await t.service.get(created.id, { id: 'u1' })).toMatchObject({ retired: true });
  });
});

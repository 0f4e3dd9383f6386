import { describe, expect, it } from 'vitest';
import type { Question } from '@rehearse/core';
import { cachingQuestion, indexingQuestion, lockingQuestion } from '../../../test/fixtures/questions.ts';
import type { QuestionRepository, StoredQuestion } from './questions.repository.ts';
import { createQuestionService } from './questions.service.ts';

/** The repository over a map of stored questions, counting the reads the service makes. */
function fakeRepository(initial: StoredQuestion[]) {
  const kept = new Map(initial.map((stored) => [stored.question.id, stored]));
  const reads = { listActive: 0, findById: 0 };
  const repository: QuestionRepository = {
    syncBank: () => Promise.reject(new Error('not used')),
    bankSource: () => Promise.resolve(undefined),
    listActive: () => {
      reads.listActive++;
      return Promise.resolve([...kept.values()].filter((stored) => !stored.retired));
    },
    findById: (id) => {
      reads.findById++;
      return Promise.resolve(kept.get(id));
    },
    idsTaken: (ids) => Promise.resolve(new Set(ids.filter((id) => kept.has(id)))),
    saveOwnMany: (ownerId, { inserts, updates }) => {
      for (const question of [...inserts, ...updates]) kept.set(question.id, { question, ownerId, retired: false });
      return Promise.resolve();
    },
    retireOwn: (id) => {
      const stored = kept.get(id);
      if (stored) kept.set(id, { ...stored, retired: true });
      return Promise.resolve(Boolean(stored));
    },
  };
  return { repository, reads };
}

const bank = (question: Question, retired = false): StoredQuestion => ({ question, ownerId: null, retired });

function setUp() {
  const fake = fakeRepository([bank(indexingQuestion), bank(lockingQuestion), bank(cachingQuestion, true)]);
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

  it("imports as the owner's: their own question updated, another's id taken by a copy under a new id", async () => {
    const t = setUp();
    const mine = await t.service.create(own('How would you shard a ledger table across regions?'), { id: 'u1' });
    const result = await t.service.importOwn(
      [
        { ...mine, prompt: 'How would you shard a ledger table across three regions?' },
        { ...lockingQuestion, prompt: 'How do optimistic and pessimistic locking differ in your words?' },
      ],
      { id: 'u1' },
    );
    expect(result).toMatchObject({ created: 1, updated: 1, renamed: [{ from: lockingQuestion.id }] });
    const listed = await t.service.list({ source: 'own' }, { id: 'u1' });
    expect(listed.map((v) => v.question.prompt).sort()).toEqual([
      'How do optimistic and pessimistic locking differ in your words?',
      'How would you shard a ledger table across three regions?',
    ]);
    expect((await t.service.get(lockingQuestion.id, { id: 'u2' })).question.prompt).toBe(lockingQuestion.prompt);
    expect(await t.service.get(result.renamed[0]!.to, { id: 'u1' })).toMatchObject({ source: 'own', retired: false });
  });
});

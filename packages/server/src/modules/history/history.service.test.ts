// The history service with its ports faked: each source a list of rows the fake repository pages newest first,
// a question bank of one question, and the answers kept by the answers and analyses modules.
import { describe, expect, it } from 'vitest';
import { notFound } from '@rehearse/core';
import { indexingQuestion } from '../../../test/fixtures/questions.ts';
import type { AnswerFeedback } from '../analyses/analysis.schemas.ts';
import type { KeptAnalysis } from '../analyses/analyses.repository.ts';
import type { AnswerService } from '../answers/answers.service.ts';
import type { HistoryRepository, HistoryRow, Position } from './history.repository.ts';
import { createHistoryService } from './history.service.ts';

const alice = { id: 'alice' };
const row = (
  kind: HistoryRow['kind'],
  id: string,
  createdAt: string,
  fields: Partial<HistoryRow> = {},
): HistoryRow => ({
  ...{ kind, id, createdAt, itemId: indexingQuestion.id, title: null, category: null, round: null, score: 50 },
  ...{ interviewId: null, mode: null, text: 'an answer' },
  ...fields,
});

const rows: Record<HistoryRow['kind'], HistoryRow[]> = {
  'interview-answer': [row('interview-answer', 'i1:0.0', '2026-03-01T10:00:00Z', { title: 'Indexes?', mode: 'audio' })],
  'typed-answer': [
    row('typed-answer', 't1', '2026-03-02T10:00:00Z', { title: 'Indexes?', text: 'x'.repeat(300) }),
    row('typed-answer', 't2', '2026-03-04T10:00:00Z', { title: 'Indexes?' }),
  ],
  coding: [row('coding', 'c1', '2026-03-03T10:00:00Z', { itemId: 'lru-cache', round: 'coding' })],
  review: [row('review', 'r1', '2026-03-05T10:00:00Z', { itemId: 'gone-exercise', round: 'code-review' })],
};

const typed: KeptAnalysis = {
  id: 't1',
  userId: alice.id,
  questionId: indexingQuestion.id,
  answer: 'An index keeps keys sorted.',
  analysis: { scores: { overall: 61 } } as AnswerFeedback,
  createdAt: '2026-03-02T10:00:00Z',
};
/** A typed answer to an own question deleted since. */
const orphan: KeptAnalysis = { ...typed, id: 't-orphan', questionId: 'my-deleted' };

function service() {
  const asked: { source: string; titled?: string[] }[] = [];
  const page = (kind: HistoryRow['kind'], before: Position | undefined, limit: number, titled?: string[]) => {
    asked.push({ source: kind, ...(titled ? { titled } : {}) });
    const after = (r: HistoryRow) =>
      !before || r.createdAt < before.at || (r.createdAt === before.at && r.id < before.id);
    return Promise.resolve(
      rows[kind]
        .filter(after)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit),
    );
  };
  const repository: HistoryRepository = {
    interviewAnswers: (_userId, _filter, before, limit) => page('interview-answer', before, limit),
    typedAnswers: (_userId, _filter, before, limit) => page('typed-answer', before, limit),
    codingAttempts: (_userId, _filter, titled, before, limit) => page('coding', before, limit, titled),
    reviews: (_userId, _filter, titled, before, limit) => page('review', before, limit, titled),
    attemptIds: (_userId, questionId) => Promise.resolve(questionId === indexingQuestion.id ? ['i1:0.0', 't1'] : []),
  };
  const interviewAnswer = ((_userId: string, id: string) =>
    Promise.resolve(
      id === 'i1:0.0'
        ? {
            answer: { createdAt: '2026-03-01T10:00:00Z', questionId: indexingQuestion.id, interviewId: 'i1' },
            presented: { turnId: '0.0', answerText: 'Spoken words.' },
            followUps: [{ turnId: '0.1' }],
          }
        : undefined,
    )) as unknown as AnswerService['withFollowUps'];
  const history = createHistoryService({
    repository,
    questions: {
      get: (id) =>
        id === indexingQuestion.id
          ? Promise.resolve({ question: indexingQuestion, source: 'bank', retired: false })
          : Promise.reject(notFound('question', id)),
    },
    interviewAnswer,
    typedAnswer: (userId, id) => Promise.resolve([typed, orphan].find((t) => t.userId === userId && t.id === id)),
    titleOf: (kind, id) => (id === 'lru-cache' ? 'LRU cache' : `${kind} ${id}`),
    titled: (_kind, q) => (q === 'lru' ? ['lru-cache'] : []),
  });
  return { history, asked };
}

describe('the history service', () => {
  it('merges every source newest first, a page at a time, titles problems and shortens long answers', async () => {
    const { history } = service();
    const first = await history.list(alice, {}, undefined, 3);
    expect(first.items.map((i) => i.id)).toEqual(['r1', 't2', 'c1']);
    expect(first.items.map((i) => i.title)).toEqual(['review gone-exercise', 'Indexes?', 'LRU cache']);
    const second = await history.list(alice, {}, first.next!, 3);
    expect(second.items.map((i) => i.id)).toEqual(['t1', 'i1:0.0']);
    expect(second.next).toBeNull();
    expect(second.items[0]!.excerpt).toBe(`${'x'.repeat(200)}…`);
  });

  it('asks only the sources a filter can match, and the rounds whose titles match the words', async () => {
    const byCategory = service();
    await byCategory.history.list(alice, { category: 'databases' }, undefined, 10);
    expect(byCategory.asked.map((a) => a.source)).toEqual(['interview-answer', 'typed-answer']);

    const coding = service();
    await coding.history.list(alice, { round: 'coding', q: 'lru' }, undefined, 10);
    expect(coding.asked).toEqual([{ source: 'coding', titled: ['lru-cache'] }]);

    const typedOnly = service();
    await typedOnly.history.list(alice, { kind: 'typed-answer' }, undefined, 10);
    expect(typedOnly.asked.map((a) => a.source)).toEqual(['typed-answer']);
  });

  it('gives a typed answer and an interview answer in full, and every attempt at a question oldest first', async () => {
    const { history } = service();
    expect(await history.answer(alice, 't1')).toMatchObject({
      source: 'typed',
      prompt: indexingQuestion.prompt,
      answer: { turnId: 't1', answerText: typed.answer, analysis: typed.analysis },
      followUps: [],
    });
    const attempts = await history.attempts(alice, indexingQuestion.id);
    expect(attempts.attempts.map((a) => [a.id, a.source, a.interviewId])).toEqual([
      ['i1:0.0', 'interview', 'i1'],
      ['t1', 'typed', null],
    ]);
    expect(attempts.attempts[0]!.followUps).toHaveLength(1);
  });

  it("finds nothing of someone else's, and names a deleted own question by its id", async () => {
    const { history } = service();
    await expect(history.answer({ id: 'bob' }, 't1')).rejects.toThrow(/answer/);
    await expect(history.answer(alice, 'i9:0.0')).rejects.toThrow(/answer/);
    await expect(history.attempts(alice, 'my-deleted')).rejects.toThrow(/answers to question/);
    expect(await history.answer(alice, orphan.id)).toMatchObject({ prompt: 'my-deleted', category: null, round: null });
  });
});

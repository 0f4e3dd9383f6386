// The study service with its ports faked: cards, reviews and limits in maps, a unit of work that applies its
// writes only when its work resolves, a question bank of three questions, and a clock the test moves.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_LIMITS, notFound, type StudyCard, type StudyLimits, type StudyReview } from '@rehearse/core';
import { cachingQuestion, indexingQuestion, lockingQuestion } from '../../../test/fixtures/questions.ts';
import { inMemoryUnitsOfWork } from '../../../test/fixtures/unit-of-work.ts';
import type { ReviewOrigin, StudyRepository } from './study.repository.ts';
import { createStudyService, type AnalysedAnswer } from './study.service.ts';

const bank = [indexingQuestion, lockingQuestion, cachingQuestion];
const alice = { id: 'alice' };
type KeptReview = StudyReview & { userId: string; answerId: string | null; coverage: number | null };

function inMemory() {
  const cards = new Map<string, StudyCard>();
  const reviews: KeptReview[] = [];
  const limits = new Map<string, StudyLimits>();
  const key = (userId: string, questionId: string) => `${userId}/${questionId}`;
  const { write, runInUnitOfWork } = inMemoryUnitsOfWork();
  /** Called on each read of a card, before it is returned: a test's chance to grade it elsewhere first. */
  let onRead: (() => void) | undefined;

  const repository: StudyRepository = {
    cards: (userId) => Promise.resolve([...cards].filter(([k]) => k.startsWith(`${userId}/`)).map(([, c]) => c)),
    card: (userId, questionId) => {
      const card = cards.get(key(userId, questionId));
      onRead?.();
      return Promise.resolve(card);
    },
    reviewsOf: (userId, questionId, limit) =>
      Promise.resolve(
        reviews
          .filter((r) => r.userId === userId && r.questionId === questionId)
          .reverse()
          .slice(0, limit),
      ),
    studyReviewsSince: (userId, since) =>
      Promise.resolve(reviews.filter((r) => r.userId === userId && r.reviewedAt >= since && r.source === 'study')),
    // The card is saved only if it is still as it was read, as the repository's conditional UPDATE does.
    saveReview: (uow, userId, before, after, review, origin?: ReviewOrigin) => {
      if (origin && reviews.some((r) => r.answerId === origin.answerId)) return Promise.resolve('duplicate');
      if (cards.get(key(userId, after.questionId))?.reps !== before?.reps) return Promise.resolve('stale');
      write(uow, () => {
        reviews.push({ ...review, userId, answerId: origin?.answerId ?? null, coverage: origin?.coverage ?? null });
        cards.set(key(userId, after.questionId), after);
      });
      return Promise.resolve('saved');
    },
    answerCounted: (answerId) => Promise.resolve(reviews.some((r) => r.answerId === answerId)),
    limits: (userId) => Promise.resolve(limits.get(userId)),
    saveLimits: (userId, saved) => Promise.resolve(void limits.set(userId, saved)),
    practice: () => Promise.resolve(new Map()),
  };
  const interfere = (change: () => void) => {
    onRead = () => {
      onRead = undefined;
      change();
    };
  };
  return { cards, reviews, key, repository, runInUnitOfWork, interfere };
}

function service() {
  const store = inMemory();
  let clock = new Date('2026-03-02T09:00:00Z');
  const study = createStudyService({
    repository: store.repository,
    runInUnitOfWork: store.runInUnitOfWork,
    questions: {
      list: () => Promise.resolve(bank.map((question) => ({ question, source: 'bank' as const }))),
      get: (id) => {
        const question = bank.find((q) => q.id === id);
        if (!question) return Promise.reject(notFound('question', id));
        return Promise.resolve({ question, source: 'bank' as const, retired: false });
      },
    },
    now: () => clock,
  });
  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
  return { study, later, ...store };
}

const practised = (answerId: string, strength: number, questionId = indexingQuestion.id): AnalysedAnswer => ({
  answerId,
  userId: alice.id,
  questionId,
  analysis: {
    verdict: 'assessed',
    keyPoints: indexingQuestion.keyPoints.map((p) => ({ ...p, covered: strength > 0, strength, evidence: '' })),
    substance: { admitsNotKnowing: false },
  } as unknown as AnalysedAnswer['analysis'],
});

describe('the study service', () => {
  it('grades a card, keeps its review, and refuses a second grading of the same showing', async () => {
    const { study, later } = service();
    const graded = await study.grade(alice, indexingQuestion.id, 'good', 0);
    expect(graded.card).toMatchObject({ questionId: indexingQuestion.id, reps: 1 });
    later(1);
    await expect(study.grade(alice, indexingQuestion.id, 'good', 0)).rejects.toThrow(/graded since you saw it/);
    const { card, reviews } = await study.card(alice, indexingQuestion.id);
    expect(card.reps).toBe(1);
    expect(reviews.map((r) => [r.grade, r.source])).toEqual([['good', 'study']]);
  });

  it('reads the card again when another grading saved it first, and grades the card as it is now', async () => {
    const { study, interfere, cards, key, reviews } = service();
    await study.grade(alice, indexingQuestion.id, 'good');
    interfere(() => {
      const card = cards.get(key(alice.id, indexingQuestion.id))!;
      cards.set(key(alice.id, indexingQuestion.id), { ...card, reps: card.reps + 1 });
    });
    const graded = await study.grade(alice, indexingQuestion.id, 'easy');
    expect(graded.card.reps).toBe(3);
    expect(reviews).toHaveLength(2);
  });

  it('lets a practice answer grade its card once, and skips what says nothing of recall', async () => {
    const { study } = service();
    expect(await study.gradeFromPractice(practised('turn:1', 1))).toBe('graded');
    expect(await study.gradeFromPractice(practised('turn:1', 1))).toBe('already');
    expect(await study.gradeFromPractice(practised('turn:2', 1, 'no-such-question'))).toBe('skipped');
    const silent = practised('turn:3', 0);
    const unassessed = { ...silent, analysis: { ...silent.analysis, verdict: 'not-enough-to-assess' as const } };
    expect(await study.gradeFromPractice(unassessed)).toBe('skipped');
    const { reviews } = await study.card(alice, indexingQuestion.id);
    expect(reviews).toEqual([expect.objectContaining({ source: 'practice', coverage: 1 })]);
  });

  it('queues new cards within the daily limit and counts the ones introduced today', async () => {
    const { study } = service();
    expect(await study.limits(alice)).toEqual(DEFAULT_STUDY_LIMITS);
    await study.setLimits(alice, { newPerDay: 2, reviewsPerDay: 10 });
    const before = await study.queue(alice, { utcOffsetMinutes: 0, limit: 10 });
    expect(before.cards.map((c) => c.kind)).toEqual(['new', 'new']);
    await study.grade(alice, before.cards[0]!.questionId, 'easy');
    const after = await study.queue(alice, { utcOffsetMinutes: 0, limit: 10 });
    expect(after.cards.filter((c) => c.kind === 'new')).toHaveLength(1);
    expect(after.heldBack.new).toBe(1);
  });
});

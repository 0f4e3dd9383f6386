// The reviews service with its ports faked: reviews in a list, and a check that scores what it is told.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExerciseFile, type ReviewCheck, type ReviewSubmission } from '@rehearse/core';
import type { KeptReview, ReviewRepository } from './reviews.repository.ts';
import { createReviewService } from './reviews.service.ts';

const parsed = parseExerciseFile(
  readFileSync(join(import.meta.dirname, '../../../../../content/reviews/api-tokens-table.yaml'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const exercise = parsed.exercise;

const alice = { id: 'alice' };
const bob = { id: 'bob' };
const review: ReviewSubmission = { ...exercise.modelReview, comments: exercise.modelReview.comments.slice(0, 1) };

function service(scores: number[] = [70]) {
  const kept: KeptReview[] = [];
  const repository: ReviewRepository = {
    insert: (added) => Promise.resolve(void kept.push(added)),
    findOwn: (id, userId) => Promise.resolve(kept.find((r) => r.id === id && r.userId === userId)),
    ofExercise: (userId, exerciseId, limit) =>
      Promise.resolve(
        kept
          .filter((r) => r.userId === userId && r.exerciseId === exerciseId)
          .reverse()
          .slice(0, limit),
      ),
    best: (interviewId, userId) => {
      const [best] = kept
        .filter((r) => r.interviewId === interviewId && r.userId === userId)
        .sort((a, b) => b.result.scores.overall - a.result.scores.overall);
      return Promise.resolve(best && { id: best.id, exerciseId: best.exerciseId, overall: best.result.scores.overall });
    },
  };
  const next = [...scores];
  const reviews = createReviewService({
    repository,
    exercises: [exercise],
    check: () => Promise.resolve({ scores: { overall: next.shift() ?? 0 } } as ReviewCheck),
    interviewSlots: (_interviewId, userId) =>
      Promise.resolve(userId === alice.id ? [{ kind: 'review', id: exercise.id }] : null),
  });
  return { reviews, kept };
}

describe('the reviews service', () => {
  it('checks and keeps a review, then debriefs it with the planted issues and the model review', async () => {
    const { reviews, kept } = service([64]);
    const submitted = await reviews.submit(exercise.id, review, alice);
    expect(submitted).toMatchObject({
      exerciseId: exercise.id,
      interviewId: null,
      result: { scores: { overall: 64 } },
    });
    expect(submitted.debrief?.issues.map((i) => i.id)).toEqual(exercise.issues.map((i) => i.id));
    expect(submitted.debrief?.modelReview).toEqual(exercise.modelReview);
    expect(kept).toHaveLength(1);
    expect(await reviews.getSubmission(submitted.id, alice)).toEqual(submitted);
  });

  it('refuses comments that point nowhere, unknown exercises and what is not the viewer’s', async () => {
    const { reviews, kept } = service();
    const nowhere = { ...review, comments: [{ ...review.comments[0]!, file: 'no/such/file.py' }] };
    await expect(reviews.submit(exercise.id, nowhere, alice)).rejects.toThrow(/point nowhere/);
    await expect(reviews.submit('no-such-exercise', review, alice)).rejects.toThrow(/exercise/);
    await expect(reviews.submit(exercise.id, review, bob, 'loop')).rejects.toThrow(/interview/);
    expect(kept).toEqual([]);
    const mine = await reviews.submit(exercise.id, review, alice);
    await expect(reviews.getSubmission(mine.id, bob)).rejects.toThrow(/review/);
    expect(await reviews.listSubmissions(exercise.id, bob)).toEqual([]);
  });

  it('lists the newest first, and gives a full loop its best review', async () => {
    const { reviews } = service([50, 90, 70]);
    const first = await reviews.submit(exercise.id, review, alice, 'loop');
    const best = await reviews.submit(exercise.id, review, alice, 'loop');
    const last = await reviews.submit(exercise.id, review, alice);
    expect((await reviews.listSubmissions(exercise.id, alice)).map((r) => r.id)).toEqual([last.id, best.id, first.id]);
    expect(await reviews.bestForInterview('loop', alice.id)).toEqual({
      id: best.id,
      exerciseId: exercise.id,
      overall: 90,
    });
  });
});

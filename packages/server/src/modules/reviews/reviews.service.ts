// The code-review round: exercises as a reviewer sees them (the pull request and its diff, nothing of what was
// planted), and submitted reviews, checked off the event loop and kept in the candidate's history. After a
// submission, the planted issues and the model review join the result, for the side-by-side debrief.
import { randomUUID } from 'node:crypto';
import {
  diffOf,
  DomainError,
  notFound,
  reviewInputErrors,
  type Exercise,
  type Level,
  type ReviewCheck,
  type ReviewSubmission,
} from '@rehearse/core';
import type { Writable } from '../../http/same-shape.ts';
import type { Viewer } from '../questions/questions.service.ts';
import { assertPlanned, type InterviewSlots } from '../interviews/hands-on-membership.ts';
import { languagesOf } from './exercise-content.ts';
import type { KeptReview, ReviewRepository } from './reviews.repository.ts';

export interface ReviewsDeps {
  readonly repository: ReviewRepository;
  readonly exercises: readonly Exercise[];
  /** Checks a review off the event loop (a worker thread). */
  readonly check: (exercise: Exercise, submission: ReviewSubmission) => Promise<ReviewCheck>;
  /** The hands-on slots of one of the viewer's interviews, or null when it is not theirs. */
  readonly interviewSlots: InterviewSlots;
}

export function createReviewService(deps: ReviewsDeps) {
  const { repository } = deps;
  const byId = new Map(deps.exercises.map((e) => [e.id, e]));
  const find = (id: string) => {
    const found = byId.get(id);
    if (!found) throw notFound('exercise', id);
    return found;
  };
  const present = (review: KeptReview) => {
    const exercise = byId.get(review.exerciseId);
    return {
      id: review.id,
      exerciseId: review.exerciseId,
      createdAt: review.createdAt,
      interviewId: review.interviewId,
      submission: review.submission,
      result: review.result as Writable<ReviewCheck>,
      debrief: exercise
        ? {
            issues: exercise.issues.map(({ id, file, lines, kind, severity, title, why, fix }) => ({
              ...{ id, file, lines: [lines[0], lines[1]] as [number, number], kind, severity, title, why, fix },
            })),
            fine: exercise.fine.map(({ file, lines, why }) => ({
              file,
              lines: [lines[0], lines[1]] as [number, number],
              why,
            })),
            modelReview: exercise.modelReview,
          }
        : null,
    };
  };

  return {
    list(filter: { level?: Level | undefined }) {
      return deps.exercises
        .filter((e) => !filter.level || e.level === filter.level)
        .map((e) => ({ id: e.id, title: e.title, level: e.level, languages: languagesOf(e), minutes: e.minutes }));
    },

    /** The pull request as its reviewer sees it. */
    get(id: string) {
      const exercise = find(id);
      return {
        id: exercise.id,
        title: exercise.title,
        level: exercise.level,
        minutes: exercise.minutes,
        description: exercise.description,
        languages: languagesOf(exercise),
        files: diffOf(exercise).map((file) => ({
          ...file,
          hunks: file.hunks.map((hunk) => ({ ...hunk, lines: [...hunk.lines] })),
        })),
      };
    },

    async submit(exerciseId: string, submission: ReviewSubmission, viewer: Viewer, interviewId?: string) {
      const exercise = find(exerciseId);
      const errors = reviewInputErrors(exercise, submission);
      if (errors.length)
        throw new DomainError('invalid', 'review-comments', `Some comments point nowhere: ${errors.join('; ')}.`);
      if (interviewId) await assertPlanned(deps.interviewSlots, interviewId, 'review', exercise.id, viewer);
      const result = await deps.check(exercise, submission);
      const review: KeptReview = {
        id: randomUUID(),
        userId: viewer.id,
        exerciseId: exercise.id,
        submission,
        result,
        interviewId: interviewId ?? null,
        createdAt: new Date().toISOString(),
      };
      await repository.insert(review);
      return present(review);
    },

    /** The best review of a full loop's review round. */
    bestForInterview: (interviewId: string, userId: string) => repository.best(interviewId, userId),

    async getSubmission(id: string, viewer: Viewer) {
      const review = await repository.findOwn(id, viewer.id);
      if (!review) throw notFound('review', id);
      return present(review);
    },

    async listSubmissions(exerciseId: string, viewer: Viewer) {
      find(exerciseId);
      const reviews = await repository.ofExercise(viewer.id, exerciseId, 50);
      return reviews.map(present);
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

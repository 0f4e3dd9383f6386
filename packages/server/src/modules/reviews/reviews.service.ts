// The code-review round: exercises as a reviewer sees them (the pull request and its diff, nothing of what was
// planted), and submitted reviews, checked off the event loop and kept in the candidate's history. After a
// submission, the planted issues and the model review join the result, for the side-by-side debrief.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
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
import type { Database, ReviewSubmissionsTable } from '../../db/schema.ts';
import type { Writable } from '../../http/same-shape.ts';
import type { Viewer } from '../questions/questions.service.ts';
import { assertPlanned, type InterviewSlots } from '../interviews/hands-on-membership.ts';
import { languagesOf } from './exercise-content.ts';

export interface ReviewsDeps {
  readonly db: Kysely<Database>;
  readonly exercises: readonly Exercise[];
  /** Checks a review off the event loop (a worker thread). */
  readonly check: (exercise: Exercise, submission: ReviewSubmission) => Promise<ReviewCheck>;
  /** The hands-on slots of one of the viewer's interviews, or null when it is not theirs. */
  readonly interviewSlots: InterviewSlots;
}

export function createReviewService(deps: ReviewsDeps) {
  const { db } = deps;
  const byId = new Map(deps.exercises.map((e) => [e.id, e]));
  const find = (id: string) => {
    const found = byId.get(id);
    if (!found) throw notFound('exercise', id);
    return found;
  };
  const present = (row: ReviewSubmissionsTable) => {
    const exercise = byId.get(row.exercise_id);
    return {
      id: row.id,
      exerciseId: row.exercise_id,
      createdAt: row.created_at,
      interviewId: row.interview_id,
      submission: JSON.parse(row.submission) as Writable<ReviewSubmission>,
      result: JSON.parse(row.result) as Writable<ReviewCheck>,
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
      const row = {
        id: randomUUID(),
        user_id: viewer.id,
        exercise_id: exercise.id,
        submission: JSON.stringify(submission),
        result: JSON.stringify(result),
        overall_score: result.scores.overall,
        interview_id: interviewId ?? null,
        created_at: new Date().toISOString(),
      };
      await db.insertInto('review_submissions').values(row).execute();
      return present(row);
    },

    /** The best review of a full loop's review round. */
    async bestForInterview(interviewId: string, userId: string) {
      return db
        .selectFrom('review_submissions')
        .select(['id', 'exercise_id', 'overall_score'])
        .where('interview_id', '=', interviewId)
        .where('user_id', '=', userId)
        .orderBy('overall_score', 'desc')
        .executeTakeFirst();
    },

    async getSubmission(id: string, viewer: Viewer) {
      const row = await db
        .selectFrom('review_submissions')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', viewer.id)
        .executeTakeFirst();
      if (!row) throw notFound('review', id);
      return present(row);
    },

    async listSubmissions(exerciseId: string, viewer: Viewer) {
      find(exerciseId);
      const rows = await db
        .selectFrom('review_submissions')
        .selectAll()
        .where('user_id', '=', viewer.id)
        .where('exercise_id', '=', exerciseId)
        .orderBy('created_at', 'desc')
        .limit(50)
        .execute();
      return rows.map(present);
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

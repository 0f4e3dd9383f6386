// Submitted reviews are kept in `review_submissions`, the review and its check as JSON text (portable between
// SQLite and PostgreSQL). Rows stay here: the service sees `KeptReview`.
import type { Kysely } from 'kysely';
import type { ReviewCheck, ReviewSubmission } from '@rehearse/core';
import type { Database, ReviewSubmissionsTable } from '../../db/schema.ts';

export interface KeptReview {
  readonly id: string;
  readonly userId: string;
  readonly exerciseId: string;
  readonly submission: ReviewSubmission;
  readonly result: ReviewCheck;
  /** The full loop this review is the review round of, if any. */
  readonly interviewId: string | null;
  readonly createdAt: string;
}

/** A full loop's review round as the interview sees it: its best review. */
export interface BestReview {
  readonly id: string;
  readonly exerciseId: string;
  readonly overall: number;
}

const reviewOf = (row: ReviewSubmissionsTable): KeptReview => ({
  id: row.id,
  userId: row.user_id,
  exerciseId: row.exercise_id,
  submission: JSON.parse(row.submission) as ReviewSubmission,
  result: JSON.parse(row.result) as ReviewCheck,
  interviewId: row.interview_id,
  createdAt: row.created_at,
});

export function createReviewRepository(db: Kysely<Database>) {
  return {
    async insert(review: KeptReview): Promise<void> {
      await db
        .insertInto('review_submissions')
        .values({
          id: review.id,
          user_id: review.userId,
          exercise_id: review.exerciseId,
          submission: JSON.stringify(review.submission),
          result: JSON.stringify(review.result),
          overall_score: review.result.scores.overall,
          interview_id: review.interviewId,
          created_at: review.createdAt,
        })
        .execute();
    },

    /** The user's review, or undefined when there is none of theirs with this id. */
    async findOwn(id: string, userId: string): Promise<KeptReview | undefined> {
      const row = await db
        .selectFrom('review_submissions')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && reviewOf(row);
    },

    /** The user's reviews of one exercise, newest first. */
    async ofExercise(userId: string, exerciseId: string, limit: number): Promise<KeptReview[]> {
      const rows = await db
        .selectFrom('review_submissions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('exercise_id', '=', exerciseId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(reviewOf);
    },

    /** The best review of a full loop's review round. */
    async best(interviewId: string, userId: string): Promise<BestReview | undefined> {
      const row = await db
        .selectFrom('review_submissions')
        .select(['id', 'exercise_id', 'overall_score'])
        .where('interview_id', '=', interviewId)
        .where('user_id', '=', userId)
        .orderBy('overall_score', 'desc')
        .executeTakeFirst();
      return row && { id: row.id, exerciseId: row.exercise_id, overall: row.overall_score };
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;

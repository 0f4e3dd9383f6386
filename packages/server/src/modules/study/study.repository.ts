// Study mode's SQL: cards, the review log and the daily limits, read and written as the core's types; and the
// count of answers each question has had, read from the practice tables (the checklist's "practised").
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PracticeRecord, StudyCard, StudyLimits, StudyReview } from '@rehearse/core';
import type { Database, StudyCardsTable, StudyReviewsTable } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

const toCard = (row: StudyCardsTable): StudyCard => ({
  questionId: row.question_id,
  state: row.state,
  due: row.due,
  stability: Number(row.stability),
  difficulty: Number(row.difficulty),
  elapsedDays: row.elapsed_days,
  scheduledDays: row.scheduled_days,
  learningSteps: row.learning_steps,
  reps: row.reps,
  lapses: row.lapses,
  lastReview: row.last_review,
});

const toReview = (row: StudyReviewsTable): StudyReview & { coverage: number | null } => ({
  questionId: row.question_id,
  grade: row.grade,
  source: row.source,
  stateBefore: row.state_before,
  reviewedAt: row.reviewed_at,
  elapsedDays: row.elapsed_days,
  scheduledDays: row.scheduled_days,
  due: row.due,
  stability: Number(row.stability),
  difficulty: Number(row.difficulty),
  coverage: row.coverage === null ? null : Number(row.coverage),
});

/** A practice grade carries the answer that gave it, so that it is given once. */
export interface ReviewOrigin {
  readonly answerId: string;
  readonly coverage: number;
}

export function createStudyRepository(db: Kysely<Database>) {
  return {
    async cards(userId: string): Promise<StudyCard[]> {
      const rows = await db.selectFrom('study_cards').selectAll().where('user_id', '=', userId).execute();
      return rows.map(toCard);
    },

    async card(userId: string, questionId: string, uow?: UnitOfWork): Promise<StudyCard | undefined> {
      const row = await executorOf(db, uow)
        .selectFrom('study_cards')
        .selectAll()
        .where('user_id', '=', userId)
        .where('question_id', '=', questionId)
        .executeTakeFirst();
      return row && toCard(row);
    },

    /** A card's reviews, newest first. */
    async reviewsOf(userId: string, questionId: string, limit: number) {
      const rows = await db
        .selectFrom('study_reviews')
        .selectAll()
        .where('user_id', '=', userId)
        .where('question_id', '=', questionId)
        .orderBy('reviewed_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toReview);
    },

    /** Flash-card reviews since a time: what the daily limits have counted. */
    async studyReviewsSince(userId: string, since: string): Promise<StudyReview[]> {
      const rows = await db
        .selectFrom('study_reviews')
        .selectAll()
        .where('user_id', '=', userId)
        .where('reviewed_at', '>=', since)
        .where('source', '=', 'study')
        .execute();
      return rows.map(toReview);
    },

    /**
     * Records a review, then the card as it is after it, if the card is still as it was read (`before`: its reps,
     * or undefined for a card not yet stored). False when it was not: another review came first, and nothing is
     * written (the caller's unit of work rolls back). A practice review whose answer was already counted writes
     * nothing and returns 'duplicate'.
     */
    async saveReview(
      uow: UnitOfWork,
      userId: string,
      before: StudyCard | undefined,
      after: StudyCard,
      review: StudyReview,
      origin: ReviewOrigin | undefined,
    ): Promise<'saved' | 'duplicate' | 'stale'> {
      const trx = executorOf(db, uow);
      const inserted = await trx
        .insertInto('study_reviews')
        .values({
          id: randomUUID(),
          user_id: userId,
          question_id: review.questionId,
          grade: review.grade,
          source: review.source,
          answer_id: origin?.answerId ?? null,
          coverage: origin?.coverage ?? null,
          state_before: review.stateBefore,
          elapsed_days: review.elapsedDays,
          scheduled_days: review.scheduledDays,
          stability: review.stability,
          difficulty: review.difficulty,
          due: review.due,
          reviewed_at: review.reviewedAt,
        })
        .onConflict((oc) => oc.column('answer_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'duplicate';
      const values = {
        state: after.state,
        due: after.due,
        stability: after.stability,
        difficulty: after.difficulty,
        elapsed_days: after.elapsedDays,
        scheduled_days: after.scheduledDays,
        learning_steps: after.learningSteps,
        reps: after.reps,
        lapses: after.lapses,
        last_review: after.lastReview,
        updated_at: review.reviewedAt,
      };
      if (!before) {
        const created = await trx
          .insertInto('study_cards')
          .values({ user_id: userId, question_id: after.questionId, created_at: review.reviewedAt, ...values })
          .onConflict((oc) => oc.columns(['user_id', 'question_id']).doNothing())
          .executeTakeFirst();
        return Number(created.numInsertedOrUpdatedRows ?? 0) === 1 ? 'saved' : 'stale';
      }
      const updated = await trx
        .updateTable('study_cards')
        .set(values)
        .where('user_id', '=', userId)
        .where('question_id', '=', after.questionId)
        .where('reps', '=', before.reps)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1 ? 'saved' : 'stale';
    },

    /** Whether an answer already gave its card a grade. */
    async answerCounted(answerId: string): Promise<boolean> {
      const row = await db
        .selectFrom('study_reviews')
        .select('id')
        .where('answer_id', '=', answerId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async limits(userId: string): Promise<StudyLimits | undefined> {
      const row = await db
        .selectFrom('study_settings')
        .select(['new_per_day', 'reviews_per_day'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && { newPerDay: row.new_per_day, reviewsPerDay: row.reviews_per_day };
    },

    async saveLimits(userId: string, limits: StudyLimits, at: string): Promise<void> {
      const values = { new_per_day: limits.newPerDay, reviews_per_day: limits.reviewsPerDay, updated_at: at };
      await db
        .insertInto('study_settings')
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
    },

    /** How many answers each question has had, typed or in an interview, and when the latest was given. */
    async practice(userId: string): Promise<Map<string, PracticeRecord>> {
      const [typed, spoken] = await Promise.all([
        db
          .selectFrom('analyses')
          .select((eb) => [
            'question_id',
            eb.fn.countAll<number | string>().as('answers'),
            eb.fn.max('created_at').as('last'),
          ])
          .where('user_id', '=', userId)
          .groupBy('question_id')
          .execute(),
        db
          .selectFrom('interview_turns')
          .select((eb) => [
            'question_id',
            eb.fn.countAll<number | string>().as('answers'),
            eb.fn.max('created_at').as('last'),
          ])
          .where('user_id', '=', userId)
          .where('status', '=', 'analysed')
          .where('kind', '=', 'question')
          .groupBy('question_id')
          .execute(),
      ]);
      const records = new Map<string, PracticeRecord>();
      for (const row of [...typed, ...spoken]) {
        const earlier = records.get(row.question_id);
        const answers = Number(row.answers) + (earlier?.answers ?? 0);
        const last = earlier && earlier.lastAnsweredAt > row.last ? earlier.lastAnsweredAt : row.last;
        records.set(row.question_id, { answers, lastAnsweredAt: last });
      }
      return records;
    },
  };
}

export type StudyRepository = ReturnType<typeof createStudyRepository>;

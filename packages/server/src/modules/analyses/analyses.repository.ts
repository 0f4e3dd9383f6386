// Typed answers analysed outside an interview, kept in `analyses` with the analysis as JSON text.
import type { Kysely } from 'kysely';
import type { AnalysesTable, Database } from '../../db/schema.ts';
import type { AnswerFeedback } from './analysis.schemas.ts';

/** One typed answer and its analysis, as the user's history keeps it. */
export interface KeptAnalysis {
  readonly id: string;
  readonly userId: string;
  readonly questionId: string;
  readonly answer: string;
  readonly analysis: AnswerFeedback;
  readonly createdAt: string;
}

const keptOf = (row: AnalysesTable): KeptAnalysis => ({
  id: row.id,
  userId: row.user_id,
  questionId: row.question_id,
  answer: row.answer_text,
  analysis: JSON.parse(row.result) as AnswerFeedback,
  createdAt: row.created_at,
});

export function createAnalysisRepository(db: Kysely<Database>) {
  return {
    async insert(kept: KeptAnalysis, overallScore: number): Promise<void> {
      await db
        .insertInto('analyses')
        .values({
          id: kept.id,
          user_id: kept.userId,
          question_id: kept.questionId,
          answer_text: kept.answer,
          overall_score: overallScore,
          result: JSON.stringify(kept.analysis),
          created_at: kept.createdAt,
        })
        .execute();
    },

    async find(id: string, userId: string): Promise<KeptAnalysis | undefined> {
      const row = await db
        .selectFrom('analyses')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && keptOf(row);
    },

    /** Newest first, `limit + 1` at most (the caller learns whether there are more); `before` is a cursor. */
    async listByUser(userId: string, limit: number, before?: { createdAt: string; id: string }) {
      let query = db.selectFrom('analyses').selectAll().where('user_id', '=', userId);
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', before.createdAt),
            eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return rows.map(keptOf);
    },
  };
}

export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;

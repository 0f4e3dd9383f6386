// A user's scored answers and attempts, as the core's progress reads them: one indexed range read per table, the
// question's category, level and round joined from the questions table (retired questions included: an old
// answer keeps its category). Attempts come untitled: their problems and exercises live in files, not here.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AnswerAnalysis, Category, Level, ProgressAnswer, ProgressAttempt, Round } from '@rehearse/core';
import type { DialectName } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

interface AnswerRow {
  id: string;
  created_at: string;
  question_id: string;
  analysis: string | null;
  category: string;
  level: string;
  round: string;
  prompt: string;
}

function toAnswer(row: AnswerRow, source: ProgressAnswer['source']): ProgressAnswer {
  const analysis = JSON.parse(row.analysis!) as Pick<AnswerAnalysis, 'scores' | 'keyPoints' | 'misconceptions'>;
  return {
    id: row.id,
    at: row.created_at,
    source,
    questionId: row.question_id,
    prompt: row.prompt,
    category: row.category as Category,
    level: row.level as Level,
    round: row.round as Round,
    scores: analysis.scores,
    keyPoints: analysis.keyPoints.map(({ id, label, covered }) => ({ id, label, covered })),
    misconceptions: analysis.misconceptions.map(({ id, claim, correction }) => ({ id, claim, correction })),
  };
}

/** A scored coding submission or code review, before the service names its problem or exercise. */
export type UntitledAttempt = Omit<ProgressAttempt, 'title'>;

/**
 * Of an analysis (JSON text), only what progress reads: its scores, key points and misconceptions, picked out by
 * the database, so that the rest (explanations, evidence of depth and structure, the LLM's note) is neither sent
 * nor parsed. The JSON is parsed once per row on either database.
 */
function progressPart(dialect: DialectName, column: string): RawBuilder<string | null> {
  const ref = sql.ref(column);
  return dialect === 'postgres'
    ? sql<
        string | null
      >`(select jsonb_build_object('scores', j -> 'scores', 'keyPoints', j -> 'keyPoints', 'misconceptions', j -> 'misconceptions')::text from (select (${ref})::jsonb as j) as parsed)`
    : sql<
        string | null
      >`json_object('scores', ${ref} -> '$.scores', 'keyPoints', ${ref} -> '$.keyPoints', 'misconceptions', ${ref} -> '$.misconceptions')`;
}

export function createProgressRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** Interview answers (the first answer to each question; follow-ups are part of it) and typed answers. */
    async answers(userId: string): Promise<ProgressAnswer[]> {
      const [turns, typed] = await Promise.all([
        db
          .selectFrom('interview_turns as t')
          .innerJoin('questions as q', 'q.id', 't.question_id')
          .select([
            't.id',
            't.created_at',
            't.question_id',
            't.analysis',
            'q.category',
            'q.level',
            'q.round',
            'q.prompt',
          ])
          .where('t.user_id', '=', userId)
          .where('t.kind', '=', 'question')
          .where('t.status', '=', 'analysed')
          .execute(),
        db
          .selectFrom('analyses as a')
          .innerJoin('questions as q', 'q.id', 'a.question_id')
          .select(['a.id', 'a.created_at', 'a.question_id', 'q.category', 'q.level', 'q.round', 'q.prompt'])
          .select(progressPart(dialect, 'a.result').as('analysis'))
          .where('a.user_id', '=', userId)
          .execute(),
      ]);
      return [...turns.map((row) => toAnswer(row, 'interview')), ...typed.map((row) => toAnswer(row, 'typed'))];
    },

    /** Scored coding submissions and code reviews. */
    async attempts(userId: string): Promise<UntitledAttempt[]> {
      const [code, reviews] = await Promise.all([
        db
          .selectFrom('code_attempts')
          .select(['problem_id', 'created_at', 'overall_score'])
          .where('user_id', '=', userId)
          .where('mode', '=', 'submit')
          .where('status', '=', 'done')
          .where('overall_score', 'is not', null)
          .execute(),
        db
          .selectFrom('review_submissions')
          .select(['exercise_id', 'created_at', 'overall_score'])
          .where('user_id', '=', userId)
          .execute(),
      ]);
      return [
        ...code.map((row) => ({
          kind: 'coding' as const,
          at: row.created_at,
          itemId: row.problem_id,
          overall: row.overall_score!,
        })),
        ...reviews.map((row) => ({
          kind: 'review' as const,
          at: row.created_at,
          itemId: row.exercise_id,
          overall: row.overall_score,
        })),
      ];
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;

// Coding attempts are kept in `code_attempts`, their inputs, report and follow-up answers as JSON text (portable
// between SQLite and PostgreSQL). Rows stay here: the service sees `CodeAttempt`.
import type { Kysely } from 'kysely';
import type { AnswerAnalysis, CodeCheckReport, CodeLanguage } from '@rehearse/core';
import type { CodeAttemptsTable, Database } from '../../db/schema.ts';

/** An answer to one of the debrief's questions, kept with its attempt. */
export interface FollowUpAnswer {
  readonly followUpId: string;
  readonly prompt: string;
  readonly answer: string;
  readonly analysis: AnswerAnalysis;
  readonly answeredAt: string;
}

export interface CodeAttempt {
  readonly id: string;
  readonly userId: string;
  readonly problemId: string;
  readonly language: CodeLanguage;
  readonly mode: 'run' | 'submit';
  readonly source: string;
  readonly customInputs: readonly string[];
  readonly status: 'queued' | 'done' | 'failed';
  readonly report: CodeCheckReport | null;
  readonly overallScore: number | null;
  readonly error: string | null;
  readonly followUpAnswers: readonly FollowUpAnswer[];
  /** The full loop this attempt is the coding round of, if any. */
  readonly interviewId: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** What a check adds to a queued attempt. */
export type CheckedAttempt = Pick<CodeAttempt, 'report' | 'overallScore' | 'finishedAt'>;

/** A full loop's coding round as the interview sees it: its best scored submit. */
export interface BestSubmit {
  readonly id: string;
  readonly problemId: string;
  readonly overall: number | null;
}

const attemptOf = (row: CodeAttemptsTable): CodeAttempt => ({
  id: row.id,
  userId: row.user_id,
  problemId: row.problem_id,
  language: row.language as CodeLanguage,
  mode: row.mode,
  source: row.source,
  customInputs: JSON.parse(row.custom_inputs) as string[],
  status: row.status,
  report: row.report === null ? null : (JSON.parse(row.report) as CodeCheckReport),
  overallScore: row.overall_score,
  error: row.error,
  followUpAnswers: JSON.parse(row.follow_up_answers) as FollowUpAnswer[],
  interviewId: row.interview_id,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

export function createCodeAttemptRepository(db: Kysely<Database>) {
  return {
    async insert(attempt: CodeAttempt): Promise<void> {
      await db
        .insertInto('code_attempts')
        .values({
          id: attempt.id,
          user_id: attempt.userId,
          problem_id: attempt.problemId,
          language: attempt.language,
          mode: attempt.mode,
          source: attempt.source,
          custom_inputs: JSON.stringify(attempt.customInputs),
          status: attempt.status,
          report: attempt.report === null ? null : JSON.stringify(attempt.report),
          overall_score: attempt.overallScore,
          error: attempt.error,
          follow_up_answers: JSON.stringify(attempt.followUpAnswers),
          interview_id: attempt.interviewId,
          created_at: attempt.createdAt,
          finished_at: attempt.finishedAt,
        })
        .execute();
    },

    async find(attemptId: string): Promise<CodeAttempt | undefined> {
      const row = await db.selectFrom('code_attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
      return row && attemptOf(row);
    },

    /** The user's attempt, or undefined when there is none of theirs with this id. */
    async findOwn(attemptId: string, userId: string): Promise<CodeAttempt | undefined> {
      const row = await db
        .selectFrom('code_attempts')
        .selectAll()
        .where('id', '=', attemptId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && attemptOf(row);
    },

    /** The check's result, kept only if the attempt is still queued (a retried job changes nothing). */
    async complete(attemptId: string, checked: CheckedAttempt): Promise<void> {
      await db
        .updateTable('code_attempts')
        .set({
          status: 'done',
          report: JSON.stringify(checked.report),
          overall_score: checked.overallScore,
          finished_at: checked.finishedAt,
        })
        .where('id', '=', attemptId)
        .where('status', '=', 'queued')
        .execute();
    },

    /** The check failed for good: kept only if the attempt is still queued. */
    async fail(attemptId: string, error: string, finishedAt: string): Promise<void> {
      await db
        .updateTable('code_attempts')
        .set({ status: 'failed', error, finished_at: finishedAt })
        .where('id', '=', attemptId)
        .where('status', '=', 'queued')
        .execute();
    },

    async saveFollowUpAnswers(attemptId: string, answers: readonly FollowUpAnswer[]): Promise<void> {
      await db
        .updateTable('code_attempts')
        .set({ follow_up_answers: JSON.stringify(answers) })
        .where('id', '=', attemptId)
        .execute();
    },

    /** The best checked submit of a full loop's coding round. */
    async bestSubmit(interviewId: string, userId: string): Promise<BestSubmit | undefined> {
      const row = await db
        .selectFrom('code_attempts')
        .select(['id', 'problem_id', 'overall_score'])
        .where('interview_id', '=', interviewId)
        .where('user_id', '=', userId)
        .where('status', '=', 'done')
        .where('mode', '=', 'submit')
        .orderBy('overall_score', 'desc')
        .executeTakeFirst();
      return row && { id: row.id, problemId: row.problem_id, overall: row.overall_score };
    },

    /** The user's attempts at one problem, newest first. */
    async ofProblem(userId: string, problemId: string, limit: number): Promise<CodeAttempt[]> {
      const rows = await db
        .selectFrom('code_attempts')
        .selectAll()
        .where('user_id', '=', userId)
        .where('problem_id', '=', problemId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(attemptOf);
    },
  };
}

export type CodeAttemptRepository = ReturnType<typeof createCodeAttemptRepository>;

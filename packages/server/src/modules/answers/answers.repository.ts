// Answers are kept in `interview_turns`, one row per asked turn, their structured parts as JSON text (portable
// between SQLite and PostgreSQL). Rows stay here: the rest of the server sees `Answer`.
import type { Kysely } from 'kysely';
import type {
  Answer,
  AnswerAnalysis,
  AnswerStatus,
  CameraPresenceSummary,
  FollowUpResult,
  SpokenAnswer,
} from '@rehearse/core';
import type { Database, InterviewTurnsTable } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';
import type { NarrativeFeedback } from '../llm/llm-feedback.ts';

/** An answer's analysis as stored: the core's analysis, what a follow-up added, and the language model's words. */
export type StoredFeedback = AnswerAnalysis & {
  readonly followUp?: FollowUpResult;
  readonly llm: NarrativeFeedback | null;
};

export type StoredAnswer = Answer<StoredFeedback>;

/** What may change on an answer after it was recorded. */
export type AnswerChanges = Partial<
  Pick<StoredAnswer, 'status' | 'text' | 'recordingId' | 'analysis' | 'spoken' | 'error' | 'updatedAt'>
>;

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
const text = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** A row of `interview_turns` as an answer (also for other modules' read models, such as the history). */
export function answerOfRow(row: InterviewTurnsTable): StoredAnswer {
  return {
    id: row.id,
    interviewId: row.interview_id,
    turnId: row.turn_id,
    userId: row.user_id,
    questionId: row.question_id,
    kind: row.kind,
    prompt: row.prompt,
    mode: row.mode,
    status: row.status,
    text: row.answer_text,
    recordingId: row.recording_id,
    analysis: json<StoredFeedback>(row.analysis),
    spoken: json<SpokenAnswer>(row.spoken),
    camera: json<CameraPresenceSummary>(row.camera),
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowChanges(changes: AnswerChanges): Partial<InterviewTurnsTable> {
  const row: Partial<InterviewTurnsTable> = {};
  if (changes.status !== undefined) row.status = changes.status;
  if (changes.text !== undefined) row.answer_text = changes.text;
  if (changes.recordingId !== undefined) row.recording_id = changes.recordingId;
  if (changes.analysis !== undefined) row.analysis = text(changes.analysis);
  if (changes.spoken !== undefined) row.spoken = text(changes.spoken);
  if (changes.error !== undefined) row.error = changes.error;
  if (changes.updatedAt !== undefined) row.updated_at = changes.updatedAt;
  return row;
}

export function createAnswerRepository(db: Kysely<Database>) {
  const on = (uow?: UnitOfWork) => executorOf(db, uow);

  return {
    async find(id: string, uow?: UnitOfWork): Promise<StoredAnswer | undefined> {
      const row = await on(uow).selectFrom('interview_turns').selectAll().where('id', '=', id).executeTakeFirst();
      return row && answerOfRow(row);
    },

    /** An interview's answers in the order they were given. */
    async ofInterview(interviewId: string, uow?: UnitOfWork): Promise<StoredAnswer[]> {
      const rows = await on(uow)
        .selectFrom('interview_turns')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('created_at')
        .execute();
      return rows.map(answerOfRow);
    },

    async insert(uow: UnitOfWork, answer: StoredAnswer): Promise<void> {
      await on(uow)
        .insertInto('interview_turns')
        .values({
          id: answer.id,
          interview_id: answer.interviewId,
          user_id: answer.userId,
          turn_id: answer.turnId,
          question_id: answer.questionId,
          kind: answer.kind,
          prompt: answer.prompt,
          mode: answer.mode,
          answer_text: answer.text,
          recording_id: answer.recordingId,
          status: answer.status,
          analysis: text(answer.analysis),
          spoken: text(answer.spoken),
          camera: text(answer.camera),
          error: answer.error,
          created_at: answer.createdAt,
          updated_at: answer.updatedAt,
        })
        .execute();
    },

    async update(uow: UnitOfWork, id: string, changes: AnswerChanges): Promise<void> {
      await on(uow).updateTable('interview_turns').set(rowChanges(changes)).where('id', '=', id).execute();
    },

    /** Updates an answer only while it is in `status`; false when it had moved on (a concurrent attempt won). */
    async updateIn(uow: UnitOfWork, id: string, status: AnswerStatus, changes: AnswerChanges): Promise<boolean> {
      const result = await on(uow)
        .updateTable('interview_turns')
        .set(rowChanges(changes))
        .where('id', '=', id)
        .where('status', '=', status)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** One answer of the user to a planned question, with its follow-ups (the later answers on that question). */
    async withFollowUps(userId: string, id: string) {
      const main = await db
        .selectFrom('interview_turns')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('kind', '=', 'question')
        .executeTakeFirst();
      if (!main) return undefined;
      const followUps = await db
        .selectFrom('interview_turns')
        .selectAll()
        .where('interview_id', '=', main.interview_id)
        .where('user_id', '=', userId)
        .where('question_id', '=', main.question_id)
        .where('kind', '=', 'follow-up')
        .orderBy('created_at')
        .execute();
      return { main: answerOfRow(main), followUps: followUps.map(answerOfRow) };
    },

    /** Question ids the user answered since `since`, so a new plan can avoid them. */
    async answeredSince(userId: string, since: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('interview_turns')
        .select('question_id')
        .where('user_id', '=', userId)
        .where('created_at', '>=', since)
        .execute();
      return new Set(rows.map((row) => row.question_id));
    },

    async removeOfInterview(uow: UnitOfWork, interviewId: string, userId: string): Promise<void> {
      await on(uow)
        .deleteFrom('interview_turns')
        .where('interview_id', '=', interviewId)
        .where('user_id', '=', userId)
        .execute();
    },
  };
}

export type AnswerRepository = ReturnType<typeof createAnswerRepository>;

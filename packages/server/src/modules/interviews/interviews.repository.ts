import type { Kysely, Transaction } from 'kysely';
import type { Database, InterviewsTable, InterviewTurnsTable } from '../../db/schema.ts';

export type InterviewRow = InterviewsTable;
export type TurnRow = InterviewTurnsTable;
type Executor = Kysely<Database> | Transaction<Database>;

export function createInterviewRepository(db: Kysely<Database>) {
  return {
    transaction: <T>(work: (trx: Transaction<Database>) => Promise<T>) => db.transaction().execute(work),

    insert: (row: InterviewRow) => db.insertInto('interviews').values(row).execute(),

    find: (id: string, userId: string, executor: Executor = db) =>
      executor
        .selectFrom('interviews')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst(),

    findById: (id: string, executor: Executor = db) =>
      executor.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst(),

    /** Saves a new state only if nobody else moved the interview since `expectedVersion` was read. */
    async saveState(
      executor: Executor,
      id: string,
      expectedVersion: number,
      changes: Pick<InterviewRow, 'state' | 'version' | 'status' | 'updated_at'>,
    ) {
      const result = await executor
        .updateTable('interviews')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    listByUser: (userId: string, limit: number) =>
      db
        .selectFrom('interviews')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute(),

    turns: (interviewId: string, executor: Executor = db) =>
      executor
        .selectFrom('interview_turns')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .orderBy('created_at')
        .execute(),

    findTurn: (rowId: string, executor: Executor = db) =>
      executor.selectFrom('interview_turns').selectAll().where('id', '=', rowId).executeTakeFirst(),

    insertTurn: (executor: Executor, row: TurnRow) => executor.insertInto('interview_turns').values(row).execute(),

    updateTurn: (executor: Executor, rowId: string, changes: Partial<TurnRow>) =>
      executor.updateTable('interview_turns').set(changes).where('id', '=', rowId).execute(),

    /** Updates a turn only while it is in `status`; false when it had moved on (a concurrent attempt won). */
    async updateTurnIn(executor: Executor, rowId: string, status: TurnRow['status'], changes: Partial<TurnRow>) {
      const result = await executor
        .updateTable('interview_turns')
        .set(changes)
        .where('id', '=', rowId)
        .where('status', '=', status)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
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

    async deleteInterview(id: string, userId: string) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('interview_turns').where('interview_id', '=', id).where('user_id', '=', userId).execute();
        const result = await trx
          .deleteFrom('interviews')
          .where('id', '=', id)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      });
    },
  };
}

export type InterviewRepository = ReturnType<typeof createInterviewRepository>;

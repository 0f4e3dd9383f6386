// Interviews are kept in `interviews`, their settings, plan and state as JSON text (portable between SQLite and
// PostgreSQL). Rows stay here: the rest of the module sees `Interview`.
import type { Kysely } from 'kysely';
import type { InterviewPlan, InterviewSettings, InterviewState } from '@rehearse/core';
import type { Database, InterviewsTable } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

export interface Interview {
  readonly id: string;
  readonly userId: string;
  readonly settings: InterviewSettings;
  readonly plan: InterviewPlan;
  readonly state: InterviewState;
  /** Moves with every change of state: a client's expected version refuses a stale or repeated request. */
  readonly version: number;
  readonly status: 'active' | 'completed';
  /** The interview this one asks again, for a retake. */
  readonly retakeOf: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type InterviewStateChange = Pick<Interview, 'state' | 'version' | 'status' | 'updatedAt'>;

const interviewOf = (row: InterviewsTable): Interview => ({
  id: row.id,
  userId: row.user_id,
  settings: JSON.parse(row.settings) as InterviewSettings,
  plan: JSON.parse(row.plan) as InterviewPlan,
  state: JSON.parse(row.state) as InterviewState,
  version: row.version,
  status: row.status,
  retakeOf: row.retake_of,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createInterviewRepository(db: Kysely<Database>) {
  const on = (uow?: UnitOfWork) => executorOf(db, uow);

  return {
    insert: async (interview: Interview) => {
      await db
        .insertInto('interviews')
        .values({
          id: interview.id,
          user_id: interview.userId,
          settings: JSON.stringify(interview.settings),
          plan: JSON.stringify(interview.plan),
          state: JSON.stringify(interview.state),
          version: interview.version,
          status: interview.status,
          retake_of: interview.retakeOf,
          created_at: interview.createdAt,
          updated_at: interview.updatedAt,
        })
        .execute();
    },

    /** The user's interview, or undefined when there is none of theirs with this id. */
    async find(id: string, userId: string): Promise<Interview | undefined> {
      const row = await db
        .selectFrom('interviews')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && interviewOf(row);
    },

    async findById(id: string, uow?: UnitOfWork): Promise<Interview | undefined> {
      const row = await on(uow).selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
      return row && interviewOf(row);
    },

    /** Saves a new state only if nobody else moved the interview since `expectedVersion` was read. */
    async saveState(uow: UnitOfWork, id: string, expectedVersion: number, change: InterviewStateChange) {
      const result = await on(uow)
        .updateTable('interviews')
        .set({
          state: JSON.stringify(change.state),
          version: change.version,
          status: change.status,
          updated_at: change.updatedAt,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listByUser(userId: string, limit: number): Promise<Interview[]> {
      const rows = await db
        .selectFrom('interviews')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(interviewOf);
    },

    async remove(uow: UnitOfWork, id: string, userId: string) {
      const result = await on(uow)
        .deleteFrom('interviews')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type InterviewRepository = ReturnType<typeof createInterviewRepository>;

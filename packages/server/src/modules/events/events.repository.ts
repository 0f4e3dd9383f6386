import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { InterviewUpdate } from '../interviews/interview-events.ts';

export type StoredUpdate = InterviewUpdate & { id: number };

const present = (row: { id: number | string; interview_id: string; reason: string; turn_id: string | null }) =>
  ({
    id: Number(row.id),
    interviewId: row.interview_id,
    reason: row.reason as InterviewUpdate['reason'],
    ...(row.turn_id ? { turnId: row.turn_id } : {}),
  }) satisfies StoredUpdate;

/** The interview_events table: appended by whichever process changed an interview, read by every web process. */
export function createEventRepository(db: Kysely<Database>) {
  return {
    async append(update: InterviewUpdate, now: string): Promise<number> {
      const row = await db
        .insertInto('interview_events')
        .values({
          interview_id: update.interviewId,
          reason: update.reason,
          turn_id: update.turnId ?? null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** Every update after an id, oldest first. */
    async after(id: number, limit: number): Promise<StoredUpdate[]> {
      const rows = await db
        .selectFrom('interview_events')
        .selectAll()
        .where('id', '>', id)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(present);
    },

    /** One interview's updates after an id (a browser that reconnects asks for what it missed). */
    async ofInterviewAfter(interviewId: string, id: number): Promise<StoredUpdate[]> {
      const rows = await db
        .selectFrom('interview_events')
        .selectAll()
        .where('interview_id', '=', interviewId)
        .where('id', '>', id)
        .orderBy('id')
        .limit(1000)
        .execute();
      return rows.map(present);
    },

    async latestId(): Promise<number> {
      const row = await db
        .selectFrom('interview_events')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    /** Forgets updates older than a date: a browser away that long reloads the interview anyway. */
    async pruneBefore(date: string): Promise<void> {
      await db.deleteFrom('interview_events').where('created_at', '<', date).execute();
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;

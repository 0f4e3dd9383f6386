import { sql, type Kysely } from 'kysely';
import type { Database, RecordingsTable } from '../../db/schema.ts';

export interface RecordingRow extends Omit<RecordingsTable, 'bytes'> {
  bytes: number;
}

type StoredRow = Omit<RecordingsTable, 'bytes'> & { bytes: number | string };

/** bigint comes back as a string from PostgreSQL and as a number from SQLite. */
const normalise = (row: StoredRow): RecordingRow => ({ ...row, bytes: Number(row.bytes) });

export function createRecordingRepository(db: Kysely<Database>) {
  return {
    /** Inserts the row unless one with this id exists (a repeated finalisation); returns the stored row. */
    async insert(row: RecordingRow): Promise<RecordingRow> {
      await db
        .insertInto('recordings')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return normalise(
        await db.selectFrom('recordings').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow(),
      );
    },

    async findOwned(id: string, userId: string): Promise<RecordingRow | undefined> {
      const row = await db
        .selectFrom('recordings')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && normalise(row);
    },

    async findById(id: string): Promise<RecordingRow | undefined> {
      const row = await db.selectFrom('recordings').selectAll().where('id', '=', id).executeTakeFirst();
      return row && normalise(row);
    },

    async findByAnswer(answerId: string, userId: string): Promise<RecordingRow | undefined> {
      const row = await db
        .selectFrom('recordings')
        .selectAll()
        .where('answer_id', '=', answerId)
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      return row && normalise(row);
    },

    /** Recordings of answers whose ids start with `prefix` (an interview's answers are `<interview id>:<turn>`). */
    async listByAnswerPrefix(prefix: string, userId: string): Promise<RecordingRow[]> {
      const rows = await db
        .selectFrom('recordings')
        .selectAll()
        .where(sql<string>`substr(answer_id, 1, ${prefix.length})`, '=', prefix)
        .where('user_id', '=', userId)
        .execute();
      return rows.map(normalise);
    },

    /** Which of these recording ids still exist for the user. */
    /** Bytes of every stored recording of the user. */
    async bytesUsed(userId: string): Promise<number> {
      const row = await db
        .selectFrom('recordings')
        .select((eb) => eb.fn.sum<number | string | null>('bytes').as('total'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(row?.total ?? 0);
    },

    async existing(ids: readonly string[], userId: string): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('recordings')
        .select('id')
        .where('id', 'in', [...ids])
        .where('user_id', '=', userId)
        .execute();
      return rows.map((row) => row.id);
    },

    async listByUser(userId: string): Promise<RecordingRow[]> {
      const rows = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).execute();
      return rows.map(normalise);
    },

    async delete(id: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('recordings')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type RecordingRepository = ReturnType<typeof createRecordingRepository>;

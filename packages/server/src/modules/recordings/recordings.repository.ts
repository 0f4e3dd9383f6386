// The recordings' SQL. Rows stay here: the service sees a KeptRecording, the recording with the key of its file.
import { sql, type Kysely } from 'kysely';
import type { Database, RecordingsTable } from '../../db/schema.ts';

/** A stored recording as the rest of the server sees it (its file path stays inside this module). */
export interface Recording {
  id: string;
  userId: string;
  answerId: string | null;
  mime: string;
  bytes: number;
  /** SHA-256 (hex) of the bytes as uploaded, before any remux: what the client can compare with its own copy. */
  sha256: string;
  durationSec: number | null;
  createdAt: string;
}

/** A recording with where its file is kept: a key of the recordings' storage, relative to DATA_DIR. */
export interface KeptRecording extends Recording {
  path: string;
}

type StoredRow = Omit<RecordingsTable, 'bytes'> & { bytes: number | string };

/** bigint comes back as a string from PostgreSQL and as a number from SQLite. */
const normalise = (row: StoredRow): KeptRecording => ({
  ...{ id: row.id, userId: row.user_id, answerId: row.answer_id, path: row.path, mime: row.mime },
  ...{ bytes: Number(row.bytes), sha256: row.sha256, durationSec: row.duration_sec, createdAt: row.created_at },
});

export function createRecordingRepository(db: Kysely<Database>) {
  return {
    /** Inserts the recording unless one with this id exists (a repeated finalisation); returns the stored one. */
    async insert(r: KeptRecording): Promise<KeptRecording> {
      await db
        .insertInto('recordings')
        .values({
          ...{ id: r.id, user_id: r.userId, answer_id: r.answerId, path: r.path, mime: r.mime, bytes: r.bytes },
          ...{ sha256: r.sha256, duration_sec: r.durationSec, created_at: r.createdAt },
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return normalise(await db.selectFrom('recordings').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow());
    },

    async findOwned(id: string, userId: string): Promise<KeptRecording | undefined> {
      const row = await db
        .selectFrom('recordings')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && normalise(row);
    },

    async findById(id: string): Promise<KeptRecording | undefined> {
      const row = await db.selectFrom('recordings').selectAll().where('id', '=', id).executeTakeFirst();
      return row && normalise(row);
    },

    async findByAnswer(answerId: string, userId: string): Promise<KeptRecording | undefined> {
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
    async listByAnswerPrefix(prefix: string, userId: string): Promise<KeptRecording[]> {
      const rows = await db
        .selectFrom('recordings')
        .selectAll()
        .where(sql<string>`substr(answer_id, 1, ${prefix.length})`, '=', prefix)
        .where('user_id', '=', userId)
        .execute();
      return rows.map(normalise);
    },

    /** Bytes of every stored recording of the user. */
    async bytesUsed(userId: string): Promise<number> {
      const row = await db
        .selectFrom('recordings')
        .select((eb) => eb.fn.sum<number | string | null>('bytes').as('total'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(row?.total ?? 0);
    },

    /** Which of these recording ids still exist for the user. */
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

    async listByUser(userId: string): Promise<KeptRecording[]> {
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

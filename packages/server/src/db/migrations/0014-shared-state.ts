import { PostgresAdapter, type Kysely } from 'kysely';

// State that every process of a scaled deployment must see. interview_events: what changed in an interview, in
// one order across processes (the id), so a browser connected to any web process hears what a worker did, and one
// that reconnects asks for what it missed after the last id it saw. live_transcripts: a transcript heard while
// an answer was uploaded to one web process, for the worker that analyses the answer; keyed by the answer and
// the SHA-256 of the bytes it heard, so it stands only for exactly that recording.
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('interview_events')
    .addColumn('id', postgres ? 'bigint' : 'integer', (col) =>
      postgres ? col.generatedAlwaysAsIdentity().primaryKey() : col.primaryKey().autoIncrement(),
    )
    .addColumn('interview_id', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('turn_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('interview_events_interview_idx')
    .on('interview_events')
    .columns(['interview_id', 'id'])
    .execute();
  await db.schema
    .createTable('live_transcripts')
    .addColumn('answer_id', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('live_transcripts_pk', ['answer_id', 'sha256'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('live_transcripts').ifExists().execute();
  await db.schema.dropTable('interview_events').ifExists().execute();
}

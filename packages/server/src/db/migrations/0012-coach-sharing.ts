import type { Kysely } from 'kysely';

// Sharing with a coach (#16). A share opens one interview of its owner (interview_id) or all of them (null) to one
// coach: named at once by an invitation, or bound when a coach first opens a link (whose token is kept only as its
// SHA-256). Revoking keeps the row, so the candidate's list says what happened. Comments sit on one answer: at a
// moment of its recording, or on a sentence of its transcript.
//
// Foreign keys with ON DELETE CASCADE do the forgetting: deleting an interview removes its shares and comments,
// deleting a recording removes the comments placed on it (SQLite enforces them: database.ts turns foreign_keys on).
// Accounts live in better-auth's table, created after our migrations, so the sharing service removes an account's
// shares and comments itself.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.references('interviews.id').onDelete('cascade'))
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text')
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('shares_owner_idx').on('shares').columns(['owner_id', 'created_at']).execute();
  await db.schema.createIndex('shares_coach_idx').on('shares').column('coach_id').execute();
  await db.schema.createIndex('shares_interview_idx').on('shares').column('interview_id').execute();

  await db.schema
    .createTable('share_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('turn_id', 'text', (c) => c.notNull())
    .addColumn('recording_id', 'text', (c) => c.references('recordings.id').onDelete('cascade'))
    .addColumn('at_sec', 'double precision')
    .addColumn('sentence_index', 'integer')
    .addColumn('quote', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('share_comments_interview_idx')
    .on('share_comments')
    .columns(['interview_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('share_comments_owner_idx')
    .on('share_comments')
    .columns(['owner_id', 'read_at'])
    .execute();
  await db.schema.createIndex('share_comments_recording_idx').on('share_comments').column('recording_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('share_comments').ifExists().execute();
  await db.schema.dropTable('shares').ifExists().execute();
}

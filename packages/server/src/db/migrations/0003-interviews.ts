import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interviews_user_idx').on('interviews').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('interview_turns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('turn_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('recording_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text')
    .addColumn('spoken', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interview_turns_interview_idx')
    .on('interview_turns')
    .columns(['interview_id', 'turn_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('interview_turns_user_idx')
    .on('interview_turns')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('interview_turns').ifExists().execute();
  await db.schema.dropTable('interviews').ifExists().execute();
}

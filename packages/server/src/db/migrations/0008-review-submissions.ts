import type { Kysely } from 'kysely';

// A candidate's review of a code-review exercise (their comments, summary and verdict) with its check, kept in
// their history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('exercise_id', 'text', (c) => c.notNull())
    .addColumn('submission', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('overall_score', 'integer', (c) => c.notNull())
    .addColumn('interview_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_submissions_user_idx')
    .on('review_submissions')
    .columns(['user_id', 'exercise_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('review_submissions').ifExists().execute();
}

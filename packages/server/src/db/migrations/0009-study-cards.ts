import type { Kysely } from 'kysely';

// Study mode: a flash card per (user, question) with its FSRS schedule, the log of every grading (from a flash
// card or from an analysed practice answer, which grades its card once: answer_id is unique), and each user's
// daily limits. FSRS's memory state is fractional: double precision on both databases.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('study_cards')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('stability', 'double precision', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('last_review', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('study_cards_pk', ['user_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('study_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('answer_id', 'text')
    .addColumn('coverage', 'double precision')
    .addColumn('state_before', 'text', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('stability', 'double precision', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .execute();
  // Both databases let many rows hold a null in a unique column: flash-card reviews have no answer.
  await db.schema.createIndex('study_reviews_answer_idx').on('study_reviews').column('answer_id').unique().execute();
  await db.schema
    .createIndex('study_reviews_user_idx')
    .on('study_reviews')
    .columns(['user_id', 'reviewed_at'])
    .execute();
  await db.schema
    .createIndex('study_reviews_card_idx')
    .on('study_reviews')
    .columns(['user_id', 'question_id', 'reviewed_at'])
    .execute();

  await db.schema
    .createTable('study_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('new_per_day', 'integer', (c) => c.notNull())
    .addColumn('reviews_per_day', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('study_settings').ifExists().execute();
  await db.schema.dropTable('study_reviews').ifExists().execute();
  await db.schema.dropTable('study_cards').ifExists().execute();
}

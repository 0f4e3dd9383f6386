import type { Kysely } from 'kysely';

// Progress and history read a user's answers and attempts by date, and every attempt at one question: the
// indexes those reads walk, so they stay index range scans as a history grows.
const INDEXES = [
  {
    name: 'interview_turns_user_question_idx',
    table: 'interview_turns',
    columns: ['user_id', 'question_id', 'created_at'],
  },
  { name: 'analyses_user_question_idx', table: 'analyses', columns: ['user_id', 'question_id', 'created_at'] },
  { name: 'code_attempts_user_created_idx', table: 'code_attempts', columns: ['user_id', 'created_at'] },
  { name: 'review_submissions_user_created_idx', table: 'review_submissions', columns: ['user_id', 'created_at'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) await db.schema.createIndex(index.name).on(index.table).columns(index.columns).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) await db.schema.dropIndex(index.name).ifExists().execute();
}

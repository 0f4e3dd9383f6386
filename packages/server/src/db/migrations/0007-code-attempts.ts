import type { Kysely } from 'kysely';

// A candidate's code for a coding problem, checked in the sandbox by a background job: "run" (the visible tests
// and their own inputs) or "submit" (every test, scored). The report is kept as JSON text, and so are the
// candidate's answers to the interviewer's follow-up questions with their analyses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('code_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('custom_inputs', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('report', 'text')
    .addColumn('overall_score', 'integer')
    .addColumn('error', 'text')
    .addColumn('follow_up_answers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('interview_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('code_attempts_user_problem_idx')
    .on('code_attempts')
    .columns(['user_id', 'problem_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('code_attempts').ifExists().execute();
}

import type { Kysely } from 'kysely';

// A retake asks the same questions again; it points at the interview it retakes, so its summary can show the
// change since then. Null for an interview planned afresh.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interviews').addColumn('retake_of', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interviews').dropColumn('retake_of').execute();
}

import type { Kysely } from 'kysely';

// A video answer's camera presence (the server's summary of the browser's per-frame judgements) as JSON text;
// null for typed and audio answers, and for video answers sent without it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interview_turns').addColumn('camera', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('interview_turns').dropColumn('camera').execute();
}

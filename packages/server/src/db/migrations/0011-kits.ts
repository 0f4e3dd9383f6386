import type { Kysely } from 'kysely';

// Interview kits (#16): a kit per owner with its questions as JSON text (bank ids or its own questions, in
// order); scorecards of candidates on a kit, one per interviewer and candidate; practice links, kept as the
// SHA-256 of their token (the token itself is shown once).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('competencies', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('discussion_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kits_owner_idx').on('kits').columns(['owner_id', 'updated_at']).execute();

  await db.schema
    .createTable('kit_scorecards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kit_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('candidate', 'text', (c) => c.notNull())
    .addColumn('interviewer', 'text', (c) => c.notNull())
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kit_scorecards_kit_idx').on('kit_scorecards').columns(['kit_id', 'candidate']).execute();

  await db.schema
    .createTable('kit_practice_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('kit_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kit_practice_links').ifExists().execute();
  await db.schema.dropTable('kit_scorecards').ifExists().execute();
  await db.schema.dropTable('kits').ifExists().execute();
}

import type { Kysely } from 'kysely';

// What a personal access token may do: `read` (safe methods only), `write` (everything the owner may, but admin
// rights) or `admin` (admin rights too, only for administrators who ask for it). Tokens made before scopes
// existed keep what they could do, less admin rights: `write`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('access_tokens')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('write'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('access_tokens').dropColumn('scope').execute();
}

import type { Kysely } from 'kysely';

// Teams (#16): a team, its members with a role (owner or interviewer), and invitations by email that expire.
// Kits gain the team they belong to (null: a personal kit). Scorecards gain when they were submitted: until then
// a scorecard is its author's draft, and its author sees no other interviewer's scores of that candidate.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema.createIndex('team_members_user_idx').on('team_members').column('user_id').execute();

  await db.schema
    .createTable('team_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema.createIndex('team_invitations_team_idx').on('team_invitations').column('team_id').execute();
  await db.schema.createIndex('team_invitations_email_idx').on('team_invitations').column('email').execute();

  await db.schema.alterTable('kits').addColumn('team_id', 'text').execute();
  await db.schema.createIndex('kits_team_idx').on('kits').columns(['team_id', 'updated_at']).execute();

  await db.schema.alterTable('kit_scorecards').addColumn('submitted_at', 'text').execute();
  // Scorecards written before drafts existed were final when saved.
  await (db as Kysely<{ kit_scorecards: { submitted_at: string | null; updated_at: string } }>)
    .updateTable('kit_scorecards')
    .set((eb) => ({ submitted_at: eb.ref('updated_at') }))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('kit_scorecards').dropColumn('submitted_at').execute();
  await db.schema.dropIndex('kits_team_idx').ifExists().execute();
  await db.schema.alterTable('kits').dropColumn('team_id').execute();
  await db.schema.dropTable('team_invitations').ifExists().execute();
  await db.schema.dropTable('team_members').ifExists().execute();
  await db.schema.dropTable('teams').ifExists().execute();
}

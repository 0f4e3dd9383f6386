// The kits' SQL: kits (personal, or a team's), their scorecards and practice links. Rows in, rows out; the service turns them into the
// domain's types.
import type { Kysely } from 'kysely';
import type { Database, KitPracticeLinksTable, KitScorecardsTable, KitsTable } from '../../db/schema.ts';

export type KitRow = KitsTable;
export type ScorecardRow = KitScorecardsTable;

export function createKitRepository(db: Kysely<Database>) {
  return {
    insert: (row: KitRow) => db.insertInto('kits').values(row).execute(),
    find: (id: string) => db.selectFrom('kits').selectAll().where('id', '=', id).executeTakeFirst(),
    /** The user's personal kits and their teams' kits, last changed first. */
    listVisible: (userId: string) =>
      db
        .selectFrom('kits')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb.and([eb('team_id', 'is', null), eb('owner_id', '=', userId)]),
            eb('team_id', 'in', eb.selectFrom('team_members').select('team_id').where('user_id', '=', userId)),
          ]),
        )
        .orderBy('updated_at', 'desc')
        .limit(200)
        .execute(),
    async update(id: string, changes: Omit<KitRow, 'id' | 'owner_id' | 'team_id' | 'created_at'>) {
      await db.updateTable('kits').set(changes).where('id', '=', id).execute();
    },
    /** The kit, its scorecards and its practice links go together. */
    async remove(id: string) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('kit_practice_links').where('kit_id', '=', id).execute();
        await trx.deleteFrom('kit_scorecards').where('kit_id', '=', id).execute();
        await trx.deleteFrom('kits').where('id', '=', id).execute();
      });
    },

    insertScorecard: (row: ScorecardRow) => db.insertInto('kit_scorecards').values(row).execute(),
    findScorecard: (kitId: string, id: string) =>
      db.selectFrom('kit_scorecards').selectAll().where('kit_id', '=', kitId).where('id', '=', id).executeTakeFirst(),
    async updateScorecard(
      id: string,
      changes: Pick<
        ScorecardRow,
        'candidate' | 'interviewer' | 'entries' | 'recommendation' | 'submitted_at' | 'updated_at'
      >,
    ) {
      await db.updateTable('kit_scorecards').set(changes).where('id', '=', id).execute();
    },
    listScorecards(kitId: string, candidate?: string) {
      let query = db.selectFrom('kit_scorecards').selectAll().where('kit_id', '=', kitId);
      if (candidate !== undefined) query = query.where('candidate', '=', candidate);
      return query.orderBy('created_at', 'asc').limit(500).execute();
    },

    insertLink: (row: KitPracticeLinksTable) => db.insertInto('kit_practice_links').values(row).execute(),
    findLink: (tokenHash: string) =>
      db.selectFrom('kit_practice_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
  };
}

export type KitRepository = ReturnType<typeof createKitRepository>;

// Account deletion's part in kits. Personal kits go, with their scorecards and practice links, and so do the kits
// of a team the account is alone in (the team goes too). A kit of a team that lives on is the team's: it stays,
// handed to another owner of the team. The scorecards the account wrote on other kits go: they are its words.
// Runs before teams forget the membership (it reads who else is in each team).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

type Executor = Kysely<Database>;

async function successorsByTeam(trx: Executor, userId: string) {
  const owners = await trx
    .selectFrom('team_members')
    .select(['team_id', 'user_id'])
    .where('role', '=', 'owner')
    .where('user_id', '!=', userId)
    .where('team_id', 'in', trx.selectFrom('team_members').select('team_id').where('user_id', '=', userId))
    .orderBy('joined_at')
    .execute();
  const successors = new Map<string, string>();
  for (const owner of owners) if (!successors.has(owner.team_id)) successors.set(owner.team_id, owner.user_id);
  return successors;
}

async function teamsAlone(trx: Executor, userId: string) {
  const rows = await trx
    .selectFrom('team_members as me')
    .select('me.team_id')
    .where('me.user_id', '=', userId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('team_members as o')
            .select('o.user_id')
            .whereRef('o.team_id', '=', 'me.team_id')
            .where('o.user_id', '!=', userId),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.team_id);
}

async function deleteKits(trx: Executor, ids: readonly string[]) {
  if (ids.length === 0) return;
  await trx.deleteFrom('kit_practice_links').where('kit_id', 'in', ids).execute();
  await trx.deleteFrom('kit_scorecards').where('kit_id', 'in', ids).execute();
  await trx.deleteFrom('kits').where('id', 'in', ids).execute();
}

export const forgetKits = (db: Kysely<Database>) => async (userId: string, uow: UnitOfWork) => {
  const trx = executorOf(db, uow);
  const successors = await successorsByTeam(trx, userId);
  const alone = await teamsAlone(trx, userId);
  const owned = await trx.selectFrom('kits').select(['id', 'team_id']).where('owner_id', '=', userId).execute();
  const goes = owned.filter((kit) => kit.team_id === null || !successors.has(kit.team_id)).map((kit) => kit.id);
  if (alone.length > 0) {
    const ofTeamsAlone = await trx.selectFrom('kits').select('id').where('team_id', 'in', alone).execute();
    goes.push(...ofTeamsAlone.map((kit) => kit.id));
  }
  await deleteKits(trx, [...new Set(goes)]);
  for (const kit of owned) {
    const successor = kit.team_id === null ? undefined : successors.get(kit.team_id);
    if (successor) await trx.updateTable('kits').set({ owner_id: successor }).where('id', '=', kit.id).execute();
  }
  await trx.deleteFrom('kit_scorecards').where('author_id', '=', userId).execute();
};

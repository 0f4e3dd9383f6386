// Account deletion's part in teams. A team always keeps an owner, so an account that is the last owner of a team
// others still belong to is refused until it makes one of them an owner. A team the account is alone in goes with
// it (with its invitations); from any other team the account simply leaves, as does every invitation to its email.
import { DomainError } from '@rehearse/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { executorOf, type UnitOfWork } from '../../db/unit-of-work.ts';

type Executor = Kysely<Database>;

async function teamsOf(trx: Executor, userId: string) {
  const rows = await trx
    .selectFrom('team_members as me')
    .innerJoin('teams', 'teams.id', 'me.team_id')
    .innerJoin('team_members as m', 'm.team_id', 'me.team_id')
    .where('me.user_id', '=', userId)
    .select(['teams.id', 'teams.name', 'me.role', 'm.user_id as member', 'm.role as member_role'])
    .execute();
  const teams = new Map<string, { name: string; mine: string; others: number; otherOwners: number }>();
  for (const row of rows) {
    const team = teams.get(row.id) ?? { name: row.name, mine: row.role, others: 0, otherOwners: 0 };
    if (row.member !== userId) {
      team.others += 1;
      if (row.member_role === 'owner') team.otherOwners += 1;
    }
    teams.set(row.id, team);
  }
  return teams;
}

export const forgetTeams =
  (db: Kysely<Database>) => async (account: { id: string; email: string }, uow: UnitOfWork) => {
    const trx = executorOf(db, uow);
    const teams = await teamsOf(trx, account.id);
    for (const team of teams.values())
      if (team.mine === 'owner' && team.others > 0 && team.otherOwners === 0)
        throw new DomainError(
          'conflict',
          'last-team-owner',
          `You are the last owner of the team "${team.name}": make another member an owner, or remove its other members, before deleting your account.`,
        );
    const alone = [...teams].filter(([, team]) => team.others === 0).map(([id]) => id);
    await trx.deleteFrom('team_members').where('user_id', '=', account.id).execute();
    await trx.deleteFrom('team_invitations').where('email', '=', account.email.toLowerCase()).execute();
    if (alone.length === 0) return;
    await trx.deleteFrom('team_invitations').where('team_id', 'in', alone).execute();
    await trx.deleteFrom('teams').where('id', 'in', alone).execute();
  };

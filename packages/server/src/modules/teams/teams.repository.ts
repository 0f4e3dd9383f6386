// The teams' SQL: teams, their members (with the members' names and emails) and invitations.
import type { Kysely } from 'kysely';
import type { Database, TeamInvitationsTable, TeamMembersTable, TeamsTable } from '../../db/schema.ts';

export type TeamRow = TeamsTable;
export type MemberRow = TeamMembersTable;
export type InvitationRow = TeamInvitationsTable;

export function createTeamRepository(db: Kysely<Database>) {
  return {
    /** The team and its first owner together: a team never exists without an owner. */
    async insertTeam(team: TeamRow, owner: MemberRow) {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('teams').values(team).execute();
        await trx.insertInto('team_members').values(owner).execute();
      });
    },
    findTeam: (id: string) => db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst(),
    listForUser: (userId: string) =>
      db
        .selectFrom('teams')
        .innerJoin('team_members as me', 'me.team_id', 'teams.id')
        .where('me.user_id', '=', userId)
        .select(['teams.id', 'teams.name', 'teams.created_at', 'me.role'])
        .select((eb) =>
          eb
            .selectFrom('team_members as m')
            .whereRef('m.team_id', '=', 'teams.id')
            .select(eb.fn.countAll<number>().as('n'))
            .as('member_count'),
        )
        .orderBy('teams.name')
        .limit(100)
        .execute(),

    members: (teamId: string) =>
      db
        .selectFrom('team_members')
        .innerJoin('user', 'user.id', 'team_members.user_id')
        .where('team_members.team_id', '=', teamId)
        .select(['team_members.user_id', 'team_members.role', 'team_members.joined_at', 'user.name', 'user.email'])
        .orderBy('team_members.joined_at')
        .execute(),
    async roleOf(teamId: string, userId: string) {
      const row = await db
        .selectFrom('team_members')
        .select('role')
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.role ?? null;
    },
    async setRole(teamId: string, userId: string, role: MemberRow['role']) {
      await db
        .updateTable('team_members')
        .set({ role })
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .execute();
    },
    async removeMember(teamId: string, userId: string) {
      await db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', '=', userId).execute();
    },

    insertInvitation: (row: InvitationRow) => db.insertInto('team_invitations').values(row).execute(),
    findInvitation: (id: string) =>
      db.selectFrom('team_invitations').selectAll().where('id', '=', id).executeTakeFirst(),
    invitationsOf: (teamId: string) =>
      db
        .selectFrom('team_invitations')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute(),
    /** Pending invitations to this address, with their team's name. */
    invitationsTo: (email: string) =>
      db
        .selectFrom('team_invitations')
        .innerJoin('teams', 'teams.id', 'team_invitations.team_id')
        .selectAll('team_invitations')
        .select('teams.name as team_name')
        .where('team_invitations.email', '=', email)
        .where('team_invitations.status', '=', 'pending')
        .orderBy('team_invitations.created_at', 'desc')
        .limit(100)
        .execute(),
    /** Answers a pending invitation; false when it was answered meanwhile (then nothing changed). */
    async answer(id: string, status: 'accepted' | 'declined' | 'revoked', at: string, member?: MemberRow) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('team_invitations')
          .set({ status, answered_at: at })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        if (member) await trx.insertInto('team_members').values(member).execute();
        return true;
      });
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;

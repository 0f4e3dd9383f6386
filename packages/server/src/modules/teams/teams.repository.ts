// The teams' SQL: teams, their members (with the members' names and emails) and invitations. Rows stay here: the
// service sees teams, members and invitations in domain terms.
import type { Kysely } from 'kysely';
import type { InvitationStatus, TeamRole } from '@rehearse/core';
import type { Database, TeamInvitationsTable } from '../../db/schema.ts';

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** A user's place in a team. */
export interface Membership {
  readonly teamId: string;
  readonly userId: string;
  readonly role: TeamRole;
  readonly joinedAt: string;
}

/** A member as the team's page shows them: with their name and email. */
export interface TeamMember extends Omit<Membership, 'teamId'> {
  readonly name: string;
  readonly email: string;
}

/** A team in the list of a user's teams: their role in it and how many are in it. */
export interface TeamOfUser extends Pick<Team, 'id' | 'name' | 'createdAt'> {
  readonly role: TeamRole;
  readonly memberCount: number;
}

export interface TeamInvitation {
  readonly id: string;
  readonly teamId: string;
  /** Lower-cased. */
  readonly email: string;
  readonly role: TeamRole;
  readonly invitedBy: string;
  readonly status: InvitationStatus;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly answeredAt: string | null;
}

/** An invitation to the viewer, with its team's name. */
export interface InvitationToTeam extends TeamInvitation {
  readonly teamName: string;
}

const invitationOf = (row: TeamInvitationsTable): TeamInvitation => ({
  id: row.id,
  teamId: row.team_id,
  email: row.email,
  role: row.role,
  invitedBy: row.invited_by,
  status: row.status,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  answeredAt: row.answered_at,
});

const memberRow = (m: Membership) => ({ team_id: m.teamId, user_id: m.userId, role: m.role, joined_at: m.joinedAt });

export function createTeamRepository(db: Kysely<Database>) {
  return {
    /** The team and its first owner together: a team never exists without an owner. */
    async insertTeam(team: Team, owner: Membership): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('teams')
          .values({ id: team.id, name: team.name, created_by: team.createdBy, created_at: team.createdAt })
          .execute();
        await trx.insertInto('team_members').values(memberRow(owner)).execute();
      });
    },
    async findTeam(id: string): Promise<Team | undefined> {
      const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: row.name, createdBy: row.created_by, createdAt: row.created_at };
    },
    async listForUser(userId: string): Promise<TeamOfUser[]> {
      const rows = await db
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
        .execute();
      return rows.map((t) => ({
        ...{ id: t.id, name: t.name, role: t.role },
        ...{ memberCount: Number(t.member_count), createdAt: t.created_at },
      }));
    },

    async members(teamId: string): Promise<TeamMember[]> {
      const rows = await db
        .selectFrom('team_members')
        .innerJoin('user', 'user.id', 'team_members.user_id')
        .where('team_members.team_id', '=', teamId)
        .select(['team_members.user_id', 'team_members.role', 'team_members.joined_at', 'user.name', 'user.email'])
        .orderBy('team_members.joined_at')
        .execute();
      return rows.map((m) => ({
        userId: m.user_id,
        role: m.role,
        joinedAt: m.joined_at,
        name: m.name,
        email: m.email,
      }));
    },
    async roleOf(teamId: string, userId: string): Promise<TeamRole | null> {
      const row = await db
        .selectFrom('team_members')
        .select('role')
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.role ?? null;
    },
    async setRole(teamId: string, userId: string, role: TeamRole): Promise<void> {
      await db
        .updateTable('team_members')
        .set({ role })
        .where('team_id', '=', teamId)
        .where('user_id', '=', userId)
        .execute();
    },
    async removeMember(teamId: string, userId: string): Promise<void> {
      await db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', '=', userId).execute();
    },

    async insertInvitation(i: TeamInvitation): Promise<void> {
      await db
        .insertInto('team_invitations')
        .values({
          ...{ id: i.id, team_id: i.teamId, email: i.email, role: i.role, invited_by: i.invitedBy },
          ...{ status: i.status, created_at: i.createdAt, expires_at: i.expiresAt, answered_at: i.answeredAt },
        })
        .execute();
    },
    async findInvitation(id: string): Promise<TeamInvitation | undefined> {
      const row = await db.selectFrom('team_invitations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && invitationOf(row);
    },
    async invitationsOf(teamId: string): Promise<TeamInvitation[]> {
      const rows = await db
        .selectFrom('team_invitations')
        .selectAll()
        .where('team_id', '=', teamId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return rows.map(invitationOf);
    },
    /** Pending invitations to this address, with their team's name. */
    async invitationsTo(email: string): Promise<InvitationToTeam[]> {
      const rows = await db
        .selectFrom('team_invitations')
        .innerJoin('teams', 'teams.id', 'team_invitations.team_id')
        .selectAll('team_invitations')
        .select('teams.name as team_name')
        .where('team_invitations.email', '=', email)
        .where('team_invitations.status', '=', 'pending')
        .orderBy('team_invitations.created_at', 'desc')
        .limit(100)
        .execute();
      return rows.map((row) => ({ ...invitationOf(row), teamName: row.team_name }));
    },
    /** Answers a pending invitation; false when it was answered meanwhile (then nothing changed). */
    async answer(
      id: string,
      status: 'accepted' | 'declined' | 'revoked',
      at: string,
      member?: Membership,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('team_invitations')
          .set({ status, answered_at: at })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        if (member) await trx.insertInto('team_members').values(memberRow(member)).execute();
        return true;
      });
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;

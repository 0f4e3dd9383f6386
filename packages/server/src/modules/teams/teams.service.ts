// Teams: create one (its creator is its first owner), see its members and invitations, invite by email, answer an
// invitation, change a member's role, remove a member or leave. A team is visible to its members only: to anyone
// else it does not exist. Rules live in core's teams; this loads, asks them, and writes.
import { randomUUID } from 'node:crypto';
import {
  checkAnswer,
  checkInvite,
  checkKeepsOwner,
  DomainError,
  invitationExpiry,
  isExpired,
  notFound,
  requireOwner,
  type TeamRole,
} from '@rehearse/core';
import type { TeamInvitation, TeamRepository } from './teams.repository.ts';

export interface TeamViewer {
  id: string;
  email: string;
}

export interface TeamServiceDeps {
  repository: TeamRepository;
  now?: () => Date;
}

export function createTeamService(deps: TeamServiceDeps) {
  const { repository } = deps;
  const now = () => (deps.now ?? (() => new Date()))();

  /** The viewer's role in the team; a team they are not in is as absent as a missing one. */
  async function membership(teamId: string, viewer: TeamViewer) {
    const team = await repository.findTeam(teamId);
    const role = team ? await repository.roleOf(teamId, viewer.id) : null;
    if (!team || !role) throw notFound('team', teamId);
    return { team, role };
  }

  const presentInvitation = (i: TeamInvitation, at: Date) => ({
    ...{ id: i.id, email: i.email, role: i.role, status: i.status },
    ...{ expired: isExpired(i, at), createdAt: i.createdAt, expiresAt: i.expiresAt },
  });

  async function answerable(id: string, viewer: TeamViewer) {
    const invitation = await repository.findInvitation(id);
    if (!invitation) throw notFound('invitation', id);
    checkAnswer(invitation, viewer, now());
    return invitation;
  }

  return {
    /** For the kits: which role the user has in the team, or null. */
    roleOf: (teamId: string, userId: string) => repository.roleOf(teamId, userId),

    list: (viewer: TeamViewer) => repository.listForUser(viewer.id),

    async create(input: { name: string }, viewer: TeamViewer) {
      const at = now().toISOString();
      const id = randomUUID();
      await repository.insertTeam(
        { id, name: input.name, createdBy: viewer.id, createdAt: at },
        { teamId: id, userId: viewer.id, role: 'owner', joinedAt: at },
      );
      return this.get(id, viewer);
    },

    async get(id: string, viewer: TeamViewer) {
      const { team, role } = await membership(id, viewer);
      const at = now();
      const members = await repository.members(id);
      // Interviewers see who is in the team; who else was invited is the owners' business.
      const invitations =
        role === 'owner'
          ? (await repository.invitationsOf(id))
              .filter((i) => i.status === 'pending')
              .map((i) => presentInvitation(i, at))
          : [];
      return {
        id: team.id,
        name: team.name,
        role,
        members: members.map((m) => ({
          ...{ userId: m.userId, name: m.name, email: m.email },
          ...{ role: m.role, joinedAt: m.joinedAt },
        })),
        invitations,
        createdAt: team.createdAt,
      };
    },

    async invite(teamId: string, input: { email: string; role: TeamRole }, viewer: TeamViewer) {
      const { role } = await membership(teamId, viewer);
      requireOwner(role);
      const email = input.email.trim().toLowerCase();
      const at = now();
      const members = await repository.members(teamId);
      const invitations = await repository.invitationsOf(teamId);
      checkInvite(
        email,
        members.map((m) => m.email),
        invitations,
        at,
      );
      const invitation: TeamInvitation = {
        ...{ id: randomUUID(), teamId, email, role: input.role, invitedBy: viewer.id, status: 'pending' },
        ...{ createdAt: at.toISOString(), expiresAt: invitationExpiry(at), answeredAt: null },
      };
      await repository.insertInvitation(invitation);
      return presentInvitation(invitation, at);
    },

    async revokeInvitation(teamId: string, invitationId: string, viewer: TeamViewer) {
      requireOwner((await membership(teamId, viewer)).role);
      const invitation = await repository.findInvitation(invitationId);
      if (!invitation || invitation.teamId !== teamId) throw notFound('invitation', invitationId);
      await repository.answer(invitationId, 'revoked', now().toISOString());
    },

    /** Invitations addressed to the viewer's email that still wait for an answer (expired ones flagged). */
    async invitationsToMe(viewer: TeamViewer) {
      const at = now();
      return (await repository.invitationsTo(viewer.email.trim().toLowerCase())).map((i) => ({
        ...presentInvitation(i, at),
        teamId: i.teamId,
        teamName: i.teamName,
      }));
    },

    async accept(invitationId: string, viewer: TeamViewer) {
      const { teamId, role } = await answerable(invitationId, viewer);
      if (await repository.roleOf(teamId, viewer.id))
        throw new DomainError('conflict', 'already-member', 'You are already a member of this team.');
      const at = now().toISOString();
      const member = { teamId, userId: viewer.id, role, joinedAt: at };
      if (!(await repository.answer(invitationId, 'accepted', at, member)))
        throw new DomainError('conflict', 'invitation-answered', 'This invitation was answered meanwhile.');
      return this.get(teamId, viewer);
    },

    async decline(invitationId: string, viewer: TeamViewer) {
      await answerable(invitationId, viewer);
      await repository.answer(invitationId, 'declined', now().toISOString());
    },

    async changeRole(teamId: string, userId: string, newRole: TeamRole, viewer: TeamViewer) {
      requireOwner((await membership(teamId, viewer)).role);
      const members = await repository.members(teamId);
      if (!members.some((m) => m.userId === userId)) throw notFound('member', userId);
      checkKeepsOwner(members, { userId, newRole });
      await repository.setRole(teamId, userId, newRole);
      return this.get(teamId, viewer);
    },

    /** An owner removes a member; anyone may leave. The last owner stays. */
    async removeMember(teamId: string, userId: string, viewer: TeamViewer) {
      const { role } = await membership(teamId, viewer);
      if (userId !== viewer.id) requireOwner(role);
      const members = await repository.members(teamId);
      if (!members.some((m) => m.userId === userId)) throw notFound('member', userId);
      checkKeepsOwner(members, { userId, newRole: null });
      await repository.removeMember(teamId, userId);
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;

// The teams service with an in-memory repository: teams, memberships and invitations in arrays, an answer kept only
// while its invitation is pending (as the repository's conditional UPDATE does), and a clock the test moves.
import { describe, expect, it } from 'vitest';
import { DomainError } from '@rehearse/core';
import type { Membership, Team, TeamInvitation, TeamRepository } from './teams.repository.ts';
import { createTeamService } from './teams.service.ts';

const ann = { id: 'ann', email: 'ann@example.com' };
const bob = { id: 'bob', email: 'bob@example.com' };
const cid = { id: 'cid', email: 'cid@example.com' };

function inMemory() {
  const teams: Team[] = [];
  const members: Membership[] = [];
  const invitations: TeamInvitation[] = [];
  const memberOf = (teamId: string, userId: string) => members.find((m) => m.teamId === teamId && m.userId === userId);
  const repository: TeamRepository = {
    insertTeam: (team, owner) => Promise.resolve(void (teams.push(team), members.push(owner))),
    findTeam: (id) => Promise.resolve(teams.find((t) => t.id === id)),
    listForUser: (userId) =>
      Promise.resolve(
        teams.flatMap((t) => {
          const me = memberOf(t.id, userId);
          const memberCount = members.filter((m) => m.teamId === t.id).length;
          return me ? [{ id: t.id, name: t.name, role: me.role, memberCount, createdAt: t.createdAt }] : [];
        }),
      ),
    members: (teamId) =>
      Promise.resolve(
        members
          .filter((m) => m.teamId === teamId)
          .map(({ userId, role, joinedAt }) => ({
            userId,
            role,
            joinedAt,
            name: userId,
            email: `${userId}@example.com`,
          })),
      ),
    roleOf: (teamId, userId) => Promise.resolve(memberOf(teamId, userId)?.role ?? null),
    setRole: (teamId, userId, role) => {
      const i = members.indexOf(memberOf(teamId, userId)!);
      members[i] = { ...members[i]!, role };
      return Promise.resolve();
    },
    removeMember: (teamId, userId) =>
      Promise.resolve(void members.splice(members.indexOf(memberOf(teamId, userId)!), 1)),
    insertInvitation: (invitation) => Promise.resolve(void invitations.push(invitation)),
    findInvitation: (id) => Promise.resolve(invitations.find((i) => i.id === id)),
    invitationsOf: (teamId) => Promise.resolve(invitations.filter((i) => i.teamId === teamId).reverse()),
    invitationsTo: (email) =>
      Promise.resolve(
        invitations
          .filter((i) => i.email === email && i.status === 'pending')
          .map((i) => ({ ...i, teamName: teams.find((t) => t.id === i.teamId)!.name })),
      ),
    answer: (id, status, answeredAt, member) => {
      const i = invitations.findIndex((x) => x.id === id && x.status === 'pending');
      if (i < 0) return Promise.resolve(false);
      invitations[i] = { ...invitations[i]!, status, answeredAt };
      if (member) members.push(member);
      return Promise.resolve(true);
    },
  };
  let clock = new Date('2026-03-01T09:00:00Z');
  const service = createTeamService({ repository, now: () => clock });
  const later = (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000));
  return { service, members, invitations, later };
}

describe('teams service', () => {
  it('makes the creator the first owner and shows a team to its members only', async () => {
    const { service } = inMemory();
    const team = await service.create({ name: 'Platform' }, ann);
    expect(team).toMatchObject({ name: 'Platform', role: 'owner', members: [{ userId: 'ann', role: 'owner' }] });
    expect(await service.list(ann)).toEqual([
      { id: team.id, name: 'Platform', role: 'owner', memberCount: 1, createdAt: '2026-03-01T09:00:00.000Z' },
    ]);
    await expect(service.get(team.id, bob)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('brings a member in by an invitation they accept, once', async () => {
    const { service } = inMemory();
    const { id } = await service.create({ name: 'Platform' }, ann);
    const sent = await service.invite(id, { email: ' Bob@Example.com ', role: 'interviewer' }, ann);
    expect(sent).toMatchObject({ email: 'bob@example.com', status: 'pending', expired: false });
    expect(await service.invitationsToMe(bob)).toMatchObject([{ id: sent.id, teamId: id, teamName: 'Platform' }]);
    await expect(service.accept(sent.id, cid)).rejects.toBeInstanceOf(DomainError);

    const joined = await service.accept(sent.id, bob);
    expect(joined.members.map((m) => [m.userId, m.role])).toEqual([
      ['ann', 'owner'],
      ['bob', 'interviewer'],
    ]);
    await expect(service.accept(sent.id, bob)).rejects.toBeInstanceOf(DomainError);
    expect(await service.invitationsToMe(bob)).toEqual([]);
  });

  it('shows pending invitations to owners only, and refuses one that expired', async () => {
    const { service, members, later } = inMemory();
    const { id } = await service.create({ name: 'Platform' }, ann);
    members.push({ teamId: id, userId: 'bob', role: 'interviewer', joinedAt: '2026-03-01T09:00:00.000Z' });
    const sent = await service.invite(id, { email: cid.email, role: 'interviewer' }, ann);
    expect((await service.get(id, ann)).invitations.map((i) => i.id)).toEqual([sent.id]);
    expect((await service.get(id, bob)).invitations).toEqual([]);
    await expect(service.invite(id, { email: 'dee@example.com', role: 'owner' }, bob)).rejects.toMatchObject({
      code: 'team-owner-only',
    });

    later(15);
    expect((await service.get(id, ann)).invitations).toMatchObject([{ id: sent.id, expired: true }]);
    await expect(service.accept(sent.id, cid)).rejects.toBeInstanceOf(DomainError);
    expect((await service.get(id, ann)).members).toHaveLength(2);
  });

  it('revokes an invitation of its own team only, and a revoked one cannot be accepted', async () => {
    const { service, invitations } = inMemory();
    const platform = await service.create({ name: 'Platform' }, ann);
    const other = await service.create({ name: 'Other' }, ann);
    const sent = await service.invite(platform.id, { email: bob.email, role: 'interviewer' }, ann);
    await expect(service.revokeInvitation(other.id, sent.id, ann)).rejects.toMatchObject({ kind: 'not-found' });
    await service.revokeInvitation(platform.id, sent.id, ann);
    expect(invitations[0]).toMatchObject({ status: 'revoked', answeredAt: '2026-03-01T09:00:00.000Z' });
    await expect(service.accept(sent.id, bob)).rejects.toBeInstanceOf(DomainError);
  });

  it('keeps an owner: the last one can neither step down nor leave, another member can', async () => {
    const { service, members } = inMemory();
    const { id } = await service.create({ name: 'Platform' }, ann);
    members.push({ teamId: id, userId: 'bob', role: 'interviewer', joinedAt: '2026-03-01T09:00:00.000Z' });
    await expect(service.changeRole(id, 'ann', 'interviewer', ann)).rejects.toBeInstanceOf(DomainError);
    await expect(service.removeMember(id, 'ann', ann)).rejects.toBeInstanceOf(DomainError);
    await expect(service.removeMember(id, 'ann', bob)).rejects.toMatchObject({ code: 'team-owner-only' });
    await expect(service.removeMember(id, 'cid', ann)).rejects.toMatchObject({ kind: 'not-found' });

    expect((await service.changeRole(id, 'bob', 'owner', ann)).members.map((m) => m.role)).toEqual(['owner', 'owner']);
    await service.removeMember(id, 'ann', ann);
    expect(members.map((m) => m.userId)).toEqual(['bob']);
  });
});

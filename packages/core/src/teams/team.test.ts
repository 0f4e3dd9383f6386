import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkAnswer, checkInvite, checkKeepsOwner, invitationExpiry, requireOwner, type Invitation } from './team.ts';

const NOW = new Date('2026-12-07T12:00:00Z');
const pending = (email: string, expiresAt = invitationExpiry(NOW)): Invitation => ({
  email,
  role: 'interviewer',
  status: 'pending',
  expiresAt,
});
const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? `${error.kind}:${error.code}` : 'other';
  }
  return 'passed';
};

describe('team rules', () => {
  it('lets only an owner manage the team', () => {
    expect(codeOf(() => requireOwner('owner'))).toBe('passed');
    expect(codeOf(() => requireOwner('interviewer'))).toBe('forbidden:team-owner-only');
    expect(codeOf(() => requireOwner(null))).toBe('forbidden:team-owner-only');
  });

  it('refuses to invite a member, whatever the case of the address', () => {
    expect(codeOf(() => checkInvite('Ann@Example.com', ['ann@example.com'], [], NOW))).toBe('conflict:already-member');
  });

  it('refuses a second pending invitation, but not after the first expired or was declined', () => {
    expect(codeOf(() => checkInvite('bo@example.com', [], [pending('bo@example.com')], NOW))).toBe(
      'conflict:already-invited',
    );
    const expired = pending('bo@example.com', '2026-12-01T00:00:00Z');
    expect(codeOf(() => checkInvite('bo@example.com', [], [expired], NOW))).toBe('passed');
    const declined: Invitation = { ...pending('bo@example.com'), status: 'declined' };
    expect(codeOf(() => checkInvite('bo@example.com', [], [declined], NOW))).toBe('passed');
  });

  it('lets only the invitee answer, once, before the invitation expires', () => {
    const invitation = pending('bo@example.com');
    expect(codeOf(() => checkAnswer(invitation, { email: ' BO@example.com' }, NOW))).toBe('passed');
    expect(codeOf(() => checkAnswer(invitation, { email: 'cy@example.com' }, NOW))).toBe(
      'not-found:invitation-not-found',
    );
    expect(codeOf(() => checkAnswer({ ...invitation, status: 'accepted' }, { email: 'bo@example.com' }, NOW))).toBe(
      'conflict:invitation-answered',
    );
    const later = new Date(NOW.getTime() + 15 * 86_400_000);
    expect(codeOf(() => checkAnswer(invitation, { email: 'bo@example.com' }, later))).toBe(
      'forbidden:invitation-expired',
    );
  });

  it('always keeps an owner', () => {
    const members = [
      { userId: 'a', role: 'owner' as const },
      { userId: 'b', role: 'interviewer' as const },
    ];
    expect(codeOf(() => checkKeepsOwner(members, { userId: 'a', newRole: null }))).toBe('invalid:team-needs-an-owner');
    expect(codeOf(() => checkKeepsOwner(members, { userId: 'a', newRole: 'interviewer' }))).toBe(
      'invalid:team-needs-an-owner',
    );
    expect(codeOf(() => checkKeepsOwner(members, { userId: 'b', newRole: null }))).toBe('passed');
    const two = [...members, { userId: 'c', role: 'owner' as const }];
    expect(codeOf(() => checkKeepsOwner(two, { userId: 'a', newRole: null }))).toBe('passed');
  });
});

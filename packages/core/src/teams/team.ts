// Teams: a hiring team's members and their roles, and the invitations that bring people in. What a team makes
// (kits, scorecards) is for its members only. Owners manage the team; interviewers score candidates. These rules
// are pure: the server loads the members and invitations, asks here, then writes.
import { DomainError, forbidden, invalid } from '../errors.ts';

export const TEAM_ROLES = ['owner', 'interviewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** How long an invitation can be accepted. */
export const INVITATION_DAYS = 14;

export interface TeamMember {
  userId: string;
  role: TeamRole;
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

export interface Invitation {
  email: string;
  role: TeamRole;
  status: InvitationStatus;
  expiresAt: string;
}

/** Emails compare without case or surrounding spaces: "Ann@Example.com " and "ann@example.com" are one person. */
export const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const isExpired = (invitation: Pick<Invitation, 'expiresAt'>, now: Date) =>
  Date.parse(invitation.expiresAt) <= now.getTime();

export function invitationExpiry(now: Date): string {
  return new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
}

/** Only an owner changes who is in the team and with which role. */
export function requireOwner(role: TeamRole | null): void {
  if (role !== 'owner') throw forbidden('team-owner-only', 'Only an owner of the team can do this.');
}

/**
 * An invitation may go out unless the address is already a member's or already has a pending invitation that
 * has not expired: a second one would only confuse the invitee.
 */
export function checkInvite(
  email: string,
  memberEmails: readonly string[],
  invitations: readonly Invitation[],
  now: Date,
): void {
  if (memberEmails.some((m) => sameEmail(m, email)))
    throw new DomainError('conflict', 'already-member', `${email} is already a member of this team.`);
  const open = invitations.find((i) => sameEmail(i.email, email) && i.status === 'pending' && !isExpired(i, now));
  if (open) throw new DomainError('conflict', 'already-invited', `${email} already has a pending invitation.`);
}

/**
 * Whether the invitee may answer: only the address invited answers, once, before it expires. Accepting also
 * needs the invitee not to be a member already (they may have joined through another invitation).
 */
export function checkAnswer(invitation: Invitation, answerer: { email: string }, now: Date): void {
  // Another person's invitation is as absent as a missing one.
  if (!sameEmail(invitation.email, answerer.email))
    throw new DomainError('not-found', 'invitation-not-found', 'No such invitation is addressed to you.');
  if (invitation.status !== 'pending')
    throw new DomainError('conflict', 'invitation-answered', `This invitation was already ${invitation.status}.`);
  if (isExpired(invitation, now))
    throw forbidden('invitation-expired', 'This invitation has expired; ask the team for a new one.');
}

/** A team always keeps an owner: the last one can neither leave, be removed nor become an interviewer. */
export function checkKeepsOwner(members: readonly TeamMember[], change: { userId: string; newRole: TeamRole | null }) {
  const after = members
    .map((m) => (m.userId === change.userId ? { ...m, role: change.newRole } : m))
    .filter((m) => m.role !== null);
  if (!after.some((m) => m.role === 'owner'))
    throw invalid('team-needs-an-owner', 'A team needs an owner: make someone else an owner first.');
}

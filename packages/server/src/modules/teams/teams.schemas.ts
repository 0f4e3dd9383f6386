// The teams' API contract: zod schemas that validate, document (OpenAPI) and type the web app.
import { z } from 'zod';
import { TEAM_ROLES } from '@rehearse/core';

const role = z.enum(TEAM_ROLES);

export const teamIdParams = z.object({ id: z.uuid() });
export const memberParams = teamIdParams.extend({ userId: z.string().min(1).max(100) });
export const teamInvitationParams = teamIdParams.extend({ invitationId: z.uuid() });
export const invitationParams = z.object({ id: z.uuid() });

export const teamBody = z.object({ name: z.string().trim().min(2).max(120) });
export const inviteBody = z.object({ email: z.email().max(254), role: role.default('interviewer') });
export const roleBody = z.object({ role });

export const teamList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role,
        memberCount: z.number().int(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'TeamList' });

export const invitationView = z
  .object({
    id: z.string(),
    email: z.string(),
    role,
    status: z.enum(['pending', 'accepted', 'declined', 'revoked']),
    expired: z.boolean(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'TeamInvitation' });

export const teamView = z
  .object({
    id: z.string(),
    name: z.string(),
    role: role.meta({ description: "The viewer's role in the team" }),
    members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role, joinedAt: z.string() })),
    invitations: z.array(invitationView).meta({ description: 'Pending invitations (shown to owners only)' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Team' });

export const myInvitationList = z
  .object({ items: z.array(invitationView.extend({ teamId: z.string(), teamName: z.string() })) })
  .meta({ id: 'MyInvitations' });

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import {
  invitationParams,
  invitationView,
  inviteBody,
  memberParams,
  myInvitationList,
  roleBody,
  teamBody,
  teamIdParams,
  teamInvitationParams,
  teamList,
  teamView,
} from './teams.schemas.ts';
import type { TeamService } from './teams.service.ts';

const deleted = { 204: z.null().meta({ description: 'Done' }) };

export function teamRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; teams: TeamService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['teams'];
  const { authenticator, teams } = deps;
  const user = (request: Parameters<Authenticator['requireUser']>[0]) => authenticator.requireUser(request);

  routes.get(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'The teams you are a member of, with your role',
        operationId: 'listTeams',
        response: { 200: teamList, ...problemResponses([401]) },
      },
    },
    async (request) => ({ items: await teams.list(await user(request)) }),
  );

  routes.post(
    '/api/v1/teams',
    {
      schema: {
        tags,
        summary: 'Create a team; you are its first owner',
        operationId: 'createTeam',
        body: teamBody,
        response: { 201: teamView, ...problemResponses([400, 401, 403, 413, 415]) },
      },
    },
    async (request, reply) => reply.status(201).send(await teams.create(request.body, await user(request))),
  );

  routes.get(
    '/api/v1/teams/:id',
    {
      schema: {
        tags,
        summary: 'A team you are in: its members and (for owners) its pending invitations',
        operationId: 'getTeam',
        params: teamIdParams,
        response: { 200: teamView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => teams.get(request.params.id, await user(request)),
  );

  routes.post(
    '/api/v1/teams/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email (owners only); the invitation expires',
        operationId: 'inviteToTeam',
        params: teamIdParams,
        body: inviteBody,
        response: { 201: invitationView, ...problemResponses([400, 401, 403, 404, 409, 413, 415]) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await teams.invite(request.params.id, request.body, await user(request))),
  );

  routes.delete(
    '/api/v1/teams/:id/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw a pending invitation (owners only)',
        operationId: 'revokeTeamInvitation',
        params: teamInvitationParams,
        response: { ...deleted, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      await teams.revokeInvitation(request.params.id, request.params.invitationId, await user(request));
      return reply.status(204).send(null);
    },
  );

  routes.patch(
    '/api/v1/teams/:id/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role (owners only; a team keeps an owner)",
        operationId: 'changeTeamRole',
        params: memberParams,
        body: roleBody,
        response: { 200: teamView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request) =>
      teams.changeRole(request.params.id, request.params.userId, request.body.role, await user(request)),
  );

  routes.delete(
    '/api/v1/teams/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member (owners), or leave the team (your own id); a team keeps an owner',
        operationId: 'removeTeamMember',
        params: memberParams,
        response: { ...deleted, ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) => {
      await teams.removeMember(request.params.id, request.params.userId, await user(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/invitations',
    {
      schema: {
        tags,
        summary: 'Invitations to teams addressed to your email, waiting for your answer',
        operationId: 'listMyInvitations',
        response: { 200: myInvitationList, ...problemResponses([401]) },
      },
    },
    async (request) => ({ items: await teams.invitationsToMe(await user(request)) }),
  );

  routes.post(
    '/api/v1/invitations/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation addressed to you: you join the team',
        operationId: 'acceptInvitation',
        params: invitationParams,
        response: { 200: teamView, ...problemResponses([400, 401, 403, 404, 409]) },
      },
    },
    async (request) => teams.accept(request.params.id, await user(request)),
  );

  routes.post(
    '/api/v1/invitations/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an invitation addressed to you',
        operationId: 'declineInvitation',
        params: invitationParams,
        response: { ...deleted, ...problemResponses([400, 401, 403, 404, 409]) },
      },
    },
    async (request, reply) => {
      await teams.decline(request.params.id, await user(request));
      return reply.status(204).send(null);
    },
  );
}

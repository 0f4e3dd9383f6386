import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@rehearse/core';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { TokenService } from './tokens.service.ts';

const tokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    scope: z.enum(['read', 'write', 'admin']),
  })
  .meta({ id: 'Token' });

export function tokenRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; tokens: TokenService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tokens'];

  routes.post(
    '/api/v1/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal access token (shown once)',
        operationId: 'createToken',
        body: z.object({
          name: z.string().trim().min(1).max(80),
          /** Default 90 days. */
          expiresInDays: z.number().int().min(1).max(3650).optional(),
          /** read: safe methods only; write (default): what you can do, but admin rights; admin: admins only. */
          scope: z.enum(['read', 'write', 'admin']).optional(),
        }),
        response: {
          201: tokenView.extend({ token: z.string().describe('The secret: shown only in this response') }),
          ...problemResponses([400, 401, 403, 413, 415, 422], {
            403: 'Tokens are created from a signed-in browser session; the admin scope is for administrators',
          }),
        },
      },
    },
    async (request, reply) => {
      const user = await deps.authenticator.requireUser(request);
      // A token may not mint further tokens: a leaked token must not be able to outlive its own revocation.
      if (user.via === 'token')
        throw new DomainError('forbidden', 'session-required', 'Create tokens from a signed-in browser session.');
      const { name, expiresInDays, scope } = request.body;
      return reply.status(201).send(await deps.tokens.create(user, name, expiresInDays, scope));
    },
  );

  routes.get(
    '/api/v1/tokens',
    {
      schema: {
        tags,
        summary: 'List your access tokens',
        operationId: 'listTokens',
        response: { 200: z.object({ items: z.array(tokenView) }), ...problemResponses([401, 422]) },
      },
    },
    async (request) => ({ items: await deps.tokens.list((await deps.authenticator.requireUser(request)).id) }),
  );

  routes.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an access token',
        operationId: 'revokeToken',
        params: z.object({ id: z.string().max(100) }),
        response: { 204: z.null().describe('Revoked'), ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) => {
      const user = await deps.authenticator.requireUser(request);
      await deps.tokens.revoke(user.id, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

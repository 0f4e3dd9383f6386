import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import { ROLES } from '../auth/auth.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { userView } from '../auth/auth.schemas.ts';
import type { UserService } from './users.service.ts';

/** Administration of accounts: admins list users and change their roles. */
export function userRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; users: UserService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  routes.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'List accounts (admin)',
        operationId: 'listUsers',
        response: {
          200: z.object({ items: z.array(userView) }),
          ...problemResponses([401, 403, 422], { 403: 'This needs the admin role' }),
        },
      },
    },
    async (request) => {
      await deps.authenticator.requireRole(request, 'admin');
      return { items: await deps.users.list() };
    },
  );

  routes.patch(
    '/api/v1/users/:id/role',
    {
      schema: {
        tags,
        summary: "Change an account's role (admin)",
        operationId: 'changeUserRole',
        params: z.object({ id: z.string().max(100) }),
        body: z.object({ role: z.enum(ROLES) }),
        response: {
          200: userView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            403: 'This needs the admin role',
            409: 'This is the last administrator: make another account an administrator first',
          }),
        },
      },
    },
    async (request) => {
      await deps.authenticator.requireRole(request, 'admin');
      return deps.users.changeRole(request.params.id, request.body.role);
    },
  );
}

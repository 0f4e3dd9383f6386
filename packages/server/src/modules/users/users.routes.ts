import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DomainError, notFound } from '@rehearse/core';
import type { Database } from '../../db/schema.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import { ROLES, presentUser } from '../auth/auth.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { userView } from '../auth/auth.schemas.ts';

/** Administration of accounts: admins list users and change their roles. */
export function userRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; db: Kysely<Database> }) {
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
      const rows = await deps.db.selectFrom('user').select(['id', 'email', 'name', 'role']).orderBy('email').execute();
      return { items: rows.map(presentUser) };
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
      const { id } = request.params;
      const { role } = request.body;
      // In one transaction, so two admins demoting each other at once cannot leave the instance with none.
      const updated = await deps.db.transaction().execute(async (trx) => {
        const target = await trx.selectFrom('user').select('role').where('id', '=', id).executeTakeFirst();
        if (!target) throw notFound('user', id);
        if (target.role === 'admin' && role !== 'admin') {
          const { admins } = await trx
            .selectFrom('user')
            .select((eb) => eb.fn.countAll().as('admins'))
            .where('role', '=', 'admin')
            .executeTakeFirstOrThrow();
          if (Number(admins) <= 1)
            throw new DomainError(
              'conflict',
              'last-admin',
              'This is the last administrator: make another account an administrator first.',
            );
        }
        return trx
          .updateTable('user')
          .set({ role })
          .where('id', '=', id)
          .returning(['id', 'email', 'name', 'role'])
          .executeTakeFirstOrThrow();
      });
      deps.authenticator.forgetUser(id);
      return presentUser(updated);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { notFound } from '@rehearse/core';
import type { Database } from '../../db/schema.ts';
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
      schema: { tags, summary: 'List accounts (admin)', response: { 200: z.object({ items: z.array(userView) }) } },
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
        params: z.object({ id: z.string().max(100) }),
        body: z.object({ role: z.enum(ROLES) }),
        response: { 200: userView },
      },
    },
    async (request) => {
      await deps.authenticator.requireRole(request, 'admin');
      const updated = await deps.db
        .updateTable('user')
        .set({ role: request.body.role })
        .where('id', '=', request.params.id)
        .returning(['id', 'email', 'name', 'role'])
        .executeTakeFirst();
      if (!updated) throw notFound('user', request.params.id);
      return presentUser(updated);
    },
  );
}

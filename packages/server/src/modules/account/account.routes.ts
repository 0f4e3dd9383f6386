import { DomainError } from '@rehearse/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import { PASSWORD_MAX } from '../auth/auth.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { AccountService } from './account.service.ts';

const deleteAccountBody = z.object({
  password: z.string().max(PASSWORD_MAX).optional().describe("The account's password, typed again"),
  confirmEmail: z
    .string()
    .max(320)
    .optional()
    .describe('For an account without a password: its email address, typed again to confirm'),
});

/** Expires the request's better-auth cookies: their session is gone with the account. */
function expiredAuthCookies(request: FastifyRequest): string[] {
  const names = (request.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name.includes('better-auth.'));
  return names.map((name) =>
    [
      `${name}=`,
      'Path=/',
      'Max-Age=0',
      'HttpOnly',
      'SameSite=Lax',
      ...(name.startsWith('__Secure-') ? ['Secure'] : []),
    ].join('; '),
  );
}

/** The signed-in account deletes itself and everything it owns. */
export function accountRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; account: AccountService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.delete(
    '/api/v1/account',
    {
      schema: {
        tags: ['account'],
        summary: 'Delete your account and everything it owns',
        description:
          'Removes the interviews, answers and recordings, shares and comments, attempts, study cards, kits, tokens ' +
          'and sessions of the account, then the account; all of it or nothing. Team kits stay with their team, ' +
          "handed to another owner. Needs the password (or, without one, the account's email as confirmation) and " +
          'a browser session.',
        operationId: 'deleteAccount',
        body: deleteAccountBody,
        response: {
          204: z.null().describe('Deleted; the session cookie is expired'),
          ...problemResponses([400, 401, 403, 409, 413, 415, 422], {
            403: 'The password is wrong, or the request came with an access token rather than a browser session',
            409: 'The account is the last owner of a team others belong to: make another member an owner first',
            422: 'An account without a password must type its email address to confirm',
          }),
        },
      },
    },
    async (request, reply) => {
      const user = await deps.authenticator.requireUser(request);
      // A leaked token must never be enough to erase the account it belongs to.
      if (user.via === 'token')
        throw new DomainError('forbidden', 'session-required', 'Delete your account from a signed-in browser session.');
      await deps.account.delete(user, request.body);
      reply.header('set-cookie', expiredAuthCookies(request));
      return reply.status(204).send(null);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APIError } from 'better-auth/api';
import { DomainError } from '@rehearse/core';
import { presentUser, type Auth } from './auth.ts';
import type { Authenticator, CurrentUser } from './authenticate.ts';
import { toWebHeaders } from './authenticate.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import { currentSession, sessionView, signInBody, signUpBody } from './auth.schemas.ts';
import { judgePassword } from './password-policy.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';

export interface AuthRoutesDeps {
  auth: Auth;
  authenticator: Authenticator;
  /** Attempts per minute per client address on sign-up and sign-in. */
  authRateLimit: number;
  signInThrottle: SignInThrottle;
}

const present = (user: CurrentUser) => ({ user: presentUser(user) });

/** better-auth's errors become our domain errors so clients see one error format. */
function translate(error: unknown): never {
  if (error instanceof APIError) {
    const body = error.body as { code?: string; message?: string } | undefined;
    const code = (body?.code ?? 'auth-failed').toLowerCase().replaceAll('_', '-');
    const message = body?.message ?? 'Authentication failed.';
    const status = error.statusCode;
    if (status === 401) throw new DomainError('unauthenticated', code, message);
    if (status === 403) throw new DomainError('forbidden', code, message);
    if (code.includes('already-exists'))
      throw new DomainError('conflict', 'email-taken', 'An account with this email already exists.');
    throw new DomainError('invalid', code, message);
  }
  throw error;
}

export function authRoutes(app: FastifyInstance, deps: AuthRoutesDeps) {
  const { auth, authenticator } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: deps.authRateLimit, timeWindow: '1 minute' };
  const tags = ['auth'];

  routes.post(
    '/api/v1/auth/sign-up',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Create an account and sign in',
        operationId: 'signUp',
        security: [],
        body: signUpBody,
        response: {
          201: sessionView,
          ...problemResponses([400, 403, 409, 413, 415, 422, 429], {
            409: 'An account with this email already exists',
            422: 'The password is too easy to guess (see `errors`)',
            429: 'Too many sign-ups from this address in a minute',
          }),
        },
      },
    },
    async (request, reply) => {
      const verdict = await judgePassword(request.body.password, [request.body.email, request.body.name ?? '']);
      if (!verdict.ok)
        throw new DomainError('invalid', 'password-too-weak', verdict.reason ?? 'This password is too easy to guess.', {
          errors: [{ field: 'body.password', message: verdict.reason ?? 'is too easy to guess' }],
        });
      const result = await auth.api
        .signUpEmail({ body: request.body, headers: toWebHeaders(request), returnHeaders: true })
        .catch(translate);
      reply.header('set-cookie', result.headers.getSetCookie());
      return reply.status(201).send({ user: presentUser(result.response.user) });
    },
  );

  routes.post(
    '/api/v1/auth/sign-in',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        operationId: 'signIn',
        security: [],
        body: signInBody,
        response: {
          200: sessionView,
          ...problemResponses([400, 401, 403, 413, 415, 422, 429], {
            401: 'The email or the password is wrong',
            429: 'Too many attempts from this address, or too many failed sign-ins for this account',
          }),
        },
      },
    },
    async (request, reply) => {
      const { signInThrottle } = deps;
      const account = request.body.email;
      const waitMs = signInThrottle.retryAfterMs(account);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        void reply.header('retry-after', String(seconds));
        throw new DomainError(
          'rate-limited',
          'sign-in-paused',
          `Too many failed sign-ins for this account: try again in ${seconds} seconds.`,
        );
      }
      const result = await auth.api
        .signInEmail({ body: request.body, headers: toWebHeaders(request), returnHeaders: true })
        .catch((error: unknown) => {
          if (error instanceof APIError && error.statusCode === 401) signInThrottle.failed(account);
          return translate(error);
        });
      signInThrottle.succeeded(account);
      reply.header('set-cookie', result.headers.getSetCookie());
      return { user: presentUser(result.response.user) };
    },
  );

  routes.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        tags,
        summary: 'End the browser session',
        operationId: 'signOut',
        response: { 204: z.null().describe('Signed out'), ...problemResponses([401, 403, 422]) },
      },
    },
    async (request, reply) => {
      await authenticator.requireUser(request);
      const result = await auth.api
        .signOut({ headers: toWebHeaders(request), returnHeaders: true })
        .catch(translate)
        .finally(() => authenticator.signedOut(request));
      reply.header('set-cookie', result.headers.getSetCookie());
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in: the user, or null for nobody',
        operationId: 'getSession',
        // Nobody signed in is an answer, not an error: a signed-out page asks without a failed request (and the
        // browser's console stays clean). A token that is wrong, expired or revoked is still refused (401).
        security: [{ bearer: [] }, { session: [] }, {}],
        response: {
          200: currentSession,
          ...problemResponses([401, 422], { 401: 'The access token is invalid, expired or revoked' }),
        },
      },
    },
    async (request) => {
      const user = await authenticator.identify(request);
      return user ? present(user) : { user: null };
    },
  );
}

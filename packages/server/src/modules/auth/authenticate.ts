import { getSessionCookie } from 'better-auth/cookies';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@rehearse/core';
import { asRole, presentUser, type Auth, type Role } from './auth.ts';
import type { TokenService } from '../tokens/tokens.service.ts';
import { createCredentialCache, type CredentialCache } from './credential-cache.ts';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** How this request proved who it is: a browser session cookie or a personal access token. */
  via: 'session' | 'token';
}

declare module 'fastify' {
  interface FastifyRequest {
    currentUser: CurrentUser | null | undefined;
  }
}

export interface Authenticator {
  /** The signed-in user, or null. Resolved once per request. */
  identify(request: FastifyRequest): Promise<CurrentUser | null>;
  requireUser(request: FastifyRequest): Promise<CurrentUser>;
  requireRole(request: FastifyRequest, ...roles: Role[]): Promise<CurrentUser>;
  /** Forgets the request's session cookie: call once better-auth has signed it out. */
  signedOut(request: FastifyRequest): void;
  /** Forgets every remembered session of a user, whose role just changed. */
  forgetUser(userId: string): void;
}

export const bearerToken = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
};

export function toWebHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session token cookie better-auth would read, or undefined (then there is no session to ask about). */
function sessionCookie(request: FastifyRequest): string | undefined {
  const cookie = request.headers.cookie;
  return cookie ? (getSessionCookie(new Headers({ cookie })) ?? undefined) : undefined;
}

export function createAuthenticator(
  auth: Auth,
  tokens: TokenService,
  sessions: CredentialCache<Omit<CurrentUser, 'via'>> = createCredentialCache(),
): Authenticator {
  const loadSession = async (request: FastifyRequest) => {
    const found = await auth.api.getSession({ headers: toWebHeaders(request) });
    return found && { user: presentUser(found.user), expiresAt: new Date(found.session.expiresAt).getTime() };
  };

  async function resolve(request: FastifyRequest): Promise<CurrentUser | null> {
    const token = bearerToken(request);
    if (token) {
      const user = await tokens.authenticate(token);
      if (!user)
        throw new DomainError('unauthenticated', 'invalid-token', 'The access token is invalid, expired or revoked.');
      if (user.scope === 'read' && !SAFE_METHODS.has(request.method))
        throw new DomainError(
          'forbidden',
          'token-read-only',
          'This access token may only read; create one with write.',
        );
      // Admin rights travel in a token only when it was made for them.
      const role = asRole(user.role) === 'admin' && user.scope !== 'admin' ? 'candidate' : asRole(user.role);
      const { scope: _scope, ...owner } = user;
      return { ...owner, role, via: 'token' };
    }
    const key = sessionCookie(request);
    if (!key) return null;
    const user = await sessions.get(key, () => loadSession(request));
    return user && { ...user, via: 'session' };
  }

  const identify = async (request: FastifyRequest) => {
    if (request.currentUser === undefined) request.currentUser = await resolve(request);
    return request.currentUser;
  };

  const requireUser = async (request: FastifyRequest) => {
    const user = await identify(request);
    if (!user)
      throw new DomainError(
        'unauthenticated',
        'sign-in-required',
        'Sign in, or send a personal access token as a Bearer token.',
      );
    return user;
  };

  const requireRole = async (request: FastifyRequest, ...roles: Role[]) => {
    const user = await requireUser(request);
    if (!roles.includes(user.role))
      throw new DomainError('forbidden', 'role-required', `This needs the role ${roles.join(' or ')}.`);
    return user;
  };

  const forgetUser = (userId: string) => {
    sessions.forgetUser(userId);
    tokens.forgetUser(userId);
  };

  const signedOut = (request: FastifyRequest) => {
    const key = sessionCookie(request);
    if (key) sessions.forget(key);
  };

  return { identify, requireUser, requireRole, signedOut, forgetUser };
}

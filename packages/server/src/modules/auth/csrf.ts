import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@rehearse/core';
import { bearerToken } from './authenticate.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/**
 * Cookie-authenticated writes must come from our own pages: the browser's Origin (or Referer) must name this
 * host. Requests carrying a Bearer token are exempt, since a cross-site page cannot make a browser attach one.
 */
function isAllowed(request: FastifyRequest, trustedOrigins: string[]): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return true;
  // Judged on the route the router chose, not the raw URL: "/%61pi/v1/…" reaches the same handler as "/api/v1/…".
  // The uploads at /files check the origin themselves, for tus's own methods too.
  const routed = request.routeOptions.url;
  if (routed === undefined || routed === '/files' || routed.startsWith('/files/')) return true;
  if (bearerToken(request)) return true;
  return hasTrustedOrigin(request, trustedOrigins);
}

/** The browser's Origin (or Referer) names this host or a trusted origin. Also used by the uploads at /files. */
export function hasTrustedOrigin(request: FastifyRequest, trustedOrigins: string[]): boolean {
  const origin = requestOrigin(request);
  if (origin === undefined || !URL.canParse(origin)) return false;
  return new URL(origin).host === request.headers.host || trustedOrigins.includes(origin);
}

export function registerOriginCheck(app: FastifyInstance, trustedOrigins: string[]): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (isAllowed(request, trustedOrigins)) return done();
    done(
      new DomainError(
        'forbidden',
        'origin-mismatch',
        'This write must come from the Rehearse web app (Origin header missing or foreign), or carry a Bearer token.',
      ),
    );
  });
}

import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * Who is calling, for a rate limit per caller rather than per address: their token or session cookie (hashed, so
 * the limiter's memory holds no credential), or their address when they send neither.
 */
export function callerKey(request: FastifyRequest): string {
  const credential = request.headers.authorization ?? request.headers.cookie ?? request.ip;
  return createHash('sha256').update(credential).digest('base64url');
}

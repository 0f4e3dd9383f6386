// PostgreSQL text cannot hold the NUL character, so a request carrying one (in the path, the query or a JSON
// body) would fail deep in a query with a 500. It is never meaningful input: refuse it at the edge, on every
// route, before validation, whichever database is behind.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '@rehearse/core';

const MAX_DEPTH = 64;

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}

export function rejectNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    if (holdsNul(request.params) || holdsNul(request.query) || holdsNul(request.body))
      return done(
        new DomainError('invalid', 'nul-character', 'The request holds a NUL character, which no field accepts.'),
      );
    done();
  });
}

// The scrape endpoint and the hook that times every request. /metrics is not part of the API (no OpenAPI entry,
// plain text for Prometheus). It tells an outsider how busy the service is and which routes exist, so it answers
// only a scraper that shows METRICS_TOKEN as a bearer token, or, when no token is set, a direct connection from
// this machine (no proxy in between: a proxy's requests come from loopback too, but carry X-Forwarded-For).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forbidden } from '@rehearse/core';
import type { Metrics } from './metrics.ts';

export interface MetricsRouteDeps {
  metrics: Metrics;
  /** When set, scrapes must send `Authorization: Bearer <token>`, from anywhere. */
  token: string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const header = request.headers.authorization ?? '';
    return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token);
  }
  const direct = request.headers['x-forwarded-for'] === undefined;
  return direct && LOOPBACK.has(request.socket.remoteAddress ?? '');
}

export function metricsRoutes(app: FastifyInstance, deps: MetricsRouteDeps) {
  app.addHook('onResponse', (request, reply, done) => {
    // Unmatched URLs (the web app's client routes, probes for files that are not there) share one label.
    const route = request.routeOptions.url ?? 'unmatched';
    deps.metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, deps.token))
      throw forbidden(
        'metrics-forbidden',
        'Metrics are read with the configured token, or from this machine directly.',
      );
    const { contentType, body } = await deps.metrics.exposition();
    return reply.type(contentType).send(body);
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';

export function healthRoutes(app: FastifyInstance, deps: { version: string; pingDatabase: () => Promise<boolean> }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        operationId: 'getHealth',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok'), db: z.literal('ok'), version: z.string() }),
          503: z.object({ status: z.literal('degraded'), db: z.literal('unreachable'), version: z.string() }),
          ...problemResponses([422]),
        },
      },
    },
    async (_request, reply) => {
      if (await deps.pingDatabase()) return { status: 'ok' as const, db: 'ok' as const, version: deps.version };
      return reply.status(503).send({ status: 'degraded', db: 'unreachable', version: deps.version });
    },
  );
}

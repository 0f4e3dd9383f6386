import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemType, sendProblem } from '../../http/problem.ts';
import { problemResponses } from '../../http/problem-responses.ts';

export interface HealthDeps {
  version: string;
  pingDatabase: () => Promise<boolean>;
  /** The job queue as this process's role sees it: readiness waits for it only where jobs run. */
  queue?: { readonly running: boolean; readonly runsJobs: boolean };
}

export function healthRoutes(app: FastifyInstance, deps: HealthDeps) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
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

  // Liveness answers without touching anything: a process whose database is down is still alive, and restarting
  // it would not bring the database back.
  routes.get(
    '/api/v1/health/live',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process is up and its event loop answers',
        operationId: 'getLiveness',
        security: [],
        response: { 200: z.object({ status: z.literal('live'), version: z.string() }), ...problemResponses([422]) },
      },
    },
    () => ({ status: 'live' as const, version: deps.version }),
  );

  // Readiness decides whether a proxy or an orchestrator sends this process work: its database answers, and its
  // job queue runs if its role runs jobs (a web process never runs one, so it does not wait for it).
  routes.get(
    '/api/v1/health/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and, in a role that runs jobs, the job queue runs',
        operationId: 'getReadiness',
        security: [],
        response: {
          200: z.object({
            status: z.literal('ready'),
            db: z.literal('ok'),
            queue: z.enum(['running', 'not-run-here']),
            version: z.string(),
          }),
          ...problemResponses([422, 503], {
            503: 'Not ready: the database does not answer, or the job queue of a role that runs jobs is not running',
          }),
        },
      },
    },
    async (request, reply) => {
      const notReady = (detail: string) =>
        sendProblem(reply, {
          type: problemType('not-ready'),
          status: 503,
          code: 'not-ready',
          detail,
          instance: request.url,
        });
      if (!(await deps.pingDatabase())) return notReady('The database does not answer.');
      const queue = deps.queue;
      if (queue?.runsJobs && !queue.running) return notReady('The job queue of this process is not running.');
      return {
        status: 'ready' as const,
        db: 'ok' as const,
        queue: queue?.runsJobs ? ('running' as const) : ('not-run-here' as const),
        version: deps.version,
      };
    },
  );
}

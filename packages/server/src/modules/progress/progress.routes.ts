import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { progressQuery, progressView } from './progress.schemas.ts';
import type { ProgressService } from './progress.service.ts';

export function progressRoutes(
  app: FastifyInstance,
  deps: { authenticator: Authenticator; progress: ProgressService },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/progress',
    {
      schema: {
        tags: ['progress'],
        summary: 'Your progress: scores over time, volume and streak, weakest areas, what to practise next',
        operationId: 'getProgress',
        querystring: progressQuery,
        response: { 200: progressView, ...problemResponses([400, 401]) },
      },
    },
    async (request) => deps.progress.of(await deps.authenticator.requireUser(request), request.query.tz),
  );
}

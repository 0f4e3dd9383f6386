import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { historyAnswer, historyPage, historyQuery, questionAttempts } from './history.schemas.ts';
import type { HistoryService } from './history.service.ts';

const position = z.object({ at: z.string(), id: z.string() });

export function historyRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; history: HistoryService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['history'];

  routes.get(
    '/api/v1/history',
    {
      schema: {
        tags,
        summary: 'Your past answers and attempts, newest first: searchable and filterable',
        operationId: 'listHistory',
        querystring: historyQuery,
        response: { 200: historyPage, ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      const { cursor, limit, ...filter } = request.query;
      const page = await deps.history.list(viewer, filter, decodeCursor(cursor, position), limit);
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },
  );

  routes.get(
    '/api/v1/history/answers/:id',
    {
      schema: {
        tags,
        summary: 'One past answer in full, to replay: recording, transcript, feedback and follow-ups',
        operationId: 'getHistoryAnswer',
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: historyAnswer, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => deps.history.answer(await deps.authenticator.requireUser(request), request.params.id),
  );

  routes.get(
    '/api/v1/history/questions/:questionId',
    {
      schema: {
        tags,
        summary: 'Every answer you gave to one question, oldest first, to compare side by side',
        operationId: 'getQuestionAttempts',
        params: z.object({ questionId: z.string().min(1).max(100) }),
        response: { 200: questionAttempts, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => deps.history.attempts(await deps.authenticator.requireUser(request), request.params.questionId),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANSWER_MAX_CHARS } from '@rehearse/core';
import type { Authenticator } from '../auth/authenticate.ts';
import { callerKey } from '../../http/caller-key.ts';
import { decodeCursor, encodeCursor, pageOf, pageQuery } from '../../http/pagination.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { AnalysisService } from './analyses.service.ts';
import { answerFeedback } from './analysis.schemas.ts';

const analysisView = z
  .object({
    id: z.string(),
    questionId: z.string(),
    answer: z.string(),
    createdAt: z.string(),
    analysis: answerFeedback,
  })
  .meta({ id: 'Analysis', description: 'A typed answer with its analysis, kept in your history' });
const listCursor = z.object({ createdAt: z.string(), id: z.string() });

/** Typed analyses one caller may ask for per minute: far above anyone practising, far below a loop. */
const ANALYSES_PER_MINUTE = 60;

export function analysisRoutes(
  app: FastifyInstance,
  deps: { authenticator: Authenticator; analyses: AnalysisService },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analyses'];

  routes.post(
    '/api/v1/analyses',
    {
      // Per caller (their session or token), not per address: analysis is the costliest thing a user can loop on.
      config: {
        rateLimit: {
          max: ANALYSES_PER_MINUTE,
          timeWindow: '1 minute',
          keyGenerator: (request) => callerKey(request),
        },
      },
      schema: {
        tags,
        summary: 'Analyse a typed answer to a question',
        operationId: 'createAnalysis',
        body: z.object({ questionId: z.string().min(1).max(100), answer: z.string().max(ANSWER_MAX_CHARS) }),
        response: {
          201: analysisView,
          ...problemResponses([400, 401, 403, 404, 413, 415, 422, 429], {
            404: 'No question with this id is visible to you',
            422: 'The question was retired from the bank (or the request holds a NUL character)',
            429: 'More analyses in a minute than one person practising asks for: wait as Retry-After says',
          }),
        },
      },
    },
    async (request, reply) => {
      const viewer = await deps.authenticator.requireUser(request);
      return reply
        .status(201)
        .send(await deps.analyses.analyzeTyped(request.body.questionId, request.body.answer, viewer));
    },
  );

  routes.get(
    '/api/v1/analyses',
    {
      schema: {
        tags,
        summary: 'Your analyses, newest first',
        operationId: 'listAnalyses',
        querystring: z.object(pageQuery),
        response: {
          200: pageOf(analysisView),
          ...problemResponses([400, 401, 422], { 422: 'The cursor is not one this API issued' }),
        },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      const before = decodeCursor(request.query.cursor, listCursor);
      const { rows, more } = await deps.analyses.list(viewer, request.query.limit, before);
      const last = rows.at(-1);
      return {
        items: rows,
        nextCursor: more && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
      };
    },
  );

  routes.get(
    '/api/v1/analyses/:id',
    {
      schema: {
        tags,
        summary: 'One of your analyses',
        operationId: 'getAnalysis',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: analysisView, ...problemResponses([400, 401, 404, 422]) },
      },
    },
    async (request) => deps.analyses.get(request.params.id, await deps.authenticator.requireUser(request)),
  );
}

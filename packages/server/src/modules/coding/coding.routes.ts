import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANSWER_MAX_CHARS, LEVELS } from '@rehearse/core';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { attemptRequest, attemptView, followUpAnswer, problemSummary, problemView } from './coding.schemas.ts';
import type { CodingService } from './coding.service.ts';

/** Checks one person may ask for in a minute: far above anyone coding, far below a loop. */
const ATTEMPTS_PER_MINUTE = 30;

export function codingRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; coding: CodingService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coding'];
  const idParam = z.object({ id: z.string().min(1).max(100) });

  routes.get(
    '/api/v1/problems',
    {
      schema: {
        tags,
        summary: 'The coding problems',
        operationId: 'listProblems',
        querystring: z.object({ level: z.enum(LEVELS).optional() }),
        response: { 200: z.object({ items: z.array(problemSummary) }), ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      await deps.authenticator.requireUser(request);
      return { items: deps.coding.list({ level: request.query.level }) };
    },
  );

  routes.get(
    '/api/v1/problems/:id',
    {
      schema: {
        tags,
        summary: 'One coding problem, without its hidden tests',
        operationId: 'getProblem',
        params: idParam,
        response: { 200: problemView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      await deps.authenticator.requireUser(request);
      return deps.coding.get(request.params.id);
    },
  );

  routes.post(
    '/api/v1/problems/:id/attempts',
    {
      config: { rateLimit: { max: ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Run (visible tests and your inputs) or submit (every test, scored) your code',
        description: 'The code runs in a sandbox on a background job; poll the attempt until its status is done.',
        operationId: 'createCodeAttempt',
        params: idParam,
        body: attemptRequest,
        response: {
          202: attemptView,
          ...problemResponses([400, 401, 403, 404, 413, 415, 422, 429], {
            422: 'A custom input is not a JSON array',
          }),
        },
      },
    },
    async (request, reply) => {
      const viewer = await deps.authenticator.requireUser(request);
      return reply.status(202).send(await deps.coding.createAttempt(request.params.id, request.body, viewer));
    },
  );

  routes.get(
    '/api/v1/problems/:id/attempts',
    {
      schema: {
        tags,
        summary: 'Your attempts at a problem, newest first',
        operationId: 'listCodeAttempts',
        params: idParam,
        response: { 200: z.object({ items: z.array(attemptView) }), ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      deps.coding.get(request.params.id);
      return { items: await deps.coding.listAttempts(request.params.id, viewer) };
    },
  );

  routes.get(
    '/api/v1/code-attempts/:id',
    {
      schema: {
        tags,
        summary: 'One of your attempts, with its report once checked',
        operationId: 'getCodeAttempt',
        params: idParam,
        response: { 200: attemptView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      return deps.coding.getAttempt(request.params.id, viewer);
    },
  );

  routes.post(
    '/api/v1/code-attempts/:id/follow-ups',
    {
      config: { rateLimit: { max: ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "Answer one of the interviewer's questions after a submit; the answer is analysed and kept",
        operationId: 'answerCodingFollowUp',
        params: idParam,
        body: z.object({ followUpId: z.string().min(1).max(200), answer: z.string().min(1).max(ANSWER_MAX_CHARS) }),
        response: {
          200: followUpAnswer,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422, 429], {
            409: 'The attempt is not a submitted, checked one',
          }),
        },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      const { followUpId, answer } = request.body;
      return deps.coding.answerFollowUp(request.params.id, followUpId, answer, viewer);
    },
  );
}

// Practice links: the kit's author makes one; a signed-in candidate holding it practises the kit's questions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { interviewView } from '../interviews/interviews.schemas.ts';
import { kitIdParams, practiceLinkView, practiceParams, practiceView } from './kits.schemas.ts';
import type { KitService } from './kits.service.ts';

/** Practice links one person may open in a minute: a guessed token is one in 2^192 anyway. */
const PRACTICE_PER_MINUTE = 30;

export function kitPracticeRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; kits: KitService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interview kits'];
  const { authenticator, kits } = deps;
  const user = (request: Parameters<Authenticator['requireUser']>[0]) => authenticator.requireUser(request);

  routes.post(
    '/api/v1/kits/:id/practice-link',
    {
      schema: {
        tags,
        summary: "A link with which a signed-in candidate practises the kit's bank questions (shown once, expires)",
        operationId: 'createKitPracticeLink',
        params: kitIdParams,
        response: { 201: practiceLinkView, ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await kits.createPracticeLink(request.params.id, await user(request))),
  );

  routes.get(
    '/api/v1/kit-practice/:token',
    {
      config: { rateLimit: { max: PRACTICE_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "What a practice link offers: the kit's role, level and questions (no answers)",
        operationId: 'getKitPractice',
        params: practiceParams,
        response: { 200: practiceView, ...problemResponses([400, 401, 403, 404, 429]) },
      },
    },
    async (request) => {
      await user(request);
      return kits.practice(request.params.token);
    },
  );

  routes.post(
    '/api/v1/kit-practice/:token/interviews',
    {
      config: { rateLimit: { max: PRACTICE_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "Open your own practice interview on the kit's questions, scored against the same key points",
        operationId: 'startKitPractice',
        params: practiceParams,
        response: { 201: interviewView, ...problemResponses([400, 401, 403, 404, 422, 429]) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await kits.startPractice(request.params.token, await user(request))),
  );
}

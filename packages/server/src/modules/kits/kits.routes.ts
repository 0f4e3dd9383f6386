import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { interviewView } from '../interviews/interviews.schemas.ts';
import {
  calibrationView,
  candidateQuery,
  comparisonView,
  kitBody,
  kitIdParams,
  kitList,
  kitView,
  practiceLinkView,
  practiceParams,
  practiceView,
  scorecardBody,
  scorecardList,
  scorecardParams,
  scorecardView,
  suggestionList,
  suggestionsQuery,
} from './kits.schemas.ts';
import type { KitService } from './kits.service.ts';

/** Practice links one person may open in a minute: a guessed token is one in 2^192 anyway. */
const PRACTICE_PER_MINUTE = 30;

export function kitRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; kits: KitService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interview kits'];
  const { authenticator, kits } = deps;
  const user = (request: Parameters<Authenticator['requireUser']>[0]) => authenticator.requireUser(request);

  routes.get(
    '/api/v1/kits',
    {
      schema: {
        tags,
        summary: 'Your interview kits, last changed first',
        operationId: 'listKits',
        response: { 200: kitList, ...problemResponses([401]) },
      },
    },
    async (request) => ({ items: await kits.list(await user(request)) }),
  );

  routes.post(
    '/api/v1/kits',
    {
      schema: {
        tags,
        summary: 'Build an interview kit for a role, level and competencies',
        operationId: 'createKit',
        body: kitBody,
        response: { 201: kitView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => reply.status(201).send(await kits.create(request.body, await user(request))),
  );

  routes.get(
    '/api/v1/kit-suggestions',
    {
      schema: {
        tags,
        summary: 'Bank questions suggested for a kit: its competencies, nearest its level first',
        operationId: 'suggestKitQuestions',
        querystring: suggestionsQuery,
        response: { 200: suggestionList, ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      const viewer = await user(request);
      const { level, competencies, exclude } = request.query;
      const excluded = (exclude ?? '').split(',').filter(Boolean);
      return { items: await kits.suggestions({ level, competencies, exclude: excluded }, viewer) };
    },
  );

  routes.get(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'One of your kits: each question with its sample answer, key points, red flags and scale; the plan',
        operationId: 'getKit',
        params: kitIdParams,
        response: { 200: kitView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => kits.get(request.params.id, await user(request)),
  );

  routes.put(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'Change a kit: its role, level, competencies, questions and their order',
        operationId: 'updateKit',
        params: kitIdParams,
        body: kitBody,
        response: { 200: kitView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request) => kits.update(request.params.id, request.body, await user(request)),
  );

  routes.delete(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'Delete a kit with its scorecards and practice links',
        operationId: 'deleteKit',
        params: kitIdParams,
        response: { 204: z.null().meta({ description: 'Deleted' }), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      await kits.remove(request.params.id, await user(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/kits/:id/print',
    {
      schema: {
        tags,
        summary: 'The kit as a printable page: plan, questions, what a good answer shows, red flags, scales',
        operationId: 'printKit',
        params: kitIdParams,
        response: {
          200: { description: 'A printable HTML page', content: { 'text/html': { schema: z.string() } } },
          ...problemResponses([400, 401, 404]),
        },
      },
    },
    async (request, reply) => {
      const html = await kits.printHtml(request.params.id, await user(request));
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .serializer((body: string) => body)
        .send(html);
    },
  );

  routes.post(
    '/api/v1/kits/:id/scorecards',
    {
      schema: {
        tags,
        summary:
          'Score a candidate on the kit: key points heard, ratings on the anchored scale, notes, a recommendation',
        operationId: 'createScorecard',
        params: kitIdParams,
        body: scorecardBody,
        response: { 201: scorecardView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await kits.createScorecard(request.params.id, request.body, await user(request))),
  );

  routes.get(
    '/api/v1/kits/:id/scorecards',
    {
      schema: {
        tags,
        summary: "The kit's scorecards, of one candidate or of all",
        operationId: 'listScorecards',
        params: kitIdParams,
        querystring: candidateQuery,
        response: { 200: scorecardList, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => ({
      items: await kits.listScorecards(request.params.id, await user(request), request.query.candidate),
    }),
  );

  routes.put(
    '/api/v1/kits/:id/scorecards/:scorecardId',
    {
      schema: {
        tags,
        summary: 'Change a scorecard',
        operationId: 'updateScorecard',
        params: scorecardParams,
        body: scorecardBody,
        response: { 200: scorecardView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request) =>
      kits.updateScorecard(request.params.id, request.params.scorecardId, request.body, await user(request)),
  );

  routes.get(
    '/api/v1/kits/:id/calibration',
    {
      schema: {
        tags,
        summary: "Where a candidate's interviewers agree and where they spread, per question; their recommendations",
        operationId: 'getKitCalibration',
        params: kitIdParams,
        querystring: z.object({ candidate: z.string().trim().min(1).max(120) }),
        response: { 200: calibrationView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => kits.calibration(request.params.id, request.query.candidate, await user(request)),
  );

  routes.get(
    '/api/v1/kits/:id/comparison',
    {
      schema: {
        tags,
        summary: "The kit's candidates side by side: mean rating per question, overall, recommendations",
        operationId: 'compareKitCandidates',
        params: kitIdParams,
        response: { 200: comparisonView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => kits.comparison(request.params.id, await user(request)),
  );

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

// Scorecards on a kit, calibration of a candidate's interviewers, and the kit's candidates side by side.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import {
  calibrationView,
  candidateQuery,
  comparisonView,
  kitIdParams,
  scorecardBody,
  scorecardList,
  scorecardParams,
  scorecardView,
} from './kits.schemas.ts';
import type { KitService } from './kits.service.ts';

export function kitScorecardRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; kits: KitService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interview kits'];
  const { authenticator, kits } = deps;
  const user = (request: Parameters<Authenticator['requireUser']>[0]) => authenticator.requireUser(request);

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
}

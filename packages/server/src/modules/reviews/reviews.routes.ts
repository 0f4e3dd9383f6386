import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '@rehearse/core';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { exerciseSummary, exerciseView, reviewSubmissionRequest, submissionView } from './reviews.schemas.ts';
import type { ReviewService } from './reviews.service.ts';

/** Reviews one person may submit in a minute: far above anyone reviewing, far below a loop. */
const SUBMISSIONS_PER_MINUTE = 30;

export function reviewRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; reviews: ReviewService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['code review'];
  const idParam = z.object({ id: z.string().min(1).max(100) });

  routes.get(
    '/api/v1/review-exercises',
    {
      schema: {
        tags,
        summary: 'The code-review exercises',
        operationId: 'listReviewExercises',
        querystring: z.object({ level: z.enum(LEVELS).optional() }),
        response: { 200: z.object({ items: z.array(exerciseSummary) }), ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      await deps.authenticator.requireUser(request);
      return { items: deps.reviews.list({ level: request.query.level }) };
    },
  );

  routes.get(
    '/api/v1/review-exercises/:id',
    {
      schema: {
        tags,
        summary: 'One pull request to review, with its diff',
        operationId: 'getReviewExercise',
        params: idParam,
        response: { 200: exerciseView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      await deps.authenticator.requireUser(request);
      return deps.reviews.get(request.params.id);
    },
  );

  routes.post(
    '/api/v1/review-exercises/:id/submissions',
    {
      config: { rateLimit: { max: SUBMISSIONS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Submit your review: line comments, a summary and a verdict',
        operationId: 'submitReview',
        params: idParam,
        body: reviewSubmissionRequest,
        response: { 201: submissionView, ...problemResponses([400, 401, 403, 404, 413, 415, 422, 429]) },
      },
    },
    async (request, reply) => {
      const viewer = await deps.authenticator.requireUser(request);
      const { interviewId, ...submission } = request.body;
      return reply.status(201).send(await deps.reviews.submit(request.params.id, submission, viewer, interviewId));
    },
  );

  routes.get(
    '/api/v1/review-exercises/:id/submissions',
    {
      schema: {
        tags,
        summary: 'Your reviews of an exercise, newest first',
        operationId: 'listReviewSubmissions',
        params: idParam,
        response: { 200: z.object({ items: z.array(submissionView) }), ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      return { items: await deps.reviews.listSubmissions(request.params.id, viewer) };
    },
  );

  routes.get(
    '/api/v1/review-submissions/:id',
    {
      schema: {
        tags,
        summary: 'One of your reviews, with its check and the debrief',
        operationId: 'getReviewSubmission',
        params: idParam,
        response: { 200: submissionView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => {
      const viewer = await deps.authenticator.requireUser(request);
      return deps.reviews.getSubmission(request.params.id, viewer);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECKLIST_STATES } from '@rehearse/core';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import {
  cardView,
  checklistView,
  gradeBody,
  gradedView,
  questionIdParam,
  queueView,
  scopeQuery,
  studyLimits,
} from './study.schemas.ts';
import { QUEUE_PAGE_MAX, type StudyService } from './study.service.ts';

/** Grades one person may give in a minute: a card every second, far below a loop. */
const GRADES_PER_MINUTE = 60;

export function studyRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; study: StudyService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator, study } = deps;
  const tags = ['study'];

  routes.get(
    '/api/v1/study/checklist',
    {
      schema: {
        tags,
        summary: 'Your self-study checklist: every question with where you stand, and progress per category',
        operationId: 'getStudyChecklist',
        querystring: z.object({ ...scopeQuery, state: z.enum(CHECKLIST_STATES).optional() }),
        response: { 200: checklistView, ...problemResponses([400, 401]) },
      },
    },
    async (request) => study.checklist(await authenticator.requireUser(request), request.query),
  );

  routes.get(
    '/api/v1/study/queue',
    {
      schema: {
        tags,
        summary: 'The flash cards to study now, in order, with due counts',
        description:
          'Learning cards due first (by due time), then reviews due today (by due date), then new cards within ' +
          'the daily limit. The study day turns over at 4 a.m. in your time zone: send utcOffset.',
        operationId: 'getStudyQueue',
        querystring: z.object({
          ...scopeQuery,
          utcOffset: z.coerce
            .number()
            .int()
            .min(-840)
            .max(840)
            .default(0)
            .meta({ description: 'Minutes your local time is ahead of UTC (60 in Paris in winter, -300 in New York)' }),
          limit: z.coerce.number().int().min(1).max(QUEUE_PAGE_MAX).default(10),
        }),
        response: { 200: queueView, ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      const viewer = await authenticator.requireUser(request);
      const { utcOffset, ...options } = request.query;
      return study.queue(viewer, { ...options, utcOffsetMinutes: utcOffset });
    },
  );

  routes.get(
    '/api/v1/study/cards/:questionId',
    {
      schema: {
        tags,
        summary: "A question's flash card and its latest reviews",
        operationId: 'getStudyCard',
        params: questionIdParam,
        response: { 200: cardView, ...problemResponses([400, 401, 404, 422]) },
      },
    },
    async (request) => study.card(await authenticator.requireUser(request), request.params.questionId),
  );

  routes.post(
    '/api/v1/study/cards/:questionId/reviews',
    {
      config: { rateLimit: { max: GRADES_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Grade a flash card: Again, Hard, Good or Easy',
        operationId: 'gradeStudyCard',
        params: questionIdParam,
        body: gradeBody,
        response: {
          201: gradedView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422, 429], {
            409: 'The card was graded since it was shown (expectedReps differs): fetch the queue again',
            422: 'The question was retired from the bank (or the request holds a NUL character)',
          }),
        },
      },
    },
    async (request, reply) => {
      const viewer = await authenticator.requireUser(request);
      const { grade, expectedReps } = request.body;
      return reply.status(201).send(await study.grade(viewer, request.params.questionId, grade, expectedReps));
    },
  );

  routes.get(
    '/api/v1/study/settings',
    {
      schema: {
        tags,
        summary: 'Your daily study limits',
        operationId: 'getStudySettings',
        response: { 200: studyLimits, ...problemResponses([401]) },
      },
    },
    async (request) => study.limits(await authenticator.requireUser(request)),
  );

  routes.put(
    '/api/v1/study/settings',
    {
      schema: {
        tags,
        summary: 'Set your daily study limits',
        operationId: 'updateStudySettings',
        body: studyLimits,
        response: { 200: studyLimits, ...problemResponses([400, 401, 403, 413, 415, 422]) },
      },
    },
    async (request) => study.setLimits(await authenticator.requireUser(request), request.body),
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@rehearse/core';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { InterviewEvents } from './interview-events.ts';
import type { InterviewService } from './interviews.service.ts';
import {
  answerBody,
  eventBody,
  idParams,
  interviewList,
  interviewView,
  settingsBody,
  summaryView,
  transcriptBody,
  turnParams,
} from './interviews.schemas.ts';

const KEEP_ALIVE_MS = 15_000;

export function interviewRoutes(
  app: FastifyInstance,
  deps: { authenticator: Authenticator; interviews: InterviewService; interviewEvents: InterviewEvents },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator, interviews } = deps;
  const tags = ['interviews'];

  routes.post(
    '/api/v1/interviews',
    {
      schema: {
        tags,
        summary: 'Plan and open a mock interview',
        operationId: 'createInterview',
        body: settingsBody,
        response: {
          201: interviewView,
          ...problemResponses([400, 401, 403, 413, 415, 422], {
            422: 'No questions match this round, level and these categories',
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await interviews.create(await authenticator.requireUser(request), request.body)),
  );

  routes.post(
    '/api/v1/interviews/:id/retake',
    {
      schema: {
        tags,
        summary: 'Open a new interview asking the same questions again; its summary compares with this one',
        operationId: 'retakeInterview',
        params: idParams,
        response: { 201: interviewView, ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await interviews.retake(request.params.id, await authenticator.requireUser(request))),
  );

  routes.get(
    '/api/v1/interviews',
    {
      schema: {
        tags,
        summary: 'Your interviews, newest first',
        operationId: 'listInterviews',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: interviewList, ...problemResponses([400, 401, 422]) },
      },
    },
    async (request) => ({
      items: await interviews.list(await authenticator.requireUser(request), request.query.limit),
    }),
  );

  routes.get(
    '/api/v1/interviews/:id',
    {
      schema: {
        tags,
        summary: 'An interview: plan, state, current turn and answers',
        operationId: 'getInterview',
        params: idParams,
        response: { 200: interviewView, ...problemResponses([400, 401, 404, 422]) },
      },
    },
    async (request) => interviews.get(request.params.id, await authenticator.requireUser(request)),
  );

  routes.post(
    '/api/v1/interviews/:id/events',
    {
      schema: {
        tags,
        summary: 'Move the interview: start, begin-answer, skip, pause, resume, finish, complete',
        operationId: 'sendInterviewEvent',
        params: idParams,
        body: eventBody,
        response: {
          200: interviewView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            409: 'The interview moved on since you last saw it (`currentVersion`), or cannot take this event now',
          }),
        },
      },
    },
    async (request) =>
      interviews.act(
        request.params.id,
        await authenticator.requireUser(request),
        request.body.event,
        request.body.expectedVersion,
      ),
  );

  routes.post(
    '/api/v1/interviews/:id/answers',
    {
      schema: {
        tags,
        summary: 'Submit the answer to the current turn (typed text, or a recording uploaded over tus)',
        operationId: 'submitAnswer',
        params: idParams,
        body: answerBody,
        response: {
          200: interviewView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            409: 'The interview moved on since you last saw it (`currentVersion`), or cannot take this event now',
            422: 'A typed answer needs its text',
          }),
        },
      },
    },
    async (request) =>
      interviews.submitAnswer(request.params.id, await authenticator.requireUser(request), request.body),
  );

  routes.post(
    '/api/v1/interviews/:id/turns/:turnId/retry',
    {
      schema: {
        tags,
        summary: 'Analyse again an answer whose analysis failed',
        operationId: 'retryAnswerAnalysis',
        params: turnParams,
        response: {
          200: interviewView,
          ...problemResponses([400, 401, 403, 404, 409, 422], {
            409: 'Only an answer whose analysis failed can be analysed again',
          }),
        },
      },
    },
    async (request) =>
      interviews.retryAnalysis(request.params.id, await authenticator.requireUser(request), request.params.turnId),
  );

  routes.put(
    '/api/v1/interviews/:id/turns/:turnId/transcript',
    {
      schema: {
        tags,
        summary: 'Correct a transcript; the analysis reruns on the corrected text',
        operationId: 'correctTranscript',
        params: turnParams,
        body: transcriptBody,
        response: {
          200: interviewView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            404: 'No spoken answer with this turn id in this interview',
            409: 'The first analysis of this answer has not finished',
          }),
        },
      },
    },
    async (request) =>
      interviews.correctTranscript(
        request.params.id,
        await authenticator.requireUser(request),
        request.params.turnId,
        request.body.text,
      ),
  );

  routes.get(
    '/api/v1/interviews/:id/summary',
    {
      schema: {
        tags,
        summary: 'Session summary across all answers',
        operationId: 'getInterviewSummary',
        params: idParams,
        response: { 200: summaryView, ...problemResponses([400, 401, 404, 422]) },
      },
    },
    async (request) => interviews.summary(request.params.id, await authenticator.requireUser(request)),
  );

  routes.delete(
    '/api/v1/interviews/:id',
    {
      schema: {
        tags,
        summary: 'Delete an interview and its answers',
        operationId: 'deleteInterview',
        params: idParams,
        response: { 204: z.null().describe('Deleted'), ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) => {
      await interviews.remove(request.params.id, await authenticator.requireUser(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/interviews/:id/stream',
    {
      schema: {
        tags,
        summary: 'Server-sent events: a message whenever the interview or an answer changes',
        operationId: 'streamInterview',
        params: idParams,
        response: {
          200: {
            description: 'An event stream: `update` events whose data is JSON naming what changed',
            content: { 'text/event-stream': { schema: z.string() } },
          },
          ...problemResponses([400, 401, 404, 422, 429], {
            429: 'Too many open live connections for this account',
          }),
        },
      },
    },
    async (request, reply) => {
      const viewer = await authenticator.requireUser(request);
      await interviews.get(request.params.id, viewer);
      if (!deps.interviewEvents.openStream(viewer.id))
        throw new DomainError(
          'rate-limited',
          'too-many-streams',
          'Too many open live connections for this account: close another tab of Rehearse and reload.',
        );
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 2000\n\n');
      // A reconnecting browser sends the id of the last update it saw, and first gets those it missed.
      const lastSeen = Number(request.headers['last-event-id']);
      const afterId = Number.isSafeInteger(lastSeen) && lastSeen >= 0 ? lastSeen : undefined;
      // A browser may leave while its missed updates are read: its subscription then ends as soon as it is made.
      let unsubscribe: (() => void) | undefined;
      let closed = false;
      const keepAlive = setInterval(() => out.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      request.raw.on('close', () => {
        closed = true;
        clearInterval(keepAlive);
        unsubscribe?.();
        deps.interviewEvents.closeStream(viewer.id);
      });
      const following = await deps.interviewEvents.follow(request.params.id, afterId, (update) =>
        out.write(
          `${update.id === undefined ? '' : `id: ${update.id}\n`}event: update\ndata: ${JSON.stringify(update)}\n\n`,
        ),
      );
      if (closed) following();
      else unsubscribe = following;
    },
  );
}

import type { Question } from '@rehearse/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.ts';
import { decodeCursor, offsetCursor, pageByOffset } from '../../http/pagination.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import { cacheEntry, createResponseCache, type CachedResponse } from '../../http/response-cache.ts';
import type { QuestionService, VisibleQuestion } from './questions.service.ts';
import {
  exportBody,
  exportQuery,
  idParams,
  importBody,
  importResult,
  listQuery,
  ownQuestionBody,
  questionDetail,
  questionPage,
} from './questions.schemas.ts';

const summarize = ({ question, source }: VisibleQuestion) => ({
  id: question.id,
  prompt: question.prompt,
  category: question.category,
  level: question.level,
  round: question.round,
  tags: question.tags,
  targetSeconds: question.targetSeconds,
  source,
  keyPoints: question.keyPoints.map(({ id, label }) => ({ id, label })),
});

export function questionRoutes(
  app: FastifyInstance,
  deps: { authenticator: Authenticator; questions: QuestionService },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator, questions } = deps;
  const tags = ['questions'];
  const pages = createResponseCache();
  const details = new WeakMap<Question, CachedResponse & { retired: boolean }>();

  routes.get(
    '/api/v1/questions',
    {
      schema: {
        tags,
        summary: 'Browse and search the bank and your own questions',
        operationId: 'listQuestions',
        security: [{ bearer: [] }, { session: [] }, {}],
        querystring: listQuery,
        response: {
          200: questionPage,
          ...problemResponses([400, 401, 422], {
            401: 'The Bearer token is invalid, expired or revoked (send none to browse the bank)',
            422: 'The cursor is not one this API issued',
          }),
        },
      },
    },
    async (request, reply) => {
      const { cursor, limit, ...filter } = request.query;
      const offset = decodeCursor(cursor, offsetCursor)?.offset ?? 0;
      const viewer = await authenticator.identify(request);
      // Everyone without questions of their own sees the same pages: kept serialized, with their ETag.
      const shared = await questions.sharedListKey(viewer);
      const { category, level, round, source, q } = filter;
      const key = shared && JSON.stringify([shared, category, level, round, source, q, offset, limit]);
      let cached = key ? pages.get(key) : undefined;
      if (!cached) {
        const page = pageByOffset(await questions.list(filter, viewer), offset, limit);
        const body = { items: page.items.map(summarize), nextCursor: page.nextCursor };
        if (!key) return body;
        cached = pages.set(key, reply.serialize(body) as string);
      }
      // A string with its content type is sent as it is: it was serialized by this route's schema above.
      void reply.header('etag', cached.etag).type('application/json; charset=utf-8');
      return reply.send(cached.body as never);
    },
  );

  routes.get(
    '/api/v1/questions/export',
    {
      schema: {
        tags,
        summary: 'Export your own (or all visible) questions as JSON',
        operationId: 'exportQuestions',
        querystring: exportQuery,
        response: { 200: exportBody, ...problemResponses([400, 401, 422]) },
      },
    },
    async (request) => {
      const viewer = await authenticator.requireUser(request);
      return { version: 1 as const, questions: await questions.exportVisible(viewer, request.query.scope) };
    },
  );

  routes.get(
    '/api/v1/questions/:id',
    {
      schema: {
        tags,
        summary: 'One question with its model answer and key points',
        operationId: 'getQuestion',
        security: [{ bearer: [] }, { session: [] }, {}],
        params: idParams,
        response: {
          200: questionDetail,
          ...problemResponses([400, 401, 404, 422], {
            401: 'The Bearer token is invalid, expired or revoked (send none to read a bank question)',
          }),
        },
      },
    },
    async (request, reply) => {
      const found = await questions.get(request.params.id, await authenticator.identify(request));
      // Questions are never changed in place: the same object always reads the same, serialized once.
      let cached = details.get(found.question);
      if (cached?.retired !== found.retired) {
        const body = reply.serialize({ ...found.question, source: found.source, retired: found.retired }) as string;
        cached = { ...cacheEntry(body), retired: found.retired };
        details.set(found.question, cached);
      }
      void reply.header('etag', cached.etag).type('application/json; charset=utf-8');
      return reply.send(cached.body as never);
    },
  );

  routes.post(
    '/api/v1/questions',
    {
      schema: {
        tags,
        summary: 'Add a question of your own (private to you)',
        operationId: 'createQuestion',
        body: ownQuestionBody,
        response: { 201: questionDetail, ...problemResponses([400, 401, 403, 413, 415, 422]) },
      },
    },
    async (request, reply) => {
      const created = await questions.create(request.body, await authenticator.requireUser(request));
      return reply.status(201).send({ ...created, source: 'own' as const, retired: false });
    },
  );

  routes.put(
    '/api/v1/questions/:id',
    {
      schema: {
        tags,
        summary: 'Replace one of your own questions',
        operationId: 'replaceQuestion',
        params: idParams,
        body: ownQuestionBody,
        response: {
          200: questionDetail,
          ...problemResponses([400, 401, 403, 404, 413, 415, 422], {
            403: 'Questions of the shared bank cannot be changed (or a write from another site, or a read-only token)',
          }),
        },
      },
    },
    async (request) => {
      const updated = await questions.update(request.params.id, request.body, await authenticator.requireUser(request));
      return { ...updated, source: 'own' as const, retired: false };
    },
  );

  routes.delete(
    '/api/v1/questions/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of your own questions',
        operationId: 'deleteQuestion',
        params: idParams,
        response: {
          204: z.null().describe('Removed'),
          ...problemResponses([400, 401, 403, 404, 422], {
            403: 'Questions of the shared bank cannot be removed (or a write from another site, or a read-only token)',
          }),
        },
      },
    },
    async (request, reply) => {
      await questions.remove(request.params.id, await authenticator.requireUser(request));
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/questions/import',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import questions from JSON (all or nothing)',
        operationId: 'importQuestions',
        body: importBody,
        response: {
          200: importResult,
          ...problemResponses([400, 401, 403, 413, 415, 422], {
            422: 'Some entries are invalid (see `entries`), or two share an id: nothing was imported',
          }),
        },
      },
    },
    async (request) => questions.importOwn(request.body.questions, await authenticator.requireUser(request)),
  );
}

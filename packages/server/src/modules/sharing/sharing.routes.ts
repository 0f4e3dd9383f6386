// The candidate's side of sharing: their shares, and the comments coaches left on their sessions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Sharing } from './sharing.module.ts';
import {
  commentBody,
  commentList,
  commentView,
  createdShare,
  interviewParams,
  shareBody,
  shareList,
  shareParams,
  shareView,
  unreadView,
} from './sharing.schemas.ts';

export function sharingRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; sharing: Sharing }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator } = deps;
  const { shares, comments } = deps.sharing;
  const tags = ['sharing'];

  routes.post(
    '/api/v1/shares',
    {
      schema: {
        tags,
        summary: 'Share an interview, or all of them, with a coach: by an invitation to their email, or a link',
        operationId: 'createShare',
        body: shareBody,
        response: {
          201: createdShare,
          ...problemResponses([400, 401, 403, 404, 413, 415, 422], {
            422: 'A share to yourself, an email no account has, or an expiry out of range',
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await shares.create(await authenticator.requireUser(request), request.body)),
  );

  routes.get(
    '/api/v1/shares',
    {
      schema: {
        tags,
        summary: 'Your shares, newest first, with whether each still opens',
        operationId: 'listShares',
        response: { 200: shareList, ...problemResponses([401, 422]) },
      },
    },
    async (request) => shares.list(await authenticator.requireUser(request)),
  );

  routes.delete(
    '/api/v1/shares/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a share: its coach can no longer open it (it stays listed as revoked)',
        operationId: 'revokeShare',
        params: shareParams,
        response: { 200: shareView, ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request) => shares.revoke(request.params.id, await authenticator.requireUser(request)),
  );

  routes.get(
    '/api/v1/interviews/:id/comments',
    {
      schema: {
        tags,
        summary: "Coaches' comments on an interview: all of them for its owner, their own for a coach",
        operationId: 'listComments',
        params: interviewParams,
        response: { 200: commentList, ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request) => comments.list(request.params.id, await authenticator.requireUser(request)),
  );

  routes.post(
    '/api/v1/interviews/:id/comments',
    {
      schema: {
        tags,
        summary:
          'Comment at a moment of an answer’s recording or on a sentence (a coach it is shared with, or its owner)',
        operationId: 'addComment',
        params: interviewParams,
        body: commentBody,
        response: {
          201: commentView,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            403: 'The share was revoked or has expired',
            409: 'The recording’s length is not known',
            422: 'A moment past the recording’s end, a sentence the answer does not have, or no recording',
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await comments.add(request.params.id, await authenticator.requireUser(request), request.body)),
  );

  routes.post(
    '/api/v1/interviews/:id/comments/read',
    {
      schema: {
        tags,
        summary: 'Mark the comments on one of your interviews as read',
        operationId: 'markCommentsRead',
        params: interviewParams,
        response: { 204: z.null().describe('Marked'), ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) => {
      await comments.markRead(request.params.id, await authenticator.requireUser(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/comments/unread',
    {
      schema: {
        tags,
        summary: 'How many comments on your interviews you have not read, per interview',
        operationId: 'unreadComments',
        response: { 200: unreadView, ...problemResponses([401, 422]) },
      },
    },
    async (request) => comments.unread(await authenticator.requireUser(request)),
  );
}

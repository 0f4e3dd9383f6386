// The coach's side of sharing: open a link, list what is shared, read a session and play its recordings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { interviewView } from '../interviews/interviews.schemas.ts';
import { recordingBody, recordingParams, recordingRange } from '../recordings/recordings.schemas.ts';
import { sendContent } from '../recordings/recordings.routes.ts';
import type { Sharing } from './sharing.module.ts';
import { claimBody, claimed, interviewParams, sharedList } from './sharing.schemas.ts';

const CLOSED = { 403: 'The share was revoked or has expired' };

export function sharedRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; sharing: Sharing }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator } = deps;
  const { shares, sessions } = deps.sharing;
  const tags = ['sharing'];

  routes.post(
    '/api/v1/shared/claims',
    {
      schema: {
        tags,
        summary: 'Open a share link as a coach: the share becomes yours (the first to open it)',
        operationId: 'claimShareLink',
        body: claimBody,
        response: {
          200: claimed,
          ...problemResponses([400, 401, 403, 404, 409, 413, 415, 422], {
            ...CLOSED,
            409: 'Another coach already opened this link',
            422: 'Your own link',
          }),
        },
      },
    },
    async (request) => shares.claim(request.body.token, await authenticator.requireUser(request)),
  );

  routes.get(
    '/api/v1/shared',
    {
      schema: {
        tags,
        summary: 'Sessions shared with you that you can open now',
        operationId: 'listSharedWithMe',
        response: { 200: sharedList, ...problemResponses([401, 422]) },
      },
    },
    async (request) => shares.sharedWith(await authenticator.requireUser(request)),
  );

  routes.get(
    '/api/v1/shared/interviews/:id',
    {
      schema: {
        tags,
        summary: 'A session shared with you, read-only: its answers, recordings, transcripts and feedback',
        operationId: 'getSharedInterview',
        params: interviewParams,
        response: {
          200: z.object({
            interview: interviewView,
            owner: z.object({ name: z.string() }),
          }),
          ...problemResponses([400, 401, 403, 404, 422], CLOSED),
        },
      },
    },
    async (request) => sessions.read(request.params.id, await authenticator.requireUser(request)),
  );

  routes.get(
    '/api/v1/shared/recordings/:id',
    {
      schema: {
        tags,
        summary: 'Play back a recording of a session shared with you (supports Range requests for seeking)',
        operationId: 'getSharedRecording',
        params: recordingParams,
        headers: recordingRange,
        response: {
          200: recordingBody('The whole recording'),
          206: recordingBody('The requested byte range'),
          ...problemResponses([400, 401, 403, 404, 416, 422], CLOSED),
        },
      },
    },
    async (request, reply) => {
      const viewer = await authenticator.requireUser(request);
      const content = await sessions.openRecording(request.params.id, viewer, request.headers.range);
      return sendContent(reply, content, request.url);
    },
  );
}

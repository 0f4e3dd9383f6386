import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemType, sendProblem } from '../../http/problem.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import { recordingBody, recordingMeta, recordingParams, recordingRange } from './recordings.schemas.ts';
import type { Recording, RecordingContent, RecordingService } from './recordings.service.ts';

const presentMeta = ({ userId: _userId, ...meta }: Recording) => meta;

export function sendContent(reply: FastifyReply, content: RecordingContent, instance: string) {
  const { recording } = content;
  void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, no-cache');
  if (content.kind === 'unsatisfiable') {
    void reply.header('content-range', `bytes */${recording.bytes}`);
    return sendProblem(reply, {
      type: problemType('range-not-satisfiable'),
      title: 'Range Not Satisfiable',
      status: 416,
      detail: `The recording has ${recording.bytes} bytes; ask for a range that starts inside it.`,
      code: 'range-not-satisfiable',
      instance,
    });
  }
  void reply.type(recording.mime).header('content-disposition', 'inline');
  if (content.kind === 'whole') return reply.header('content-length', recording.bytes).send(content.stream);
  return reply
    .status(206)
    .header('content-range', `bytes ${content.start}-${content.end}/${recording.bytes}`)
    .header('content-length', content.end - content.start + 1)
    .send(content.stream);
}

export function recordingRoutes(
  app: FastifyInstance,
  deps: { authenticator: Authenticator; recordings: RecordingService },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { authenticator, recordings } = deps;
  const tags = ['recordings'];

  routes.get(
    '/api/v1/recordings/:id',
    {
      schema: {
        tags,
        summary: 'Play back one of your recordings (supports Range requests for seeking)',
        operationId: 'getRecording',
        params: recordingParams,
        headers: recordingRange,
        response: {
          200: recordingBody('The whole recording'),
          206: recordingBody('The requested byte range'),
          ...problemResponses([400, 401, 404, 416, 422]),
        },
      },
    },
    async (request, reply) => {
      const viewer = await authenticator.requireUser(request);
      const content = await recordings.open(request.params.id, viewer, request.headers.range);
      return sendContent(reply, content, request.url);
    },
  );

  routes.get(
    '/api/v1/recordings/:id/meta',
    {
      schema: {
        tags,
        summary: 'What is known about one of your recordings',
        operationId: 'getRecordingMeta',
        params: recordingParams,
        response: { 200: recordingMeta, ...problemResponses([400, 401, 404, 422]) },
      },
    },
    async (request) => presentMeta(await recordings.get(request.params.id, await authenticator.requireUser(request))),
  );

  routes.delete(
    '/api/v1/recordings/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of your recordings (its file and its record)',
        operationId: 'deleteRecording',
        params: recordingParams,
        response: { 204: z.null().describe('Deleted'), ...problemResponses([400, 401, 403, 404, 422]) },
      },
    },
    async (request, reply) => {
      await recordings.remove(request.params.id, await authenticator.requireUser(request));
      return reply.status(204).send(null);
    },
  );
}

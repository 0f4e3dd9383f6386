import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, notFound } from '@rehearse/core';
import { problemType, sendProblem } from '../../http/problem.ts';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator, CurrentUser } from '../auth/authenticate.ts';
import { hasTrustedOrigin } from '../auth/csrf.ts';
import { checkCreation } from './uploads.policy.ts';
import type { UploadService } from './uploads.service.ts';

export interface UploadRouteDeps {
  authenticator: Authenticator;
  uploads: UploadService;
  trustedOrigins: string[];
}

// Header schemas stay loose: Fastify replaces request.headers with the parsed value, and the cookie must survive.
const tusHeaders = z.looseObject({ 'tus-resumable': z.string().max(20).describe('The tus protocol version, 1.0.0') });
const creationHeaders = tusHeaders.extend({
  'upload-length': z.string().regex(/^\d+$/).optional().describe('The total size, when known'),
  'upload-defer-length': z.literal('1').optional().describe('Sent instead of Upload-Length while recording'),
  'upload-metadata': z.string().max(4096).optional().describe('filetype (audio/* or video/*), answerId, filename'),
});
const patchHeaders = tusHeaders.extend({
  'upload-offset': z.string().regex(/^\d+$/),
  'upload-length': z.string().regex(/^\d+$/).optional().describe('Declares the final size of a deferred upload'),
});
const uploadParams = z.object({ id: z.uuid() });
const tusResponse = (description: string) => z.null().describe(description);

const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'DELETE']);

export async function uploadRoutes(app: FastifyInstance, deps: UploadRouteDeps) {
  const { authenticator, uploads, trustedOrigins } = deps;

  /** Signed in, and for a cookie-authenticated write, sent from our own pages (csrf.ts skips /files). */
  async function authorise(request: FastifyRequest): Promise<CurrentUser> {
    const user = await authenticator.requireUser(request);
    if (user.via === 'session' && UNSAFE_METHODS.has(request.method) && !hasTrustedOrigin(request, trustedOrigins))
      throw new DomainError('forbidden', 'origin-mismatch', 'Uploads must come from the Rehearse web app.');
    return user;
  }

  /** Checks the caller owns the upload, then lets tus answer; a finished upload answers HEAD as complete. */
  async function onExistingUpload(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    const user = await authorise(request);
    const access = await uploads.access(request.params.id, user.id);
    if (access.kind === 'none') throw notFound('upload', request.params.id);
    if (access.kind === 'in-progress') return uploads.handOver(request, reply, user.id);
    if (request.method !== 'HEAD') throw notFound('upload', request.params.id);
    const bytes = String(access.recording.bytes);
    return reply
      .headers({ 'tus-resumable': '1.0.0', 'cache-control': 'no-store', 'recording-id': access.recording.id })
      .headers({ 'upload-offset': bytes, 'upload-length': bytes })
      .status(200)
      .send();
  }

  await app.register((scope, _options, done) => {
    // tus bodies are streamed to disk by the tus server; Fastify must leave them unread.
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, parsed) => parsed(null));
    const routes = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['uploads'];

    routes.post(
      '/files',
      {
        schema: {
          tags,
          summary: 'Start a resumable upload of a recording (tus 1.0 creation; length may be deferred)',
          operationId: 'createUpload',
          headers: creationHeaders,
          response: {
            201: tusResponse('Created; the Location header is the upload URL'),
            ...problemResponses([400, 401, 403, 412, 413, 415, 422], {
              403: 'Uploads with the session cookie must come from the Rehearse web app',
              413: 'Larger than the server accepts, or your recordings fill your storage quota',
              415: 'Only audio and video recordings are accepted (metadata "filetype")',
            }),
          },
        },
      },
      async (request, reply) => {
        const user = await authorise(request);
        const check = checkCreation(request.headers, { maxBytes: uploads.maxBytes });
        if (!check.ok) return sendProblem(reply, { ...check.problem, instance: request.url });
        const declared = Number(request.headers['upload-length'] ?? 0) || 0;
        if (!(await uploads.withinQuota(user.id, declared)))
          return sendProblem(reply, {
            type: problemType('storage-quota-exceeded'),
            status: 413,
            code: 'storage-quota-exceeded',
            detail: 'Your recordings fill your storage quota: delete some old recordings to record more.',
            instance: request.url,
          });
        return uploads.handOver(request, reply, user.id);
      },
    );

    const one = { tags, params: uploadParams };
    routes.head(
      '/files/:id',
      {
        schema: {
          ...one,
          headers: tusHeaders,
          summary: 'How much of your upload the server has (Upload-Offset)',
          operationId: 'getUploadOffset',
          response: { 200: tusResponse('Upload-Offset, and Upload-Length once known') },
        },
      },
      onExistingUpload,
    );
    routes.patch(
      '/files/:id',
      {
        schema: {
          ...one,
          headers: patchHeaders,
          summary: 'Append bytes to your upload at Upload-Offset (application/offset+octet-stream)',
          operationId: 'appendToUpload',
          response: {
            204: tusResponse('Stored; Upload-Offset is the new offset'),
            ...problemResponses([400, 401, 403, 404, 409, 412, 413, 415, 422], {
              404: 'No unfinished upload with this id is yours',
              409: "Upload-Offset does not match the server's offset: ask with HEAD and resume from there",
            }),
          },
        },
      },
      onExistingUpload,
    );
    routes.delete(
      '/files/:id',
      {
        schema: {
          ...one,
          headers: tusHeaders,
          summary: 'Abandon an unfinished upload',
          operationId: 'deleteUpload',
          response: {
            204: tusResponse('Removed'),
            ...problemResponses([400, 401, 403, 404, 412, 422], { 404: 'No unfinished upload with this id is yours' }),
          },
        },
      },
      onExistingUpload,
    );
    routes.options(
      '/files',
      {
        schema: {
          tags,
          summary: 'The tus versions, extensions and maximum size this server supports',
          operationId: 'getUploadOptions',
          security: [],
          response: {
            204: tusResponse('Tus-Version, Tus-Extension and Tus-Max-Size'),
            ...problemResponses([422]),
          },
        },
      },
      (request, reply) => uploads.handOver(request, reply, ''),
    );
    done();
  });
}

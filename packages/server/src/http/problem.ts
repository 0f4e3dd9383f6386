import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorKind } from '@rehearse/core';
import type { Problem } from './problem-responses.ts';

/** RFC 9457 problem details, as the OpenAPI document describes them. Clients switch on `type` or on `code`. */
export type { Problem };

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  'not-found': 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid: 422,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problemType = (code: string) => `https://rehearse.dev/problems/${code}`;

export type ProblemInput = Partial<Pick<Problem, 'title'>> & {
  type: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
};

export function sendProblem(reply: FastifyReply, problem: ProblemInput | Problem) {
  const body: Problem = { ...problem, title: problem.title ?? TITLES[problem.status] ?? 'Error' };
  return reply.status(problem.status).type('application/problem+json').send(body);
}

function toProblem(error: FastifyError | DomainError | Error, request: FastifyRequest): Problem {
  const instance = request.url;
  if (error instanceof DomainError) {
    const status = STATUS_BY_KIND[error.kind];
    return {
      type: problemType(error.code),
      title: TITLES[status] ?? 'Error',
      status,
      detail: error.message,
      code: error.code,
      instance,
      ...(error.details ?? {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'is invalid',
    }));
    return {
      type: problemType('validation-failed'),
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid; see errors for each invalid field.',
      code: 'validation-failed',
      instance,
      errors,
    };
  }
  const given: unknown = 'statusCode' in error ? error.statusCode : undefined;
  const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
  if (status >= 500) {
    return {
      type: problemType('internal'),
      title: TITLES[500]!,
      status: 500,
      detail: 'Something went wrong on our side.',
      code: 'internal',
      instance,
    };
  }
  const code =
    'code' in error && typeof error.code === 'string' ? error.code.toLowerCase().replaceAll('_', '-') : 'bad-request';
  // Fastify's own 4xx messages (bad JSON, body too large, wrong content type) are safe and useful to show.
  return { type: problemType(code), title: TITLES[status] ?? 'Error', status, detail: error.message, code, instance };
}

/** Every error and unknown route becomes application/problem+json; 5xx details only reach the log. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request rejected');
    if (problem.status === 429 && 'headers' in error && error.headers) reply.headers(error.headers);
    return sendProblem(reply, problem);
  });
}

/**
 * Errors Fastify raises before any route runs (a URL that does not decode, a parameter over the length limit):
 * the same problem documents as everything else.
 */
export function routingProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 400;
  const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'parameter-too-long' : 'bad-url';
  return sendProblem(reply, {
    type: problemType(code),
    status,
    detail:
      code === 'parameter-too-long' ? 'A part of the path is longer than allowed.' : 'The URL could not be decoded.',
    code,
    instance: request.url.slice(0, 200),
  });
}

/**
 * tus writes its own errors as plain text straight to the socket. This rewrites any error status it writes on
 * this response as a problem document, keeping its tus headers (Tus-Resumable, Upload-Offset…).
 */
export function problemsForRawErrors(request: FastifyRequest, reply: FastifyReply): void {
  const res = reply.raw;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
  let problem: string | undefined;
  res.writeHead = (status: number, ...rest: unknown[]) => {
    if (status < 400) return writeHead(status, ...rest);
    const code = RAW_ERROR_CODES[status] ?? 'upload-failed';
    problem = JSON.stringify({
      type: problemType(code),
      title: TITLES[status] ?? 'Error',
      status,
      detail: RAW_ERROR_DETAILS[status] ?? 'The upload request failed.',
      code,
      instance: request.url.slice(0, 200),
    });
    const headers = withoutBodyHeaders(rest.find((r) => typeof r === 'object' && r !== null));
    res.removeHeader('content-type');
    res.removeHeader('content-length');
    headers['content-type'] = 'application/problem+json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(problem));
    return writeHead(status, headers);
  };
  // tus's plain-text body is replaced by the problem document.
  res.write = ((...args: unknown[]) => (problem === undefined ? write(...args) : true)) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (problem === undefined) return end(...args);
    const callback = args.find((a) => typeof a === 'function');
    return callback ? end(problem, callback) : end(problem);
  }) as typeof res.end;
}

/** Headers as an object, whatever form they came in (object, flat raw array, array of pairs), minus the body's. */
function withoutBodyHeaders(given: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  const add = (name: unknown, value: unknown) => {
    if (typeof name === 'string' && !/^content-(type|length)$/i.test(name)) headers[name] = String(value);
  };
  if (Array.isArray(given)) {
    if (given.every((entry) => Array.isArray(entry)))
      for (const [name, value] of given as unknown[][]) add(name, value);
    else for (let i = 0; i + 1 < given.length; i += 2) add(given[i], given[i + 1]);
  } else if (given && typeof given === 'object') for (const [name, value] of Object.entries(given)) add(name, value);
  return headers;
}

const RAW_ERROR_CODES: Record<number, string> = {
  400: 'upload-request-invalid',
  403: 'upload-forbidden',
  404: 'upload-not-found',
  409: 'upload-offset-conflict',
  410: 'upload-gone',
  412: 'tus-version-required',
  413: 'upload-too-large',
  415: 'upload-type-not-allowed',
  460: 'upload-checksum-mismatch',
};

const RAW_ERROR_DETAILS: Record<number, string> = {
  400: 'The upload request has an invalid tus header.',
  404: 'No such upload is visible to you.',
  409: "Upload-Offset does not match the server's offset: ask with HEAD and resume from there.",
  410: 'This upload is gone.',
  412: 'Send Tus-Resumable: 1.0.0.',
  413: 'The upload is larger than the server accepts.',
};

export function notFoundProblem(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    type: problemType('route-not-found'),
    status: 404,
    detail: `No route for ${request.method} ${request.url.split('?')[0]}.`,
    code: 'route-not-found',
    instance: request.url,
  });
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorKind } from '@rehearse/core';

/** RFC 9457 problem details. `type` is a stable URI naming the problem; clients switch on it or on `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

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

export function notFoundProblem(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    type: problemType('route-not-found'),
    status: 404,
    detail: `No route for ${request.method} ${request.url.split('?')[0]}.`,
    code: 'route-not-found',
    instance: request.url,
  });
}

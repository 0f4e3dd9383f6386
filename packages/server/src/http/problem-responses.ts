// The problem documents of the OpenAPI contract: one shared schema (RFC 9457), and the 4xx responses each route
// declares. Declared responses are also what Fastify serializes errors with, so the schema admits every problem
// http/problem.ts writes, extension members included.
import { z } from 'zod';

export const problemDetails = z
  .looseObject({
    type: z.string().describe('A URI naming the kind of problem; stable, so clients may switch on it'),
    title: z.string().describe('A short summary of the kind of problem'),
    status: z.number().int().describe('The HTTP status code'),
    detail: z.string().optional().describe('What went wrong with this request, in words a person can act on'),
    instance: z.string().optional().describe('The request path that failed'),
    code: z.string().optional().describe('The stable code of the problem: the last segment of `type`'),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('For a request that is not valid: each invalid field, as `body.name`, `query.limit`…'),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details; some problems add members of their own (such as `currentVersion`).',
  });

export type Problem = z.output<typeof problemDetails>;

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 416 | 422 | 429 | 503;

const GENERAL: Record<ProblemStatus, string> = {
  400: 'The request is not valid: a field, the JSON or a header (see `errors`)',
  401: 'Not signed in: sign in, or send a personal access token as a Bearer token',
  403: 'Not allowed: a write with the session cookie from another site, or a read-only token writing',
  404: 'Nothing with this id is visible to you',
  409: 'The request conflicts with the current state of the resource',
  412: 'The tus protocol version is missing or not supported: send Tus-Resumable: 1.0.0',
  413: 'The body is larger than this operation accepts',
  415: 'The body is of a media type this operation does not accept',
  416: 'The range asked for does not start inside the resource',
  422: 'The request is well formed but cannot be carried out (or holds a NUL character, which no field accepts)',
  429: 'Too many requests: wait as long as Retry-After says, then try again',
  503: 'This server lacks what the operation needs (a program it runs is not installed), or it is failing for now',
};

export interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof problemDetails } };
}

/**
 * The problem responses of one route: each status with the general description, or this route's own where it
 * names the causes (`{ 409: 'The interview moved on since you last saw it' }`).
 */
export function problemResponses<S extends ProblemStatus>(
  statuses: readonly S[],
  specific: Partial<Record<S, string>> = {},
): Record<S, ProblemResponse> {
  const responses = {} as Record<S, ProblemResponse>;
  for (const status of statuses)
    responses[status] = {
      description: specific[status] ?? GENERAL[status],
      content: { 'application/problem+json': { schema: problemDetails } },
    };
  return responses;
}

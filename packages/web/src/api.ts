import createClient from 'openapi-fetch';
import type { components, paths } from './api/schema.d.ts';

/** The API's schemas, as its OpenAPI document names them (generated: `npm run api:types`). */
export type Schemas = components['schemas'];

/** A problem document (RFC 9457) as the API returns it. */
export type Problem = Schemas['Problem'];

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
  }
}

/**
 * The API client, typed from the OpenAPI document: paths, parameters, bodies and responses are checked against
 * it. Same-origin requests carry the session cookie (and the browser's Origin, which the server checks on writes).
 */
export const api = createClient<paths>({ credentials: 'same-origin' });

const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' && body !== null && 'status' in body && 'title' in body;

/**
 * The data of a successful call (undefined for 204), or an ApiError carrying its problem document:
 * `const view = await data(api.GET('/api/v1/interviews/{id}', { params: { path: { id } } }))`.
 */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, error, response } = await call;
  if (!response.ok)
    throw new ApiError(
      isProblem(error)
        ? error
        : { type: 'about:blank', title: response.statusText || 'Error', status: response.status },
    );
  return body as T;
}

export { CATEGORIES, LEVELS, ROUNDS } from '@rehearse/core/questions/taxonomy';

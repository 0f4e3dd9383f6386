/** A problem document (RFC 9457) as the API returns it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
  }
}

/** Calls the API with the session cookie; throws ApiError with the problem document on failure. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? null : JSON.stringify(init.body),
    signal: init.signal ?? null,
  });
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (data as Problem | undefined) ?? {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
    };
    throw new ApiError(problem);
  }
  return data as T;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'candidate' | 'coach' | 'admin';
}

export interface QuestionSummary {
  id: string;
  prompt: string;
  category: string;
  level: string;
  round: string;
  tags: string[];
  targetSeconds: number;
  source: 'bank' | 'own';
  keyPoints: { id: string; label: string }[];
}

export interface QuestionDetail extends Omit<QuestionSummary, 'keyPoints'> {
  modelAnswer: string;
  keyPoints: { id: string; label: string; weight: number; probe: string; evidence: string[] }[];
  misconceptions: { id: string; claim: string; correction: string }[];
  redFlags: string[];
  greatAnswerAdds: string[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export { CATEGORIES, LEVELS, ROUNDS } from '@rehearse/core/questions/taxonomy';

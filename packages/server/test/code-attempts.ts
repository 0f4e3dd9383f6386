import type { FastifyInstance } from 'fastify';
import { ORIGIN, signUp } from './helper.ts';

/**
 * A new user runs `source` against the LRU-cache problem's visible tests: a code-check job on the queue. Returns
 * the attempt's status as the user sees it ('queued' until a process that runs jobs checked it).
 */
export async function submitCodeRun(app: FastifyInstance, source: string): Promise<{ status: () => Promise<string> }> {
  const { cookie } = await signUp(app);
  const attempt = (
    await app.inject({
      method: 'POST',
      url: '/api/v1/problems/lru-cache/attempts',
      headers: { ...ORIGIN, cookie },
      payload: { language: 'javascript', source, mode: 'run' },
    })
  ).json<{ id: string }>();
  return {
    status: async () =>
      (await app.inject({ url: `/api/v1/code-attempts/${attempt.id}`, headers: { cookie } })).json<{ status: string }>()
        .status,
  };
}

import { z } from 'zod';
import { defineTask } from '../jobs/job-queue.ts';
import type { CodingService } from './coding.service.ts';

export const CODE_CHECK = 'check-code';

/** Checks one attempt in the sandbox on a worker thread. Idempotent: a checked attempt is left as it is. */
export function codeCheckTask(coding: CodingService) {
  return defineTask({
    type: CODE_CHECK,
    payload: z.object({ attemptId: z.string().min(1) }),
    maxAttempts: 2,
    backoff: { initialMs: 500, maxMs: 5_000 },
    async perform({ attemptId }) {
      await coding.completeAttempt(attemptId);
    },
    // However it died, the attempt says so instead of staying queued for ever.
    async onFailed({ attemptId }, error) {
      await coding.failAttempt(attemptId, error);
    },
  });
}

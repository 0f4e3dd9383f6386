import { z } from 'zod';
import { defineTask } from '../jobs/job-queue.ts';
import type { InterviewService } from './interviews.service.ts';

export const TURN_ANALYSIS = 'analyse-turn';
const MAX_ATTEMPTS = 3;

/** Transcribes (when spoken) and analyses one answer. Idempotent: an analysed turn is left as it is. */
export function turnAnalysisTask(interviews: InterviewService) {
  return defineTask({
    type: TURN_ANALYSIS,
    payload: z.object({ turnRowId: z.string().min(1) }),
    maxAttempts: MAX_ATTEMPTS,
    backoff: { initialMs: 500, maxMs: 10_000 },
    async perform({ turnRowId }) {
      await interviews.analyseTurn(turnRowId);
    },
    // However the job died (its last attempt failed, or every attempt crashed the process), the answer is marked
    // as not analysed and the interview goes on instead of waiting for ever.
    async onFailed({ turnRowId }, error) {
      await interviews.markTurnFailed(turnRowId, error);
    },
  });
}

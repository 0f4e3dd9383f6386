import { z } from 'zod';
import { defineTask } from '../jobs/job-queue.ts';
import type { AnswerService } from './answers.service.ts';

/** The task's name and payload are kept from when it lived with interviews: jobs already queued still run. */
export const ANSWER_ANALYSIS = 'analyse-turn';
const MAX_ATTEMPTS = 3;

/** Transcribes (when spoken) and analyses one answer. Idempotent: an analysed answer is left as it is. */
export function answerAnalysisTask(answers: Pick<AnswerService, 'analyse' | 'markFailed'>) {
  return defineTask({
    type: ANSWER_ANALYSIS,
    payload: z.object({ turnRowId: z.string().min(1).describe('The answer id') }),
    maxAttempts: MAX_ATTEMPTS,
    backoff: { initialMs: 500, maxMs: 10_000 },
    async perform({ turnRowId }) {
      await answers.analyse(turnRowId);
    },
    // However the job died (its last attempt failed, or every attempt crashed the process), the answer is marked
    // as not analysed and the interview goes on instead of waiting for ever.
    async onFailed({ turnRowId }, error) {
      await answers.markFailed(turnRowId, error);
    },
  });
}

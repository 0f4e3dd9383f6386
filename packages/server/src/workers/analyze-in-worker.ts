import type { DeliveryInput, Question } from '@rehearse/core';
import type { QuestionService } from '../modules/questions/questions.service.ts';
import type { WorkerPool } from './worker-pool.ts';
import { BANK, type SharedBank } from './worker-shared.ts';

/**
 * Answers analysed on a worker thread, never on the event loop, against the bank, which each thread is sent once
 * per version (and indexes at once); a bank question then goes by its id rather than being copied every call.
 */
export function analyzeInWorker(workers: WorkerPool, questions: Pick<QuestionService, 'bank'>) {
  let bankShared: { version: string; ids: Map<string, Question> } | undefined;
  return async (question: Question, answerText: string, delivery?: DeliveryInput) => {
    const bank = await questions.bank();
    if (bank.version !== bankShared?.version) {
      workers.share(BANK, bank satisfies SharedBank);
      bankShared = { version: bank.version, ids: new Map(bank.questions.map((q) => [q.id, q])) };
    }
    const which = bankShared.ids.get(question.id) === question ? { questionId: question.id } : { question };
    return workers.runInWorker('analyzeAnswer', { ...which, answerText, ...(delivery ? { delivery } : {}) });
  };
}

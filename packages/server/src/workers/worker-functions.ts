// The pure, CPU-heavy functions the worker pool runs off the main thread, by name. Arguments and results cross
// the thread boundary by structured clone: plain data only (no class instances, no functions).
import {
  analyzeAnswer as analyze,
  createQuestionIndex,
  type AnswerAnalysis,
  checkReview,
  type CodeCheckReport,
  type Exercise,
  type ReviewCheck,
  type ReviewSubmission,
  type DeliveryInput,
  type Question,
  type QuestionIndex,
} from '@rehearse/core';
import { buildLanguageModelFiles, type LanguageModelBuildInput } from '../modules/speech/language-model-build.ts';
import type { CheckRequest } from '../modules/coding/code-check.ts';
import { BANK, sharedValue, type SharedBank } from './worker-shared.ts';

/** A bank question goes by its id (the thread has the bank); a user's own question whole. */
export type AnalyzeAnswerArgs = ({ questionId: string } | { question: Question }) & {
  answerText: string;
  delivery?: DeliveryInput;
};

/** What this thread derives from the shared bank, once per version: its index and its questions by id. */
let prepared: { from: SharedBank; index: QuestionIndex; byId: Map<string, Question> } | undefined;

function bank(): typeof prepared {
  const shared = sharedValue<SharedBank>(BANK);
  if (!shared) return undefined;
  if (prepared?.from !== shared) {
    const byId = new Map(shared.questions.map((question) => [question.id, question]));
    prepared = { from: shared, index: createQuestionIndex(shared.questions), byId };
  }
  return prepared;
}

/** A new bank: its index is built now, before an answer waits for it. */
export function onShared(key: string): void {
  if (key === BANK) bank();
}

export const workerFunctions = {
  analyzeAnswer(args: AnalyzeAnswerArgs): AnswerAnalysis {
    const shared = bank();
    // The bank's own question object, the same on every call, so that what core derives from it is reused.
    const question = 'question' in args ? args.question : shared?.byId.get(args.questionId);
    if (!question) throw new Error(`Question ${'questionId' in args ? args.questionId : ''} is not in the bank.`);
    return analyze(question, args.answerText, {
      ...(shared ? { index: shared.index } : {}),
      ...(args.delivery ? { delivery: args.delivery } : {}),
    });
  },
  buildLanguageModel(input: LanguageModelBuildInput): { arpa: string; dictionary: string } {
    return buildLanguageModelFiles(input);
  },
  /** Checks a coding solution in a fresh QuickJS sandbox (its WebAssembly memory never shrinks: one per check). */
  async checkCode(request: CheckRequest): Promise<CodeCheckReport> {
    // Loaded on a thread's first check: ESLint, the TypeScript parser and QuickJS would slow every thread's start.
    const [{ checkSolution }, { openSandbox }] = await Promise.all([
      import('../modules/coding/code-check.ts'),
      import('../modules/coding/quickjs-sandbox.ts'),
    ]);
    const session = await openSandbox();
    try {
      return checkSolution(request, session);
    } finally {
      session.dispose();
    }
  },
  checkReview(exercise: Exercise, submission: ReviewSubmission): ReviewCheck {
    return checkReview(exercise, submission);
  },
};

export type WorkerFunctions = typeof workerFunctions;

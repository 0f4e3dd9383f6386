// The pure, CPU-heavy functions the worker pool runs off the main thread, by name. Arguments and results cross
// the thread boundary by structured clone: plain data only (no class instances, no functions).
import { analyzeAnswer as analyze, type AnswerAnalysis, type DeliveryInput, type Question } from '@rehearse/core';
import { buildLanguageModelFiles, type LanguageModelBuildInput } from '../modules/speech/language-model-build.ts';

export interface AnalyzeAnswerArgs {
  question: Question;
  answerText: string;
  /** The bank to weigh words and judge relevance against; rebuilt in the worker only when `version` changes. */
  bank?: { version: string; questions: Question[] };
  delivery?: DeliveryInput;
}

let cachedBank: { version: string; questions: Question[] } | undefined;

/** Keeps one array per bank version, so core's per-array index cache is hit on every later call. */
function bankQuestions(bank: AnalyzeAnswerArgs['bank']): Question[] | undefined {
  if (!bank) return undefined;
  if (cachedBank?.version !== bank.version) cachedBank = bank;
  return cachedBank.questions;
}

export const workerFunctions = {
  analyzeAnswer(args: AnalyzeAnswerArgs): AnswerAnalysis {
    return analyze(args.question, args.answerText, { questions: bankQuestions(args.bank), delivery: args.delivery });
  },
  buildLanguageModel(input: LanguageModelBuildInput): { arpa: string; dictionary: string } {
    return buildLanguageModelFiles(input);
  },
};

export type WorkerFunctions = typeof workerFunctions;

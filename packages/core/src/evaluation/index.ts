// Public surface of the evaluation harness.
export {
  parseEvalSet,
  evalSetSchema,
  evalItemSchema,
  evalAnswerSchema,
  QUALITIES,
  type EvalSet,
  type EvalItem,
  type EvalAnswer,
  type Quality,
  type ParsedEvalSet,
} from './eval-set.ts';
export {
  evaluate,
  type AnalyzeForEval,
  type AnalysisOutcome,
  type EvaluationResult,
  type EvaluationMetrics,
  type EvaluatedItem,
  type EvaluatedAnswer,
} from './evaluate.ts';
export { countPairs, ORDERED_PAIRS, type PairCount, type ScoredAnswer } from './pairwise.ts';
export {
  createSearchResolver,
  questionFromItem,
  searchConfidence,
  MIN_CONFIDENCE,
  type Resolution,
  type ResolveQuestion,
} from './resolve.ts';

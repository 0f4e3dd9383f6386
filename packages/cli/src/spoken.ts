import type { EvalItem, EvaluationResult, Question, QuestionIndex, ResolveQuestion } from '@rehearse/core';
import { CliError } from './output.ts';
import type { AnalysisReport } from './report.ts';

export const SPOKEN_EXTENSIONS = ['.wav', '.webm', '.mp4', '.m4a', '.ogg'];

// Wired to the speech adapters in the next step.
export function analyzeSpokenFile(_path: string, _question: Question, _index: QuestionIndex): Promise<AnalysisReport> {
  return Promise.reject(new CliError('spoken answers are not wired into the CLI yet'));
}

export function evaluateSpoken(
  _items: readonly EvalItem[],
  _index: QuestionIndex,
  _resolve: ResolveQuestion,
): Promise<EvaluationResult> {
  return Promise.reject(new CliError('--spoken is not wired into the CLI yet'));
}

// What the interviewer takes from an analysed answer: the key points it may follow up on.
import { nextProbe, stillMissing, type AnswerAnalysis, type MissedKeyPoint } from '@rehearse/core';
import type { StoredAnswer } from './answers.repository.ts';

/**
 * The missed key points the interviewer may follow up on. With an LLM, the point it would probe first (by the
 * interview's own rule) is asked in the model's words instead of the bank's probe.
 */
export function withGeneratedFollowUp(
  analysis: AnswerAnalysis,
  probed: readonly string[],
  generated: string | undefined,
  coveredBefore: readonly string[] = [],
): MissedKeyPoint[] {
  // What the question's earlier turns made is not missing, whatever this turn says.
  const missed = stillMissing(analysis, coveredBefore).map(({ id, label, weight, probe }) => ({
    id,
    label,
    weight,
    probe,
  }));
  const first = nextProbe(missed, probed);
  return missed.map((point) => (generated && point === first ? { ...point, probe: generated } : point));
}

/** Key points that the earlier analysed answers to the same question (its answer, earlier follow-ups) made. */
export function pointsMadeBefore(answer: StoredAnswer, ofInterview: readonly StoredAnswer[]): string[] {
  const earlier = ofInterview.filter(
    (a) => a.questionId === answer.questionId && a.id !== answer.id && a.analysis && a.createdAt <= answer.createdAt,
  );
  const made = earlier.flatMap((a) => a.analysis!.keyPoints.filter((p) => p.covered).map((p) => p.id));
  return [...new Set(made)];
}

// Practice feeds the schedule: an analysed answer's weighted coverage of the question's key points becomes a
// grade of that question's card, as if the candidate had graded a flash card. The same weighting as the content
// score (key points by weight, each by how firmly the answer makes it), without the score's other adjustments:
// the card asks "did you recall what matters", not "was it well told".
import type { AnswerAnalysis } from '../analysis/types.ts';
import type { StudyGrade } from './card.ts';

/** Coverage from which each grade is given: below the first, Again. */
export const PRACTICE_GRADE_FROM = { hard: 0.35, good: 0.6, easy: 0.85 } as const;

export function keyPointCoverage(keyPoints: AnswerAnalysis['keyPoints']): number {
  const total = keyPoints.reduce((sum, point) => sum + point.weight, 0);
  return total ? keyPoints.reduce((sum, point) => sum + point.weight * point.strength, 0) / total : 0;
}

export function gradeFromCoverage(coverage: number): StudyGrade {
  if (coverage < PRACTICE_GRADE_FROM.hard) return 'again';
  if (coverage < PRACTICE_GRADE_FROM.good) return 'hard';
  if (coverage < PRACTICE_GRADE_FROM.easy) return 'good';
  return 'easy';
}

/**
 * The grade an analysed answer gives its question's card, or null when the answer says nothing about recall:
 * too short to assess, unless the candidate said they did not know (which is an honest Again).
 */
export function gradeFromAnswer(
  analysis: Pick<AnswerAnalysis, 'verdict' | 'keyPoints' | 'substance'>,
): { grade: StudyGrade; coverage: number } | null {
  const coverage = keyPointCoverage(analysis.keyPoints);
  if (analysis.verdict === 'not-enough-to-assess' && !analysis.substance.admitsNotKnowing) return null;
  return { grade: gradeFromCoverage(coverage), coverage };
}

// A scorecard: one interviewer's record of one candidate on a kit: per question, the key points heard, a rating
// on the anchored scale and notes, and an overall recommendation.
import { invalid } from '../errors.ts';
import { KIT_RATINGS, thresholds, type KitQuestion, type KitRating } from './kit.ts';

export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type HiringRecommendation = (typeof RECOMMENDATIONS)[number];

export interface ScorecardEntry {
  questionKey: string;
  keyPointsHeard: readonly string[];
  /** Null until the interviewer rates the question. */
  rating: KitRating | null;
  notes: string;
}

export interface Scorecard {
  candidate: string;
  interviewer: string;
  entries: readonly ScorecardEntry[];
  recommendation: HiringRecommendation | null;
}

/** Refuses a scorecard that names a question or key point the kit lacks, or rates off the scale. */
export function checkScorecard(questions: readonly KitQuestion[], scorecard: Scorecard): void {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const seen = new Set<string>();
  for (const entry of scorecard.entries) {
    const question = byKey.get(entry.questionKey);
    if (!question) throw invalid('scorecard-unknown-question', `The kit has no question "${entry.questionKey}".`);
    if (seen.has(entry.questionKey))
      throw invalid('scorecard-duplicate-question', `Question "${entry.questionKey}" is scored twice.`);
    seen.add(entry.questionKey);
    if (entry.rating !== null && !(KIT_RATINGS as readonly number[]).includes(entry.rating))
      throw invalid('rating-off-scale', `A rating is 1, 2, 3 or 4, not ${String(entry.rating)}.`);
    const points = new Set(question.keyPoints.map((p) => p.id));
    const unknown = entry.keyPointsHeard.find((id) => !points.has(id));
    if (unknown)
      throw invalid('scorecard-unknown-key-point', `Question "${question.key}" has no key point "${unknown}".`);
  }
}

/** The rating the ticked key points suggest on the anchored scale (the interviewer decides). */
export function suggestedRating(question: Pick<KitQuestion, 'keyPoints'>, heard: readonly string[], redFlag = false) {
  const total = question.keyPoints.length;
  const ticked = question.keyPoints.filter((p) => heard.includes(p.id));
  const essentialMissed = question.keyPoints.some((p) => p.weight === 3 && !heard.includes(p.id));
  const { some, most } = thresholds(total);
  if (redFlag || ticked.length < some) return 1 as const;
  if (ticked.length === total) return 4 as const;
  if (ticked.length >= most && !essentialMissed) return 3 as const;
  return 2 as const;
}
